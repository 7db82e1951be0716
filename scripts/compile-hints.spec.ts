import { describe, expect, it } from 'vitest';
import {
	addHints,
	COMPILE_HINT,
	HINT_MIN_BYTES,
	hintedChunks,
	type ChunkInfo
} from './compile-hints.ts';

const chunk = (fileName: string, bytes: number, more: Partial<ChunkInfo> = {}): ChunkInfo => ({
	type: 'chunk',
	fileName,
	code: 'x'.repeat(bytes),
	isEntry: false,
	imports: [],
	...more
});
const names = (chunks: ChunkInfo[]) => chunks.map((c) => c.fileName).sort();

describe('hintedChunks', () => {
	it('marks the large chunks an entry reaches by static imports, and no lazy chunk', () => {
		const bundle = [
			chunk('entry/start.js', 100, { isEntry: true, imports: ['chunks/kit.js'] }),
			chunk('chunks/kit.js', 30_000),
			// A route's node: SvelteKit makes each one an entry.
			chunk('nodes/3.js', 900, {
				isEntry: true,
				imports: ['chunks/timeline.js', 'chunks/small.js']
			}),
			chunk('chunks/timeline.js', 32_000, { imports: ['chunks/runtime.js'] }),
			chunk('chunks/runtime.js', 50_000, { imports: ['chunks/timeline.js'] }),
			chunk('chunks/small.js', HINT_MIN_BYTES - 1),
			// Imported only with import(): a lazy chunk, maybe never run.
			chunk('chunks/Overview.js', 40_000, { imports: ['chunks/runtime.js'] })
		];
		expect(names(hintedChunks(bundle))).toEqual([
			'chunks/kit.js',
			'chunks/runtime.js',
			'chunks/timeline.js'
		]);
	});

	it('counts bytes, not characters, against the threshold', () => {
		// 7,000 characters, 17,500 bytes of UTF-8.
		const wide = chunk('nodes/1.js', 0, { isEntry: true, code: 'é€'.repeat(3_500) });
		expect(names(hintedChunks([wide]))).toEqual(['nodes/1.js']);
	});

	it('does not mark a chunk that already has the hint', () => {
		const hinted = chunk('nodes/1.js', 20_000, { isEntry: true });
		hinted.code = COMPILE_HINT + hinted.code;
		expect(hintedChunks([hinted])).toEqual([]);
	});
});

describe('addHints', () => {
	it('puts the hint first and moves the source map down one line', () => {
		const big = chunk('chunks/big.js', 20_000, {
			isEntry: true,
			map: { mappings: 'AAAA;AACA' }
		});
		const bundle = {
			'chunks/big.js': big,
			'chunks/big.js.map': {
				type: 'asset' as const,
				source: '{"version":3,"mappings":"AAAA;AACA"}'
			}
		};
		addHints(bundle);
		expect(big.code.startsWith(`${COMPILE_HINT}xxx`)).toBe(true);
		expect(big.map?.mappings).toBe(';AAAA;AACA');
		expect(JSON.parse(bundle['chunks/big.js.map'].source as string).mappings).toBe(';AAAA;AACA');
	});
});
