/**
 * The detail window's maths: the story's full domain, zoom limits, converting between a
 * window [from, to] and a d3-zoom transform, and focus windows derived from the data.
 */
import { formatDate } from '$lib/data/format';
import { DAY, HOUR } from '$lib/data/instant';

/** A d3-zoom transform's numbers (d3-zoom itself loads later, with the gestures). */
export interface Transform {
	k: number;
	x: number;
}

export { DAY, HOUR } from '$lib/data/instant';

/** The story's extent with a margin on each side, so first and last marks are not cut. */
export function fullDomain([start, end]: [number, number], margin = 0.04): [number, number] {
	const span = Math.max(end - start, DAY);
	return [start - span * margin, end + span * margin];
}

/** Narrowest window a reader can zoom to. */
export const MIN_WINDOW = 6 * HOUR;

export function maxZoom(domain: [number, number]): number {
	return Math.max(1, (domain[1] - domain[0]) / MIN_WINDOW);
}

/** Keep a window inside the domain and no narrower than MIN_WINDOW, preserving its centre. */
export function clampWindow([a, b]: [number, number], domain: [number, number]): [number, number] {
	const full = domain[1] - domain[0];
	let width = Math.min(Math.max(b - a, MIN_WINDOW), full);
	const centre = (a + b) / 2;
	let from = centre - width / 2;
	from = Math.min(Math.max(from, domain[0]), domain[1] - width);
	width = Math.min(width, domain[1] - from);
	return [from, from + width];
}

/** The zoom transform that shows `window` when the base scale maps `domain` to [0, width]. */
export function transformFor(
	window: [number, number],
	domain: [number, number],
	width: number
): Transform {
	const pxPerMs = width / (domain[1] - domain[0]);
	const k = (domain[1] - domain[0]) / (window[1] - window[0]);
	return { k, x: -(window[0] - domain[0]) * pxPerMs * k };
}

/** The window a transform shows. */
export function windowFor(
	t: { k: number; x: number },
	domain: [number, number],
	width: number
): [number, number] {
	const msPerPx = (domain[1] - domain[0]) / width;
	const from = domain[0] + (-t.x / t.k) * msPerPx;
	return [from, from + (width / t.k) * msPerPx];
}

export function sameWindow(
	a: [number, number] | null,
	b: [number, number] | null,
	tolerance: number
): boolean {
	if (!a || !b) return a === b;
	return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

export interface Focus {
	label: string;
	window: [number, number];
	count: number;
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
