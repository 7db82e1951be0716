/**
 * Place markers: which places share a marker at a zoom (so no two targets overlap), how big
 * a marker is, what it is called, and whether it is selected or dimmed.
 */
import type { Place, StoryEvent } from '$lib/data/types';

export interface PlacePoint {
	place: Place;
	/** World pixels at the current zoom. */
	x: number;
	y: number;
	/** Events at the place; the busiest place names a shared marker. */
	count: number;
}

export interface MarkerGroup {
	/** The place the marker stands on and is named after. */
	lead: Place;
	places: Place[];
	x: number;
	y: number;
}

/**
 * Greedy grouping, busiest place first: a place closer than `distance` pixels to a marker
 * already placed joins it (the first placed, when several are near). Deterministic (ties keep
 * the story's order), so markers only change when the zoom does. The markers are kept in a
 * grid of `distance`-sized cells, so a place looks at the 3x3 cells around it, not at every
 * marker: linear in places, 10,000 of them at any zoom.
 */
export function groupPlaces(points: PlacePoint[], distance: number): MarkerGroup[] {
	const order = points.map((p, i) => ({ p, i })).sort((a, b) => b.p.count - a.p.count || a.i - b.i);
	return groupInOrder(
		order.map(({ p }) => p),
		distance
	);
}

/** groupPlaces for points already in order (busiest first): the order does not change with the zoom. */
export function groupInOrder(points: PlacePoint[], distance: number): MarkerGroup[] {
	const grouping = new Grouping(points.length, (i) => points[i]!, distance);
	grouping.run();
	return grouping.groups;
}

/**
 * The greedy grouping of groupPlaces, one point at a time, so it can stop and go on later:
 * a map of 10,000 places groups the next zoom's while the reader is idle, a slice at a time.
 */
export class Grouping {
	readonly groups: MarkerGroup[] = [];
	// Cells by a small integer key (V8 keeps those unboxed; a larger one was a heap number for
	// each lookup). Cells far apart may share a key: that only adds groups to test, and a group
	// within the distance is always in one of the nine cells around.
	private readonly cells = new Map<number, number[]>();
	private next = 0;

	constructor(
		private readonly count: number,
		private readonly point: (i: number) => PlacePoint,
		private readonly distance: number
	) {}

	/**
	 * Groups until every point is in (true) or `more` says stop (false): it is asked after
	 * every 256 points, so each call goes at least that far.
	 */
	run(more: () => boolean = () => true): boolean {
		const { groups, cells, distance } = this;
		const key = (cx: number, cy: number) => (cx & 16383) * 16384 + (cy & 16383);
		for (let done = 0; this.next < this.count; done++) {
			if (done > 0 && (done & 255) === 0 && !more()) return false;
			const p = this.point(this.next++);
			const cx = Math.floor(p.x / distance);
			const cy = Math.floor(p.y / distance);
			let near = -1;
			for (let dx = -1; dx <= 1; dx++)
				for (let dy = -1; dy <= 1; dy++) {
					const cell = cells.get(key(cx + dx, cy + dy));
					if (!cell) continue;
					for (let c = 0; c < cell.length; c++) {
						const g = cell[c]!;
						const group = groups[g]!;
						if ((near === -1 || g < near) && Math.hypot(group.x - p.x, group.y - p.y) < distance)
							near = g;
					}
				}
			if (near !== -1) {
				groups[near]!.places.push(p.place);
				continue;
			}
			const own = cells.get(key(cx, cy));
			if (own) own.push(groups.length);
			else cells.set(key(cx, cy), [groups.length]);
			groups.push({ lead: p.place, places: [p.place], x: p.x, y: p.y });
		}
		return true;
	}
}

/** The distinct events of some places, in date order (then story order). */
export function eventsOfPlaces(
	placeIds: string[],
	eventsByPlace: ReadonlyMap<string, StoryEvent[]>
): StoryEvent[] {
	const seen = new Map<string, StoryEvent>();
	for (const id of placeIds) for (const e of eventsByPlace.get(id) ?? []) seen.set(e.id, e);
	return [...seen.values()].sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
}

/** Dot diameter in pixels: grows with the square root of the count, so area tracks it. */
export function markerDiameter(count: number): number {
	return Math.round(14 + 4 * Math.sqrt(Math.max(1, Math.min(count, 16))));
}

/**
 * A marker of more places than this is a cluster: choosing it zooms in on its places instead
 * of opening a popup of all their events (hundreds, in a big dataset).
 */
export const CLUSTER_PLACES = 5;

/** "12 places near Town 5, 40 events": a cluster's accessible name. */
export function clusterName(places: Place[], count: number): string {
	return `${places.length} places near ${places[0]?.name ?? ''}, ${count} ${count === 1 ? 'event' : 'events'}`;
}

/** "Vostochny Cosmodrome, 2 events"; "Vladivostok and Far Eastern Federal University, 6 events". */
export function markerName(places: Place[], count: number): string {
	const names = places.map((p) => p.name);
	const list =
		names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return `${list}, ${count} ${count === 1 ? 'event' : 'events'}`;
}

/** A marker is dimmed when none of its places has an event in the timeline's window. */
export function isDimmed(
	placeIds: string[],
	inWindow: ReadonlySet<string>,
	eventsByPlace: ReadonlyMap<string, StoryEvent[]>
): boolean {
	return !placeIds.some((id) => eventsByPlace.get(id)?.some((e) => inWindow.has(e.id)));
}

/** A marker is selected when the selected event happened at one of its places. */
export function isSelected(placeIds: string[], event: StoryEvent | null): boolean {
	return !!event && placeIds.some((id) => event.places.includes(id));
}
