/**
 * A Vite plugin: marks the large chunks a page loads as it starts with V8's explicit compile
 * hint (`//# allFunctionsCalledOnLoad`, Chrome 136+). V8 then compiles all their functions
 * while the file streams in, off the main thread, instead of one by one the first time each is
 * called: on a story page, during hydration and the timeline's first render, where that
 * compiling took 6-10 ms. Other browsers read the line as a comment.
 *
 * Marked: chunks statically reachable from an entry (SvelteKit's start and app, and each
 * route's node), which a page preloads as it loads (or, for another route, when a link to it
 * is hovered). Not every function in them runs at once; most of the large ones (Svelte's
 * runtime, SvelteKit's client, the story view, the timeline) do. A lazy chunk, imported with
 * `import()`, may never run and is left alone; so are small chunks: they compile in
 * microseconds, and the line costs about 30 bytes gzip on each.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Chunks smaller than this (in bytes of code) are not worth the hint's bytes. */
export const HINT_MIN_BYTES = 16 * 1024;

/** What the plugin reads of an output chunk (a subset of Rollup's and Rolldown's). */
export interface ChunkInfo {
	type: 'chunk';
	fileName: string;
	code: string;
	isEntry: boolean;
	imports: string[];
	map?: { mappings: string } | null;
}

/** The chunks to mark: statically reachable from an entry, and large. */
export function hintedChunks(chunks: ChunkInfo[], minBytes = HINT_MIN_BYTES): ChunkInfo[] {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const atStart = new Set<ChunkInfo>();
	const visit = (chunk: ChunkInfo | undefined) => {
		if (!chunk || atStart.has(chunk)) return;
		atStart.add(chunk);
		for (const name of chunk.imports) visit(byName.get(name));
	};
	for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
	return [...atStart].filter(
		(c) => Buffer.byteLength(c.code) >= minBytes && !c.code.startsWith(COMPILE_HINT)
	);
}

/** The output as the plugin sees it: chunks, and assets such as source maps. */
type Bundle = Record<string, ChunkInfo | { type: 'asset'; source: string | Uint8Array }>;

/** Prepends the hint to each chunk hintedChunks picks, and moves its source map down a line. */
export function addHints(bundle: Bundle): void {
	const chunks = Object.values(bundle).filter((o): o is ChunkInfo => o.type === 'chunk');
	for (const chunk of hintedChunks(chunks)) {
		chunk.code = COMPILE_HINT + chunk.code;
		// A map's mappings are one group per generated line: an empty group for the new one.
		if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
		const file = bundle[`${chunk.fileName}.map`];
		if (file?.type === 'asset' && typeof file.source === 'string') {
			const map = JSON.parse(file.source) as { mappings: string };
			map.mappings = `;${map.mappings}`;
			file.source = JSON.stringify(map);
		}
	}
}

export function compileHints(): Plugin {
	return {
		name: 'event-atlas:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		generateBundle: {
			// After Vite's own rewriting of the chunks: its preload helper puts a line at the top
			// of some, and the hint must come before any function.
			order: 'post',
			handler(_options, bundle) {
				addHints(bundle as unknown as Bundle);
			}
		}
	};
}
