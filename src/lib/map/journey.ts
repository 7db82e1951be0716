/**
 * Journeys drawn as directed lines: each leg a gentle arc bowed to the right of travel (so an
 * outward and a return leg between the same places stay apart), with an arrowhead midway.
 */
import type { Journey, Place } from '$lib/data/types';
import { mercatorY, unmercatorY, type LatLon } from './geo.ts';

export interface Leg {
	from: Place;
	to: Place;
	/** The arc, as [lat, lon] pairs. */
	path: [number, number][];
	/** Midpoint of the arc and the direction of travel there, in screen degrees (0 = east, clockwise). */
	arrow: { lat: number; lon: number; angle: number };
}

/** Points along a quadratic arc from a to b in Mercator space, bowed by `bend` × its length. */
export function arc(a: LatLon, b: LatLon, bend = 0.12, steps = 24): [number, number][] {
	const [ax, ay] = [a.lon, mercatorY(a.lat)];
	const [bx, by] = [b.lon, mercatorY(b.lat)];
	// Right of travel, with Mercator y pointing north: rotate (dx, dy) by -90°.
	const [cx, cy] = [(ax + bx) / 2 + bend * (by - ay), (ay + by) / 2 - bend * (bx - ax)];
	const out: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const t = i / steps;
		const u = 1 - t;
		const x = u * u * ax + 2 * u * t * cx + t * t * bx;
		const y = u * u * ay + 2 * u * t * cy + t * t * by;
		out.push([round(unmercatorY(y)), round(x)]);
	}
	return out;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Direction of travel at the middle of a path, in screen degrees (y down). */
export function midArrow(path: [number, number][]): Leg['arrow'] {
	const i = Math.floor((path.length - 1) / 2);
	const [p, q] = [path[i]!, path[i + 1] ?? path[i]!];
	const dx = q[1] - p[1];
	const dy = mercatorY(p[0]) - mercatorY(q[0]);
	const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
	return { lat: (p[0] + q[0]) / 2, lon: (p[1] + q[1]) / 2, angle: Math.round(angle * 10) / 10 };
}

/** A journey's legs in the order the data gives, skipping any whose places are unknown. */
export function journeyLegs(journey: Journey, places: ReadonlyMap<string, Place>): Leg[] {
	return journey.legs.flatMap((leg) => {
		const from = places.get(leg.from);
		const to = places.get(leg.to);
		if (!from || !to) return [];
		const path = arc(from, to);
		return [{ from, to, path, arrow: midArrow(path) }];
	});
}

export { journeyEventIds } from './journey-events.ts';
