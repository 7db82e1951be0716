/**
 * Text widths for laying out labels (timeline lanes, axis, map labels).
 *
 * The house font is measured from a width table, on the server (prerender) and in the browser
 * alike, so that both lay labels out identically and hydration changes none (as Observable
 * Plot does). The table holds the advance widths of DejaVu Sans, which is what the house font
 * stack resolves to on Linux and is wider than the system fonts of macOS, Windows and Android:
 * measured text is never narrower than drawn text, so labels that fit by the table fit on
 * screen. Accented letters measure as their base letter; other characters as an average
 * (CJK as a full em). Other font families (the map's) are measured by a canvas: see
 * map/canvas-measure.ts, which only the map loads.
 */

export interface TextStyle {
	/** Font size in px. */
	size: number;
	weight?: number;
	/** A family other than the house font's: for canvasTextWidth. */
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

/** One character's width in em (emWidth keeps what it finds). */
function charWidth(c: string, bold: boolean): number {
	let i = CHARS.indexOf(c);
	if (i < 0) i = CHARS.indexOf(c.normalize('NFD')[0] ?? c);
	if (i >= 0) return ((WIDTHS.charCodeAt(i) - 9) * (bold ? 1.13 : 1)) / 100;
	return c.charCodeAt(0) >= 0x2e80 ? 1 : bold ? 0.68 : 0.62;
}

/**
 * charWidth by UTF-16 code unit, filled in as characters are met: measuring a label then costs
 * a table read per letter, no string key and no Map. Below U+2100 (Latin to general
 * punctuation); anything above, and surrogate pairs, are measured by charWidth itself.
 */
const TABLE_END = 0x2100;
const EMS = [new Float64Array(TABLE_END).fill(NaN), new Float64Array(TABLE_END).fill(NaN)];

/** The width of `text` in em, summed as `for…of` would. */
function emWidth(text: string, bold: boolean): number {
	const table = EMS[bold ? 1 : 0]!;
	let em = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < TABLE_END) {
			let w = table[code]!;
			if (w !== w) w = table[code] = charWidth(text[i]!, bold);
			em += w;
		} else {
			// A surrogate pair is one character (its first half measures it).
			if (code >> 10 === 0x36 && text.charCodeAt(i + 1) >> 10 === 0x37) i++;
			em += charWidth(text[i]!, bold);
		}
	}
	return em;
}

/** Tests may measure in a stand-in font with known widths. */
let measure: ((text: string, style: TextStyle) => number) | null = null;
export function setTextMeasure(fn: typeof measure): void {
	measure = fn;
}

/** The width of `text` in px, in the house font (the `family` is for canvasTextWidth). */
export function textWidth(text: string, style: TextStyle): number {
	if (measure) return measure(text, style);
	const { size, weight = 400, letterSpacing = 0, smallCaps = false } = style;
	return (
		emWidth(smallCaps ? text.toUpperCase() : text, weight >= 600) * size * (smallCaps ? 0.8 : 1) +
		letterSpacing * text.length
	);
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
