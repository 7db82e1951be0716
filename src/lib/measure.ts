/**
 * Text widths for laying out labels (timeline lanes, map labels). In the browser a canvas
 * measures the real font; where there is none (prerender, node tests) an average glyph width
 * stands in, so the server's layout and the browser's agree closely.
 */
export const HOUSE_FONT =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface TextStyle {
	/** Font size in px. */
	size: number;
	weight?: number;
	family?: string;
	/** Extra px between letters. */
	letterSpacing?: number;
	smallCaps?: boolean;
}

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, style: TextStyle): number {
	const { size, weight = 400, family = HOUSE_FONT, letterSpacing = 0, smallCaps = false } = style;
	const key = `${size}|${weight}|${family}|${letterSpacing}|${smallCaps}|${text}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	if (context === undefined) {
		context =
			typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	}
	let width: number;
	if (context) {
		context.font = `${weight} ${size}px ${family}`;
		context.fontVariantCaps = smallCaps ? 'all-small-caps' : 'normal';
		width = context.measureText(text).width + letterSpacing * text.length;
	} else {
		const em = (smallCaps ? 0.8 : 1) * size * (weight >= 600 ? 0.6 : 0.55);
		width = text.length * (em + letterSpacing);
	}
	if (cache.size > 5000) cache.clear();
	cache.set(key, width);
	return width;
}

/** The text cut to fit `maxPx` with an ellipsis, or '' when not even a few letters fit. */
export function truncate(text: string, maxPx: number, style: TextStyle): string {
	if (textWidth(text, style) <= maxPx) return text;
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (textWidth(`${text.slice(0, mid).trimEnd()}…`, style) <= maxPx) lo = mid;
		else hi = mid - 1;
	}
	return lo < 4 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}
