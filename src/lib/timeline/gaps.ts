/**
 * The story's shape, found once when a story is loaded (`data/validate.ts`), not on every page
 * view: which empty stretches the timeline collapses, and its focus buttons. Imports nothing
 * with `$lib`, so that the build's scripts can run it.
 *
 * Breaks (README, "How the timeline collapses gaps"):
 * - a gap between consecutive events is a break when it is at least 10× the median spacing
 *   of the events AND at least 1/50 of the story's span;
 * - at most 8 breaks (the longest);
 * - only when collapsing them hides at least a quarter of the span — otherwise the axis is plain.
 */
import { DAY } from '../data/instant.ts';
import { formatDate } from '../data/format.ts';
import type { Focus, Gap } from '../data/types.ts';

export type { Focus, Gap };

export interface Span {
	start: number;
	end: number;
}

export const MAX_BREAKS = 8;

function median(values: number[]): number {
	if (!values.length) return 0;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The empty stretches to collapse, as [from, to] pairs in time order; [] for a plain axis. */
export function findGaps(spans: readonly Span[]): [number, number][] {
	if (spans.length < 3) return [];
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const spacing: number[] = [];
	const gaps: [number, number][] = [];
	let reach = sorted[0]!.end;
	for (let i = 1; i < sorted.length; i++) {
		const item = sorted[i]!;
		spacing.push(item.start - sorted[i - 1]!.start);
		if (item.start > reach) gaps.push([reach, item.start]);
		reach = Math.max(reach, item.end);
	}
	const span = reach - sorted[0]!.start;
	const threshold = Math.max(10 * median(spacing), span / 50);
	const long = gaps
		.filter(([a, b]) => b - a >= threshold && b - a > 0)
		.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
		.slice(0, MAX_BREAKS)
		.sort((a, b) => a[0] - b[0]);
	const hidden = long.reduce((sum, [a, b]) => sum + b - a, 0);
	return hidden >= span / 4 ? long : [];
}

const yearOf = (d: Date) => String(d.getUTCFullYear());
const monthOf = (d: Date) => formatDate(+d, 'month');

/**
 * Focus windows from clusters of events: events closer than the gap threshold belong
 * together; every cluster, even of one event, gets a button, labelled by year, or by month
 * where one year holds several clusters.
 */
export function focusWindows(
	items: readonly { start: number; end: number }[],
	options: { maxButtons?: number } = {}
): Focus[] {
	if (items.length < 2) return [];
	const isSorted = items.every((item, i) => i === 0 || items[i - 1]!.start <= item.start);
	const sorted = isSorted ? items : [...items].sort((a, b) => a.start - b.start);
	const extent = sorted.at(-1)!.end - sorted[0]!.start;
	const gap = Math.max(30 * DAY, extent / 60);
	const clusters: { start: number; end: number; count: number }[] = [];
	for (const item of sorted) {
		const last = clusters.at(-1);
		if (last && item.start - last.end <= gap) {
			last.end = Math.max(last.end, item.end);
			last.count++;
		} else clusters.push({ start: item.start, end: item.end, count: 1 });
	}
	const shown = clusters;
	if (shown.length < 2 || shown.length > (options.maxButtons ?? 8)) return [];
	const perYear = new Map<string, number>();
	for (const c of shown)
		perYear.set(yearOf(new Date(c.start)), (perYear.get(yearOf(new Date(c.start))) ?? 0) + 1);
	return shown.map((c) => {
		const year = yearOf(new Date(c.start));
		const sameYear = year === yearOf(new Date(c.end));
		const label = !sameYear
			? `${year}–${yearOf(new Date(c.end))}`
			: perYear.get(year) === 1
				? year
				: monthOf(new Date(c.start));
		// A lone event of a day still gets a window of a few days, centred on it.
		const width = Math.max(c.end - c.start, 2 * DAY);
		const half = width / 2 + width * 0.15;
		const centre = (c.start + c.end) / 2;
		return { label, window: [centre - half, centre + half] as [number, number], count: c.count };
	});
}
