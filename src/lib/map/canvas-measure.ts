/**
 * Text widths in the map's font, which the page's CSS may set to anything: measured by a
 * canvas and cached. Where there is no canvas (the server), or for the house font itself,
 * from the house font's table (measure.ts). Only the map loads it.
 */
import { textWidth, type TextStyle } from '$lib/measure';

/**
 * The house font stack (app.css's --font), which measure.ts's width table stands for. Here, not
 * there: only the map asks, and the story page's first load need not carry it.
 */
export const HOUSE_FONT =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
	context ??=
		typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	return context;
}

export function canvasTextWidth(text: string, style: TextStyle): number {
	const { size, weight = 400, family = HOUSE_FONT, letterSpacing = 0, smallCaps = false } = style;
	const ctx = family === HOUSE_FONT ? null : canvas();
	if (!ctx) return textWidth(text, style);
	const key = `${size}|${weight}|${family}|${letterSpacing}|${smallCaps}|${text}`;
	let width = cache.get(key);
	if (width === undefined) {
		ctx.font = `${weight} ${size}px ${family}`;
		ctx.fontVariantCaps = smallCaps ? 'all-small-caps' : 'normal';
		width = ctx.measureText(text).width + letterSpacing * text.length;
		if (cache.size > 5000) cache.clear();
		cache.set(key, width);
	}
	return width;
}
