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
/**
 * Advance widths of CHARS in hundredths of an em, each stored as the character 9 code points
 * above it; bold is taken as 13 % wider (DejaVu Sans Bold is on average 10 % wider).
 */
const WIDTHS =
	')17]IhW$00;])-)+IIIIIIIIII++]]]>mMNOVHCVT&&KA_TXEXNHFRMlNFN0+0];;FH@HG,HH%%C%jHFHH2=0HD[DD=I+I];m))==m)';
const INDEX = new Map([...CHARS].map((c, i) => [c, i]));

function charWidth(c: string, bold: boolean): number {
	let i = INDEX.get(c);
	if (i === undefined) {
		const base = c.normalize('NFD')[0];
		i = base === undefined ? undefined : INDEX.get(base);
	}
	if (i !== undefined) return ((WIDTHS.charCodeAt(i) - 9) * (bold ? 1.13 : 1)) / 100;
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
