/**
 * Label placement: each place label tries the sides of its marker in order of preference and
 * takes the first that collides with no marker, no label already placed and stays in view;
 * country names come last, give way to everything, and appear once each. Greedy and deterministic, enough for
 * the dozen labels a story map carries.
 */
import { rectInside, rectsOverlap, type Rect } from './geo.ts';

export type Side =
	'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';
/** In order of preference: level with the dot first, then above or below, then diagonal. */
export const SIDES: Side[] = [
	'right',
	'left',
	'top',
	'bottom',
	'top-right',
	'bottom-right',
	'top-left',
	'bottom-left'
];

/** Space between a dot's edge and its label. */
export const GAP = 4;
/** The selected label sits on a filled chip, clear of the dot's 5 px halo. */
export const SELECTED_GAP = 6;
export const SELECTED_PADDING = 4;
/** Diagonal labels start where the dot's bounding box ends, a little inside its corner. */
const DIAGONAL = 0.7;

export interface LabelRequest {
	id: string;
	/** Marker centre and dot radius, container pixels. */
	x: number;
	y: number;
	radius: number;
	width: number;
	height: number;
	/** Sides to try instead of SIDES (a marker with its popup open avoids the top). */
	sides?: Side[];
	/** Space from the dot's edge; GAP unless given. */
	gap?: number;
}

/**
 * The box a label would take on one side of its marker; written into `out` when given (the
 * search for a free side tries up to eight boxes a marker, a zoom step thousands).
 */
export function labelBox(l: LabelRequest, side: Side, out?: Rect): Rect {
	const { x, y, radius: r, width: w, height: h, gap = GAP } = l;
	const d = r * DIAGONAL + gap / 2;
	const box = out ?? { x: 0, y: 0, width: w, height: h };
	box.width = w;
	box.height = h;
	switch (side) {
		case 'right':
			return moveTo(box, x + r + gap, y - h / 2);
		case 'left':
			return moveTo(box, x - r - gap - w, y - h / 2);
		case 'top':
			return moveTo(box, x - w / 2, y - r - gap - h);
		case 'bottom':
			return moveTo(box, x - w / 2, y + r + gap);
		case 'top-right':
			return moveTo(box, x + d, y - d - h);
		case 'bottom-right':
			return moveTo(box, x + d, y + d);
		case 'top-left':
			return moveTo(box, x - d - w, y - d - h);
		case 'bottom-left':
			return moveTo(box, x - d - w, y + d);
	}
}

function moveTo(box: Rect, x: number, y: number): Rect {
	box.x = x;
	box.y = y;
	return box;
}

/** For a marker whose popup opens above it. */
export const SIDES_BELOW_POPUP: Side[] = SIDES.filter((s) => !s.startsWith('top'));

export interface CountryRequest {
	id: string;
	/** Only one label of a name is shown at a time (the first that fits). */
	name: string;
	/** Label centre, container pixels. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelLayout {
	/** Side of each placed place label; missing when it had to be hidden. */
	sides: Map<string, Side>;
	/** Country labels that fit. */
	countries: Set<string>;
}

interface Taken {
	/** The place whose dot this is: its own label may reach into it. */
	dot?: string;
	box: Rect;
}

/**
 * The boxes already taken, in a grid of 64 px cells: whether a box meets any of them looks
 * at the few cells it covers, not at every box (hundreds of markers on a big map).
 */
class BoxGrid {
	private readonly cells = new Map<number, Taken[]>();
	private static readonly SIZE = 64;
	private static cell = (v: number) => Math.floor(v / BoxGrid.SIZE);
	// Small integers (V8 keeps them unboxed): cells far apart may share a key, which only adds
	// boxes to test, never misses one.
	private static key = (cx: number, cy: number) => (cx & 2047) * 2048 + (cy & 2047);

	// Plain loops over the cells, no iterator: a zoom step asks this thousands of times, and
	// each generator or iterator was an object for the collector.
	add(taken: Taken): void {
		const { cell, key } = BoxGrid;
		const { box } = taken;
		for (let cx = cell(box.x); cx <= cell(box.x + box.width); cx++)
			for (let cy = cell(box.y); cy <= cell(box.y + box.height); cy++) {
				const found = this.cells.get(key(cx, cy));
				if (found) found.push(taken);
				else this.cells.set(key(cx, cy), [taken]);
			}
	}

	meets(box: Rect, self?: string): boolean {
		const { cell, key } = BoxGrid;
		for (let cx = cell(box.x); cx <= cell(box.x + box.width); cx++)
			for (let cy = cell(box.y); cy <= cell(box.y + box.height); cy++) {
				const found = this.cells.get(key(cx, cy));
				if (!found) continue;
				for (let i = 0; i < found.length; i++) {
					const t = found[i]!;
					if (!(self && t.dot === self) && rectsOverlap(t.box, box)) return true;
				}
			}
		return false;
	}
}

/**
 * Places in priority order (the selected one first, then the busiest): the first always gets
 * a label if any side is in view. `view` is the visible area; labels outside it don't count,
 * nor do labels under `reserved` areas (the map's controls).
 */
export function layoutLabels(
	places: LabelRequest[],
	countries: CountryRequest[],
	view: Rect,
	reserved: Rect[] = []
): LabelLayout {
	// A label may reach into its own dot's square (diagonals do), never into another's.
	const dots = places.map((p) => ({
		dot: p.id,
		box: { x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }
	}));
	const taken = new BoxGrid();
	for (const box of reserved) taken.add({ box });
	for (const dot of dots) taken.add(dot);
	const free = (box: Rect, self?: string) => rectInside(box, view) && !taken.meets(box, self);
	const sides = new Map<string, Side>();
	const tried: Rect = { x: 0, y: 0, width: 0, height: 0 };
	for (const place of places) {
		const side = (place.sides ?? SIDES).find((s) => free(labelBox(place, s, tried), place.id));
		if (!side) continue;
		sides.set(place.id, side);
		taken.add({ box: labelBox(place, side) });
	}
	const shown = new Set<string>();
	const named = new Set<string>();
	for (const c of countries) {
		const box = { x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height };
		if (named.has(c.name) || !free(box)) continue;
		shown.add(c.id);
		named.add(c.name);
		taken.add({ box });
	}
	return { sides, countries: shown };
}
