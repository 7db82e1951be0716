/**
 * Text widths for label placement. In the browser a canvas measures the real font; during
 * prerender (no canvas) an average glyph width stands in, so server and client agree closely.
 */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, size: number, weight = 400): number {
	const key = `${size}|${weight}|${text}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	if (context === undefined) {
		context =
			typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	}
	let width: number;
	if (context) {
		context.font = `${weight} ${size}px ${FONT}`;
		width = context.measureText(text).width;
	} else width = text.length * size * (weight >= 600 ? 0.6 : 0.55);
	if (cache.size > 5000) cache.clear();
	cache.set(key, width);
	return width;
}

/** The text cut to fit `maxPx` with an ellipsis, or '' when not even a few letters fit. */
export function truncate(text: string, maxPx: number, size: number, weight = 400): string {
	if (textWidth(text, size, weight) <= maxPx) return text;
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (textWidth(`${text.slice(0, mid).trimEnd()}…`, size, weight) <= maxPx) lo = mid;
		else hi = mid - 1;
	}
	return lo < 4 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}
