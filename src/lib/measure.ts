/**
 * Text widths for laying out labels (timeline lanes, axis, map labels).
 *
 * The house font is measured from a width table, on the server (prerender) and in the browser
 * alike, so that both lay labels out identically and hydration changes none (as Observable
 * Plot does). The table holds the advance widths of DejaVu Sans, which is what the house font
 * stack resolves to on Linux and is wider than the system fonts of macOS, Windows and Android:
 * measured text is never narrower than drawn text, so labels that fit by the table fit on
 * screen. Accented letters measure as their base letter; other characters as an average
 * (CJK as a full em). Other font families (the map's) are measured by a canvas when there is one.
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

const CHARS =
	' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…·';
/** Advance widths in hundredths of an em, regular and bold, for CHARS. */
const REGULAR = [
	32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
	64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
	60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
	63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84, 50,
	100, 32, 32, 52, 52, 100, 32
];
const BOLD = [
	35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
	70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85,
	73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
	71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84, 50,
	100, 38, 38, 66, 66, 100, 38
];
const INDEX = new Map([...CHARS].map((c, i) => [c, i]));

function charWidth(c: string, bold: boolean): number {
	let i = INDEX.get(c);
	if (i === undefined) {
		const base = c.normalize('NFD')[0];
		i = base === undefined ? undefined : INDEX.get(base);
	}
	if (i !== undefined) return ((bold ? BOLD : REGULAR)[i] ?? 60) / 100;
	return c.charCodeAt(0) >= 0x2e80 ? 1 : bold ? 0.68 : 0.62;
}

/** Tests may measure in a stand-in font with known widths. */
let measure: ((text: string, style: TextStyle) => number) | null = null;
export function setTextMeasure(fn: typeof measure): void {
	measure = fn;
	cache.clear();
}

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, style: TextStyle): number {
	const { size, weight = 400, family = HOUSE_FONT, letterSpacing = 0, smallCaps = false } = style;
	const key = `${size}|${weight}|${family}|${letterSpacing}|${smallCaps}|${text}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	let width: number;
	if (measure) width = measure(text, style);
	else if (family === HOUSE_FONT || !canvas()) {
		let em = 0;
		for (const c of smallCaps ? text.toUpperCase() : text) em += charWidth(c, weight >= 600);
		width = em * size * (smallCaps ? 0.8 : 1) + letterSpacing * text.length;
	} else {
		const ctx = canvas()!;
		ctx.font = `${weight} ${size}px ${family}`;
		ctx.fontVariantCaps = smallCaps ? 'all-small-caps' : 'normal';
		width = ctx.measureText(text).width + letterSpacing * text.length;
	}
	if (cache.size > 5000) cache.clear();
	cache.set(key, width);
	return width;
}

function canvas(): CanvasRenderingContext2D | null {
	if (context === undefined) {
		context =
			typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	}
	return context;
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
