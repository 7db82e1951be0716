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

/**
 * charWidth by UTF-16 code unit, filled in as characters are met: measuring a label then costs
 * a table read per letter, no string key and no Map. Below U+2100 (Latin to general
 * punctuation); anything above, and surrogate pairs, are measured by charWidth itself.
 */
const TABLE_END = 0x2100;
const EMS = [new Float64Array(TABLE_END).fill(NaN), new Float64Array(TABLE_END).fill(NaN)];

/** `em` plus the width in em of `text` from `start` to `end`, summed as `for…of` would. */
function emWidth(text: string, bold: boolean, em = 0, start = 0, end = text.length): number {
	const table = EMS[bold ? 1 : 0]!;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code < TABLE_END) {
			let w = table[code]!;
			if (w !== w) w = table[code] = charWidth(text[i]!, bold);
			em += w;
		} else {
			const pair = code >= 0xd800 && code < 0xdc00 && i + 1 < end;
			const next = pair ? text.charCodeAt(i + 1) : 0;
			if (next >= 0xdc00 && next < 0xe000) i++;
			em += charWidth(text[i]!, bold);
		}
	}
	return em;
}

/** Tests may measure in a stand-in font with known widths. */
let measure: ((text: string, style: TextStyle) => number) | null = null;
export function setTextMeasure(fn: typeof measure): void {
	measure = fn;
	cache.clear();
}

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** Is this style measured from the house font's table (fast paths below)? */
const tabled = (style: TextStyle) =>
	!measure && (style.family ?? HOUSE_FONT) === HOUSE_FONT && !style.smallCaps;

export function textWidth(text: string, style: TextStyle): number {
	if (tabled(style))
		return (
			emWidth(text, (style.weight ?? 400) >= 600) * style.size +
			(style.letterSpacing ?? 0) * text.length
		);
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
	const lo = tabled(style) ? longestPrefix(text, maxPx, style) : searchPrefix(text, maxPx, style);
	return lo < 4 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

/** The most code units of `text` that fit before an ellipsis: a binary search of widths. */
function searchPrefix(text: string, maxPx: number, style: TextStyle): number {
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (textWidth(`${text.slice(0, mid).trimEnd()}…`, style) <= maxPx) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** searchPrefix's answer for the table font, in one pass over running widths. */
function longestPrefix(text: string, maxPx: number, style: TextStyle): number {
	const bold = (style.weight ?? 400) >= 600;
	const spacing = style.letterSpacing ?? 0;
	const ellipsis = emWidth('…', bold);
	let best = 0;
	let em = 0;
	let kept = 0;
	// The width of "prefix…" with the prefix's trailing spaces trimmed, as the cut is drawn.
	for (let end = 1; end <= text.length; end++) {
		const code = text.charCodeAt(end - 1);
		const low = code >= 0xdc00 && code < 0xe000;
		const paired = low && end >= 2 && text.charCodeAt(end - 2) >> 10 === 0x36;
		// A surrogate pair measures as one character, already counted at its first half.
		if (paired) kept = end;
		else if (!/\s/.test(text[end - 1]!)) {
			em = emWidth(text, bold, em, kept, end);
			kept = end;
		}
		if ((em + ellipsis) * style.size + spacing * (kept + 1) <= maxPx) best = end;
		else break;
	}
	return best;
}
