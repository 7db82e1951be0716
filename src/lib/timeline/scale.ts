/**
 * The timeline's time scale: piecewise linear, with long empty stretches between clusters of
 * events collapsed into narrow, labelled breaks. The rule comes from the data (see the README,
 * "How the timeline collapses gaps"):
 *
 * - a gap between consecutive events is a break when it is at least 10× the median spacing
 *   of the events AND at least 1/50 of the story's span;
 * - at most 8 breaks (the longest);
 * - only when collapsing them hides at least a quarter of the span — otherwise the axis is plain;
 * - each cluster between breaks then gets width by its content (its number of events), each
 *   break a fixed width that fits its label where it can.
 *
 * `proportional` gives the plain linear axis over the same events ("To scale").
 */
import { HOUR } from '$lib/data/instant';
import { formatDuration } from '$lib/data/format';
import { textWidth } from '$lib/measure';
import { fullDomain } from './view';

export interface Span {
	start: number;
	end: number;
}

export interface Segment {
	t0: number;
	t1: number;
	/** Base px (the whole story fills [0, width]). */
	x0: number;
	x1: number;
	/** A collapsed stretch. */
	gap: boolean;
	/** Events in a cluster segment. */
	count: number;
}

export interface Break extends Segment {
	/** "7 years 8 months", and the lines drawn: ["7 years", "8 months"], shorter where narrow. */
	label: string;
	shown: string[];
}

export interface TimeScale {
	width: number;
	/** The time range drawn at the widest view. */
	domain: [number, number];
	segments: Segment[];
	breaks: Break[];
	/** Time → base px. */
	x(t: number): number;
	/** Base px → time. */
	invert(px: number): number;
	/** The largest zoom at which MIN_WINDOW still fills the width. */
	maxZoom(minWindow: number): number;
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

function linear(segments: Segment[], width: number, breaks: Break[]): TimeScale {
	const first = segments[0]!;
	const last = segments.at(-1)!;
	const find = (t: number) => {
		for (const s of segments) if (t <= s.t1) return s;
		return last;
	};
	const findPx = (px: number) => {
		for (const s of segments) if (px <= s.x1) return s;
		return last;
	};
	return {
		width,
		domain: [first.t0, last.t1],
		segments,
		breaks,
		x(t) {
			const s = t < first.t0 ? first : find(t);
			return s.x0 + ((t - s.t0) / (s.t1 - s.t0)) * (s.x1 - s.x0);
		},
		invert(px) {
			const s = px < first.x0 ? first : findPx(px);
			return s.t0 + ((px - s.x0) / (s.x1 - s.x0 || 1)) * (s.t1 - s.t0);
		},
		maxZoom(minWindow) {
			const slope = Math.max(
				...segments.filter((s) => !s.gap).map((s) => (s.x1 - s.x0) / (s.t1 - s.t0))
			);
			return Math.max(1, width / (minWindow * slope));
		}
	};
}

const LABEL = { size: 11 };

/**
 * The scale for `spans` drawn `width` px wide: collapsed where the rule finds breaks (unless
 * `proportional`), otherwise linear over `extent` (the story's, so that filters keep the axis).
 */
export function timeScale(
	spans: readonly Span[],
	extent: [number, number],
	width: number,
	proportional = false
): TimeScale {
	const gaps = proportional ? [] : findGaps(spans);
	if (!gaps.length) {
		const [t0, t1] = fullDomain(extent);
		return linear([{ t0, t1, x0: 0, x1: width, gap: false, count: spans.length }], width, []);
	}
	// Clusters: what lies between the gaps.
	const bounds = [extent[0], ...gaps.flat(), extent[1]];
	const clusters: { t0: number; t1: number; count: number }[] = [];
	for (let i = 0; i < bounds.length; i += 2) {
		const [t0, t1] = [bounds[i]!, bounds[i + 1]!];
		const count = spans.filter((s) => s.start >= t0 && s.start <= t1).length;
		// A margin so the marks at a cluster's edges are not on the break.
		const pad = Math.max((t1 - t0) * 0.06, 12 * HOUR);
		clusters.push({ t0: t0 - pad, t1: t1 + pad, count });
	}
	const labels = gaps.map(([a, b]) => formatDuration(a, b));
	// A break is as wide as its label in two lines ("7 years" / "8 months"), at most 8 % of
	// the width; clusters share the rest by their number of events.
	const widest = (ls: string[]) => Math.max(...ls.map((l) => textWidth(l, LABEL)));
	const breakPx = labels.map((label) =>
		Math.min(widest(lines(label)) + 12, Math.max(widest(shorten(lines(label))) + 8, width * 0.08))
	);
	const clusterPx = width - breakPx.reduce((a, b) => a + b, 0);
	const weight = clusters.reduce((sum, c) => sum + c.count, 0);
	const segments: Segment[] = [];
	const breaks: Break[] = [];
	let px = 0;
	clusters.forEach((c, i) => {
		const w = (clusterPx * c.count) / weight;
		segments.push({ t0: c.t0, t1: c.t1, x0: px, x1: px + w, gap: false, count: c.count });
		px += w;
		const next = clusters[i + 1];
		if (!next) return;
		const bw = breakPx[i]!;
		const label = labels[i]!;
		const gap: Break = {
			t0: c.t1,
			t1: next.t0,
			x0: px,
			x1: px + bw,
			gap: true,
			count: 0,
			label,
			shown: fitLabel(label, bw - 6)
		};
		segments.push(gap);
		breaks.push(gap);
		px += bw;
	});
	return linear(segments, width, breaks);
}

/** "7 years 8 months" → ["7 years", "8 months"]. */
const lines = (label: string) => label.match(/\d+ \S+/g) ?? [label];

const shorten = (ls: string[]) =>
	ls.map((l) =>
		l
			.replace(/ years?/, ' yr')
			.replace(/ months?/, ' mo')
			.replace(/ days?/, ' d')
	);

/** A break's label in lines that fit `px`: "7 years" / "8 months", "7 yr" / "8 mo", or none. */
export function fitLabel(label: string, px: number): string[] {
	const long = lines(label);
	const short = long.map((l) =>
		l
			.replace(/ years?/, ' yr')
			.replace(/ months?/, ' mo')
			.replace(/ days?/, ' d')
	);
	for (const option of [long, short]) {
		if (option.every((l) => textWidth(l, LABEL) <= px)) return option;
	}
	return [];
}
