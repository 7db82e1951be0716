/**
 * The detail window's maths: the story's full domain, zoom limits, converting between a
 * window [from, to] and a d3-zoom transform (focus windows are in `gaps.ts`).
 */
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
