/**
 * Level of detail: when more marks are in view than can be told apart, the timeline draws
 * their density (counts per few pixels) on a canvas instead, and individual marks come back
 * as the reader zooms in.
 */
import { lowerBound, type ItemIndex } from './items';

/** Above this many events in view, draw density instead of marks. */
export const MARK_LIMIT = 150;

export type Detail = 'marks' | 'density';

export function detailFor(visible: number, limit = MARK_LIMIT): Detail {
	return visible > limit ? 'density' : 'marks';
}

/**
 * How many events start in each of `bins` equal slices of the window: equal in time, or
 * equal on screen when `at` maps a fraction of the width to its time (a collapsed scale).
 */
export function binCounts(
	index: ItemIndex,
	[a, b]: [number, number],
	bins: number,
	at: (fraction: number) => number = (f) => a + f * (b - a)
): Uint32Array {
	const counts = new Uint32Array(bins);
	let previous = lowerBound(index.starts, a);
	for (let i = 0; i < bins; i++) {
		const next = lowerBound(index.starts, at((i + 1) / bins));
		counts[i] = next - previous;
		previous = next;
	}
	return counts;
}
