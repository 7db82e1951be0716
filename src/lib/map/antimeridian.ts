/**
 * Longitudes in one continuous run across the antimeridian. Needed when a story opens (the
 * explorer's state unwraps its places), so kept apart from the map's other maths (geo.ts).
 */
import type { LatLon } from './geo.ts';

/**
 * How far (0 or 360) to shift a longitude west of the story's widest gap so that the places
 * lie in one continuous run: a story across the antimeridian (Suva 178° E, Apia 172° W) is
 * drawn from 178° to 188°, not across the whole world. Leaflet draws longitudes past 180 as
 * they are, and the basemap is cut in the same frame.
 */
export function antimeridianShift(lons: readonly number[]): (lon: number) => number {
	return shiftAt(antimeridianCut(lons));
}

/** Longitudes below the cut are shifted east by 360 (null: nothing is shifted). */
const shiftAt =
	(cut: number | null) =>
	(lon: number): number =>
		cut !== null && lon < cut ? lon + 360 : lon;

/** Where the story's widest gap of longitude lies, when it is not the one across 180°. */
function antimeridianCut(lons: readonly number[]): number | null {
	if (lons.length < 2) return null;
	const sorted = [...lons].sort((a, b) => a - b);
	let gap = sorted[0]! + 360 - sorted.at(-1)!;
	let cut: number | null = null; // the wrap-around gap is the widest: nothing to shift
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i]! - sorted[i - 1]! > gap) {
			gap = sorted[i]! - sorted[i - 1]!;
			// The middle of the gap: far from every place, so land cut there is far out of view.
			cut = (sorted[i]! + sorted[i - 1]!) / 2;
		}
	}
	return cut;
}

/** Places with their longitudes in one continuous run (see antimeridianShift). */
export function unwrapPlaces<T extends LatLon>(places: readonly T[]): T[] {
	const shift = antimeridianShift(places.map((p) => p.lon));
	return places.map((p) => (shift(p.lon) === p.lon ? p : { ...p, lon: shift(p.lon) }));
}
