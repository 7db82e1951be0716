/**
 * A marker's dot as MarkerLayer copies it onto its canvas: rings outside (a cluster's double
 * ring, the selection's halo), a 2 px border, the fill; the count is written over it.
 */
import type { MarkerView } from './layout.ts';

/** The theme's colours a dot uses, resolved (custom properties hold light-dark() pairs). */
export const COLOURS = ['text', 'bg', 'accent', 'accent-text', 'muted', 'land'] as const;
export type Colour = (typeof COLOURS)[number];

export type DotLook = 'selected' | 'hovered' | 'cluster' | 'dimmed' | 'plain';

/** A dot drawn at device pixels, centred in its canvas, and the colour of its count. */
export interface Dot {
	canvas: HTMLCanvasElement;
	ink: string;
}

export function dotLook(m: MarkerView): DotLook {
	if (m.selected) return 'selected';
	if (m.hovered) return 'hovered';
	if (m.cluster) return 'cluster';
	return m.dimmed ? 'dimmed' : 'plain';
}

export function drawDot(
	look: DotLook,
	diameter: number,
	ratio: number,
	c: Record<Colour, string>
): Dot {
	const r = diameter / 2;
	const size = Math.ceil((diameter + 12) * ratio);
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const ctx = canvas.getContext('2d')!;
	ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
	const centre = size / ratio / 2;
	const disc = (radius: number, fill: string) => {
		ctx.beginPath();
		ctx.arc(centre, centre, Math.max(0, radius), 0, 2 * Math.PI);
		ctx.fillStyle = fill;
		ctx.fill();
	};
	let fill = c.text;
	let border = c.bg;
	let ink = c.bg;
	if (look === 'selected') {
		ctx.globalAlpha = 0.35;
		disc(r + 5, c.accent);
		ctx.globalAlpha = 1;
		disc(r + 1, c.accent);
		[fill, ink] = [c.accent, c['accent-text']];
	} else if (look === 'hovered') {
		disc(r + 4, c.accent);
		disc(r + 1, c.text);
	} else if (look === 'cluster') {
		// A ring around the dot, so it reads as many places (shape, not colour alone).
		disc(r + 5, c.text);
		disc(r + 4, c.bg);
		disc(r + 1, c.text);
	} else if (look === 'dimmed') {
		// Out of the timeline's window: hollow and muted, still legible.
		disc(r + 1, c.muted);
		[fill, border, ink] = [c.land, c.land, c.muted];
	} else disc(r + 1, c.text);
	disc(r, border);
	disc(r - 2, fill);
	return { canvas, ink };
}

/**
 * The digits 0–9 in a count's font and ink, drawn once on a canvas outside the page: a count
 * is then written by copying its digits. The map's own canvas never takes a font, as setting
 * one on a canvas in the page makes the browser bring style and layout up to date first.
 */
export interface Digits {
	canvas: HTMLCanvasElement;
	/** Each digit's advance, in device px. */
	widths: number[];
	/** The width of each digit's cell (digit d's starts at d × cell) and half its height. */
	cell: number;
}

export function drawDigits(font: string, ink: string): Digits {
	const canvas = document.createElement('canvas');
	const measure = canvas.getContext('2d')!;
	measure.font = font;
	const widths = [...'0123456789'].map((d) => measure.measureText(d).width);
	const size = Math.ceil(Math.max(...widths)) + 2;
	canvas.width = size * 10;
	canvas.height = size * 2;
	// Resizing reset the context: the font again, then each digit centred in its cell.
	const ctx = canvas.getContext('2d')!;
	ctx.font = font;
	ctx.fillStyle = ink;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	for (let d = 0; d < 10; d++) ctx.fillText(String(d), d * size + size / 2, size);
	return { canvas, widths, cell: size };
}

/** Writes `count` centred on (x, y) (device px) from the digits' atlas. */
export function writeCount(
	ctx: CanvasRenderingContext2D,
	digits: Digits,
	count: number,
	x: number,
	y: number
): void {
	const text = String(count);
	let total = 0;
	for (let i = 0; i < text.length; i++) total += digits.widths[text.charCodeAt(i) - 48]!;
	const { cell } = digits;
	let left = x - total / 2;
	for (let i = 0; i < text.length; i++) {
		const d = text.charCodeAt(i) - 48;
		const w = digits.widths[d]!;
		// The cell is centred on the digit: place its centre at the digit's.
		const dx = Math.round(left + w / 2 - cell / 2);
		ctx.drawImage(
			digits.canvas,
			d * cell,
			0,
			cell,
			cell * 2,
			dx,
			Math.round(y - cell),
			cell,
			cell * 2
		);
		left += w;
	}
}
