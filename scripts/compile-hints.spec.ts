import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, hintedChunks, type ChunkInfo } from './compile-hints.ts';

const chunk = (fileName: string, bytes: number, more: Partial<ChunkInfo> = {}): ChunkInfo => ({
	type: 'chunk',
	fileName,
	code: 'x'.repeat(bytes),
	isEntry: false,
	facadeModuleId: null,
	imports: [],
	...more
});
const names = (chunks: ChunkInfo[]) => chunks.map((c) => c.fileName).sort();

describe('hintedChunks', () => {
	it('marks the large chunks a route node or an entry loads statically, and no lazy chunk', () => {
		const bundle = [
			chunk('entry/start.js', 100, { isEntry: true, imports: ['chunks/kit.js'] }),
			chunk('chunks/kit.js', 30_000),
			chunk('nodes/3.js', 900, {
				facadeModuleId: '/app/.svelte-kit/generated/client-optimized/nodes/3.js',
				imports: ['chunks/timeline.js', 'chunks/small.js']
			}),
			chunk('chunks/timeline.js', 32_000, { imports: ['chunks/runtime.js'] }),
			chunk('chunks/runtime.js', 50_000, { imports: ['chunks/timeline.js'] }),
			chunk('chunks/small.js', 2_000),
			// Imported only with import(): a lazy chunk, maybe never run.
			chunk('chunks/Overview.js', 40_000, {
				facadeModuleId: '/app/src/lib/timeline/TimelineOverview.svelte',
				imports: ['chunks/runtime.js']
			})
		];
		expect(names(hintedChunks(bundle))).toEqual([
			'chunks/kit.js',
			'chunks/runtime.js',
			'chunks/timeline.js'
		]);
	});

	it('marks a chunk once, however many pages load it', () => {
		const shared = chunk('chunks/shared.js', 20_000);
		shared.code = COMPILE_HINT + shared.code;
		const bundle = [
			chunk('nodes/1.js', 20_000, {
				facadeModuleId: 'C:\\app\\.svelte-kit\\generated\\client-optimized\\nodes\\1.js',
				imports: ['chunks/shared.js']
			}),
			shared
		];
		expect(names(hintedChunks(bundle))).toEqual(['nodes/1.js']);
	});
});
