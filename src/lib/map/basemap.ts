/**
 * The bundled basemap's format, made by scripts/basemap/ at build time and read by MapBasemap.
 * Coordinates are integers in `quantum` degrees, delta-encoded as flat [lon, lat, dlon, dlat…]
 * arrays: about a third of the size of GeoJSON, decoded in a few lines.
 */

export const BASEMAP_VERSION = 1;
/** 0.001° ≈ 110 m: finer than a pixel at every zoom the map allows. */
export const QUANTUM = 0.001;

export interface Box {
	west: number;
	south: number;
	east: number;
	north: number;
}

export interface CountryLabel {
	name: string;
	lat: number;
	lon: number;
	/** Shown from minZoom up to, not including, maxZoom. */
	minZoom: number;
	maxZoom: number;
	/** 1: a country's overview label; 2: a local or lesser one, drawn smaller. */
	rank: 1 | 2;
}

export interface Basemap {
	version: number;
	source: string;
	/** The area the data covers: the map never shows beyond it. */
	region: Box;
	quantum: number;
	/** Land rings (fill with even-odd: lakes and islands need no nesting). */
	land: number[][];
	/** Country borders on land, as lines. */
	borders: number[][];
	labels: CountryLabel[];
}

/** [lon, lat] integer points (in quanta) to a flat delta-encoded array. */
export function encodeLine(points: [number, number][]): number[] {
	const out: number[] = [];
	let [px, py] = [0, 0];
	for (const [x, y] of points) {
		out.push(x - px, y - py);
		[px, py] = [x, y];
	}
	return out;
}

/** A flat delta-encoded array to [lat, lon] pairs, as Leaflet takes them. */
export function decodeLine(flat: number[], quantum: number): [number, number][] {
	const out: [number, number][] = [];
	let [x, y] = [0, 0];
	for (let i = 0; i + 1 < flat.length; i += 2) {
		x += flat[i]!;
		y += flat[i + 1]!;
		out.push([round(y * quantum), round(x * quantum)]);
	}
	return out;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
