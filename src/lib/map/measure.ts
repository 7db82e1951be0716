/** Label widths measured with a canvas in the page's font (browser only), cached per text. */
import { estimateWidth } from './labels.ts';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(
	text: string,
	font: string,
	{ letterSpacing = 0, smallCaps = false } = {}
): number {
	const key = `${font}|${letterSpacing}|${smallCaps}|${text}`;
	let width = cache.get(key);
	if (width === undefined) {
		context ??= document.createElement('canvas').getContext('2d');
		const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
		if (context) {
			context.font = font;
			context.fontVariantCaps = smallCaps ? 'all-small-caps' : 'normal';
			width = Math.ceil(context.measureText(text).width + letterSpacing * text.length);
		} else width = estimateWidth(text, smallCaps ? size * 0.8 : size, letterSpacing);
		cache.set(key, width);
	}
	return width;
}
