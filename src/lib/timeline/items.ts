/**
 * What the timeline draws, reduced from story events to plain numbers so that 100 000 of
 * them stay cheap: sorted by start, with a typed array of starts for binary search.
 */
import type { StoryEvent } from '$lib/data/types';

/** The part of an event the timeline needs; story events are used as they are. */
export type TimelineItem = Pick<
	StoryEvent,
	'id' | 'title' | 'when' | 'category' | 'importance' | 'provenance' | 'places'
>;

export interface ItemIndex {
	items: TimelineItem[];
	starts: Float64Array;
	/** The longest duration, so a window search can reach spans that start before it. */
	maxDuration: number;
	extent: [number, number];
}

export function indexItems(items: TimelineItem[]): ItemIndex {
	const sorted = items.every((item, i) => i === 0 || items[i - 1]!.when.start <= item.when.start)
		? items
		: [...items].sort((a, b) => a.when.start - b.when.start);
	const starts = new Float64Array(sorted.length);
	let maxDuration = 0;
	let min = Infinity;
	let max = -Infinity;
	sorted.forEach((item, i) => {
		starts[i] = item.when.start;
		maxDuration = Math.max(maxDuration, item.when.end - item.when.start);
		min = Math.min(min, item.when.start);
		max = Math.max(max, item.when.end);
	});
	return { items: sorted, starts, maxDuration, extent: sorted.length ? [min, max] : [0, 1] };
}

/** First index whose start is ≥ t. */
export function lowerBound(starts: Float64Array, t: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (starts[mid]! < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index range [from, to) of items that may overlap [a, b]; callers check `end` for spans. */
export function windowRange(index: ItemIndex, [a, b]: [number, number]): [number, number] {
	return [lowerBound(index.starts, a - index.maxDuration), lowerBound(index.starts, b + 1)];
}

/** Items overlapping [a, b]. */
export function itemsIn(index: ItemIndex, window: [number, number]): TimelineItem[] {
	const [from, to] = windowRange(index, window);
	const out: TimelineItem[] = [];
	for (let i = from; i < to; i++) {
		const item = index.items[i]!;
		if (item.when.end >= window[0]) out.push(item);
	}
	return out;
}
