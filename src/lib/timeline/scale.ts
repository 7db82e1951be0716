/**
 * The timeline's time scale: piecewise linear, with long empty stretches between clusters of
 * events collapsed into narrow, labelled breaks. The rule comes from the data (see the README,
 * "How the timeline collapses gaps"):
 *
 * - which gaps are breaks: see `gaps.ts` (found once, when the story is loaded);
 * - each cluster between breaks then gets width by its content (its number of events), each
 *   break a fixed width that fits its label where it can.
 *
 * `proportional` gives the plain linear axis over the same events ("To scale").
 */
import { HOUR } from '$lib/data/instant';
import { textWidth } from '$lib/measure';
import { fullDomain } from './view';

import type { Gap, Span } from './gaps';
export type { Span } from './gaps';

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
 * The scale for `spans` drawn `width` px wide: collapsed at `gaps` (from `findGaps`, unless
 * `proportional`), otherwise linear over `extent` (the story's, so that filters keep the axis).
 */
export function timeScale(
	spans: readonly Span[],
	gaps: readonly Gap[],
	extent: [number, number],
	width: number,
	proportional = false
): TimeScale {
	if (proportional || !gaps.length) {
		const [t0, t1] = fullDomain(extent);
		return linear([{ t0, t1, x0: 0, x1: width, gap: false, count: spans.length }], width, []);
	}
	// Clusters: what lies between the gaps.
	const bounds = [extent[0], ...gaps.flatMap(([a, b]) => [a, b]), extent[1]];
	const clusters: { t0: number; t1: number; count: number }[] = [];
	for (let i = 0; i < bounds.length; i += 2) {
		const [t0, t1] = [bounds[i]!, bounds[i + 1]!];
		const count = spans.filter((s) => s.start >= t0 && s.start <= t1).length;
		// A margin so the marks at a cluster's edges are not on the break.
		const pad = Math.max((t1 - t0) * 0.06, 12 * HOUR);
		clusters.push({ t0: t0 - pad, t1: t1 + pad, count });
	}
	const labels = gaps.map((g) => g[2] ?? '');
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
