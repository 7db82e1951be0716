/**
 * A Vite plugin: marks the large chunks a page runs as it loads with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chrome 136+). V8 then compiles their functions while the
 * file streams in, off the main thread, instead of one by one the first time each is called:
 * on a story page that first call is the timeline's first render, where compiling cost about
 * a fifth of the time. Other browsers read the line as a comment.
 *
 * Only chunks a page loads at start (an entry, a route's node, and what they import
 * statically) are marked: a lazy chunk may never run. Small chunks are left alone: they compile
 * in microseconds, and the line costs about 28 bytes gzip on each.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Chunks smaller than this are not worth the hint's bytes. */
export const HINT_MIN_BYTES = 16 * 1024;

/** What the plugin reads of an output chunk (a subset of Rollup's and Rolldown's). */
export interface ChunkInfo {
	type: 'chunk';
	fileName: string;
	code: string;
	isEntry: boolean;
	facadeModuleId: string | null;
	imports: string[];
}

/** A SvelteKit route's node: the page loads it, and everything it imports, at once. */
const isRouteNode = (chunk: ChunkInfo) =>
	!!chunk.facadeModuleId?.replaceAll('\\', '/').includes('/generated/client-optimized/nodes/');

/** The chunks to mark: loaded at start (from an entry or a route node, statically) and large. */
export function hintedChunks(chunks: ChunkInfo[], minBytes = HINT_MIN_BYTES): ChunkInfo[] {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const atStart = new Set<ChunkInfo>();
	const visit = (chunk: ChunkInfo | undefined) => {
		if (!chunk || atStart.has(chunk)) return;
		atStart.add(chunk);
		for (const name of chunk.imports) visit(byName.get(name));
	};
	for (const chunk of chunks) if (chunk.isEntry || isRouteNode(chunk)) visit(chunk);
	return [...atStart].filter((c) => c.code.length >= minBytes && !c.code.startsWith(COMPILE_HINT));
}

export function compileHints(): Plugin {
	return {
		name: 'event-atlas:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		generateBundle: {
			// After Vite's own rewriting of the chunks (its preload helper replaces their code).
			order: 'post',
			handler(_options, bundle) {
				const chunks = Object.values(bundle).filter((o) => o.type === 'chunk') as ChunkInfo[];
				for (const chunk of hintedChunks(chunks)) chunk.code = COMPILE_HINT + chunk.code;
			}
		}
	};
}
