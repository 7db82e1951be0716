/**
 * The map's markers and labels at one view: groups places into markers, names and sizes
 * them, marks the selected and dimmed ones, and places every label. Pure, so a view is
 * a function of the state and the zoom, and tests need no browser.
 */
import type { Place, StoryEvent } from '$lib/data/types';
import type { CountryLabel } from './basemap.ts';
import { project, type Rect } from './geo.ts';
import {
	labelBox,
	layoutLabels,
	SELECTED_GAP,
	SELECTED_PADDING,
	SIDES_BELOW_POPUP,
	type LabelRequest,
	type Side
} from './labels.ts';
import {
	CLUSTER_PLACES,
	clusterName,
	eventsOfPlaces,
	Grouping,
	isDimmed,
	isSelected,
	markerDiameter,
	markerName,
	type MarkerGroup
} from './markers.ts';

export interface MarkerView {
	/** Stable while the marker holds the same places. */
	key: string;
	lead: Place;
	places: Place[];
	/** Its places' events, in date order: made when first read (a popup opens), not for every marker. */
	readonly events: StoryEvent[];
	/** How many events its places have. */
	count: number;
	/** Accessible name: places and number of events. */
	name: string;
	/** Visible label: the lead place, and how many more the marker holds. */
	label: string;
	/** Too many places for a popup: choosing the marker zooms in on them. */
	cluster: boolean;
	diameter: number;
	selected: boolean;
	hovered: boolean;
	dimmed: boolean;
	/** Where its label goes; null when it would collide. */
	side: Side | null;
	/** Its label's box relative to the dot's centre (px), null with no label: MapMarker puts it there. */
	labelBox: Rect | null;
	/** Container pixels of its dot. */
	x: number;
	y: number;
}

export interface CountryView extends CountryLabel {
	key: string;
	shown: boolean;
	x: number;
	y: number;
}

export interface LayoutInput {
	places: Place[];
	eventsByPlace: ReadonlyMap<string, StoryEvent[]>;
	inWindow: ReadonlySet<string>;
	selected: StoryEvent | null;
	hovered: StoryEvent | null;
	/** The place whose popup is open: its marker's label keeps out from under the popup. */
	open?: string | null;
	countries: CountryLabel[];
	view: { zoom: number; originX: number; originY: number; width: number; height: number };
	/** Areas labels must leave free (the controls), in container pixels. */
	reserved?: Rect[];
	/** Markers closer than this (pixels) share one: their targets would overlap. */
	targetSize: number;
	/** Label width in pixels for a text; country labels use `country`. */
	measure: (text: string, kind: 'place' | 'country', rank?: number) => number;
	/** The places grouped at view.zoom (placeGroups), when the caller keeps them between views. */
	groups?: MarkerGroup[];
	/** The view's zoom is the map's closest: a marker of many places opens, it cannot zoom in. */
	maxZoom?: number;
}

/** The places grouped into markers at a zoom: the same for every view at that zoom. */
export function placeGroups(
	places: Place[],
	eventsByPlace: ReadonlyMap<string, StoryEvent[]>,
	zoom: number,
	targetSize: number
): MarkerGroup[] {
	return new PlaceGrouper(places, eventsByPlace, targetSize).at(zoom);
}

/**
 * placeGroups for one map: places sorted once (busiest first), and each zoom's grouping kept,
 * so zooming back and forth, and panning, group nothing again.
 */
export class PlaceGrouper {
	private readonly order: Place[];
	private readonly counts: number[];
	private readonly cache = new Map<number, MarkerGroup[]>();

	constructor(
		places: Place[],
		eventsByPlace: ReadonlyMap<string, StoryEvent[]>,
		private readonly targetSize: number
	) {
		const counted = places.map((place, i) => ({
			place,
			i,
			count: eventsByPlace.get(place.id)?.length ?? 0
		}));
		counted.sort((a, b) => b.count - a.count || a.i - b.i);
		this.order = counted.map((c) => c.place);
		this.counts = counted.map((c) => c.count);
	}

	at(zoom: number): MarkerGroup[] {
		this.warm(zoom);
		return this.cache.get(zoom)!;
	}

	private readonly pending = new Map<number, Grouping>();

	/**
	 * Groups a zoom's places ahead of need, until done (true) or `more` says stop (false): a
	 * later call, or `at`, goes on from there.
	 */
	warm(zoom: number, more?: () => boolean): boolean {
		if (this.cache.has(zoom)) return true;
		let grouping = this.pending.get(zoom);
		if (!grouping) {
			grouping = new Grouping(
				this.order.length,
				(i) => {
					const place = this.order[i]!;
					const [x, y] = project(place, zoom);
					return { place, x, y, count: this.counts[i]! };
				},
				this.targetSize
			);
			this.pending.set(zoom, grouping);
		}
		if (!grouping.run(more)) return false;
		this.pending.delete(zoom);
		if (this.cache.size > 40) this.cache.clear();
		this.cache.set(zoom, grouping.groups);
		return true;
	}
}

export const PLACE_LABEL_HEIGHT = 18;
/** How far around the view markers are drawn, as a share of its size. */
export const DRAW_MARGIN = 0.1;
export const COUNTRY_LABEL_HEIGHT = 16;

/** What a marker is, whatever the view and the state: kept per group, so a pan or a zoom seen before makes none again. */
class GroupView {
	readonly key: string;
	readonly ids: string[];
	readonly count: number;
	readonly name: string;
	readonly label: string;
	readonly diameter: number;
	private list: StoryEvent[] | undefined;

	constructor(
		g: MarkerGroup,
		private readonly eventsByPlace: ReadonlyMap<string, StoryEvent[]>,
		readonly cluster: boolean
	) {
		this.ids = g.places.map((p) => p.id);
		this.key = this.ids.join('+');
		let count = 0;
		if (this.ids.length === 1) count = eventsByPlace.get(this.ids[0]!)?.length ?? 0;
		else {
			const seen = new Set<string>();
			for (const id of this.ids) for (const e of eventsByPlace.get(id) ?? []) seen.add(e.id);
			count = seen.size;
		}
		this.count = count;
		this.name = cluster ? clusterName(g.places, count) : markerName(g.places, count);
		this.label = g.places.length > 1 ? `${g.lead.name} +${g.places.length - 1}` : g.lead.name;
		this.diameter = markerDiameter(count);
	}

	get events(): StoryEvent[] {
		return (this.list ??= eventsOfPlaces(this.ids, this.eventsByPlace));
	}
}
const groupViews = new WeakMap<MarkerGroup, GroupView>();

/** At the map's closest zoom a crowd of places is no cluster: it cannot zoom in further. */
const atMaxZoom = (input: Pick<LayoutInput, 'view' | 'maxZoom'>) =>
	input.maxZoom !== undefined && input.view.zoom >= input.maxZoom;

function groupView(
	g: MarkerGroup,
	eventsByPlace: ReadonlyMap<string, StoryEvent[]>,
	closest: boolean
): GroupView {
	const cluster = g.places.length > CLUSTER_PLACES && !closest;
	let made = groupViews.get(g);
	if (made?.cluster !== cluster)
		groupViews.set(g, (made = new GroupView(g, eventsByPlace, cluster)));
	return made;
}

/**
 * Only the markers in view, and a tenth of a view around it (as Leaflet pads its own
 * renderers: a short pan finds them drawn), are drawn: a map of 10,000 places draws a few
 * hundred.
 */
function nearView(view: LayoutInput['view']): (g: MarkerGroup) => boolean {
	const marginX = view.width * DRAW_MARGIN;
	const marginY = view.height * DRAW_MARGIN;
	return (g) =>
		g.x - view.originX > -marginX &&
		g.x - view.originX < view.width + marginX &&
		g.y - view.originY > -marginY &&
		g.y - view.originY < view.height + marginY;
}

/**
 * Makes ahead of need what a view at another zoom shows first (the markers' names and counts,
 * their labels' widths), until done (true) or `more` says stop: the reader's next zoom step
 * then only lays out and draws. A later call goes on where this one stopped.
 */
export function prepareView(
	input: Pick<LayoutInput, 'view' | 'eventsByPlace' | 'maxZoom' | 'measure'> & {
		groups: MarkerGroup[];
	},
	more: () => boolean
): boolean {
	const near = nearView(input.view);
	const closest = atMaxZoom(input);
	for (const g of input.groups) {
		if (!near(g) || groupViews.has(g)) continue;
		if (!more()) return false;
		input.measure(groupView(g, input.eventsByPlace, closest).label, 'place');
	}
	return true;
}

export function mapLayout(input: LayoutInput): { markers: MarkerView[]; countries: CountryView[] } {
	const { view, eventsByPlace } = input;
	const groups =
		input.groups ?? placeGroups(input.places, eventsByPlace, view.zoom, input.targetSize);
	// The open and selected markers stay, wherever they are.
	const near = nearView(view);
	const keep = new Set(input.selected?.places);
	if (input.open) keep.add(input.open);
	// With nothing selected or open, a group far from the view is not walked place by place.
	const kept = (g: MarkerGroup) =>
		near(g) || (keep.size > 0 && g.places.some((p) => keep.has(p.id)));
	const closest = atMaxZoom(input);
	const markers = groups.filter(kept).map((g): MarkerView => {
		const group = groupView(g, eventsByPlace, closest);
		const { ids } = group;
		return {
			key: group.key,
			lead: g.lead,
			places: g.places,
			get events() {
				return group.events;
			},
			count: group.count,
			name: group.name,
			label: group.label,
			cluster: group.cluster,
			diameter: group.diameter,
			selected: isSelected(ids, input.selected),
			hovered: isSelected(ids, input.hovered),
			dimmed: isDimmed(ids, input.inWindow, eventsByPlace),
			side: null,
			labelBox: null,
			x: g.x - view.originX,
			y: g.y - view.originY
		};
	});
	// Selected first, then lit, then busiest: the labels that matter win the space.
	const rank = (m: (typeof markers)[number]) =>
		(m.selected ? 4 : 0) + (m.dimmed ? 0 : 2) + (m.hovered ? 1 : 0);
	const ordered = [...markers].sort((a, b) => rank(b) - rank(a) || b.count - a.count);
	const countries = input.countries
		.filter((c) => view.zoom >= c.minZoom && view.zoom < c.maxZoom)
		.map((c) => {
			const [x, y] = project(c, view.zoom);
			return { ...c, key: `${c.name}@${c.lat},${c.lon}`, x: x - view.originX, y: y - view.originY };
		});
	const requests = new Map<string, LabelRequest>(
		ordered.map((m) => [
			m.key,
			{
				id: m.key,
				// Relative to the dot: the box is then the label's offset as MapMarker applies it.
				x: 0,
				y: 0,
				radius: m.diameter / 2,
				width: input.measure(m.label, 'place') + (m.selected ? 2 * SELECTED_PADDING : 0),
				height: PLACE_LABEL_HEIGHT,
				gap: m.selected ? SELECTED_GAP : undefined,
				sides: m.places.some((p) => p.id === input.open) ? SIDES_BELOW_POPUP : undefined
			}
		])
	);
	// Labels go in view only: markers drawn around it (for pans) are left out of the placing,
	// bar those close enough for their dots to touch a label in view.
	const edge = 160;
	const labelled = ordered.filter(
		(m) => m.x > -edge && m.x < view.width + edge && m.y > -edge && m.y < view.height + edge
	);
	const layout = layoutLabels(
		labelled.map((m) => ({ ...requests.get(m.key)!, x: m.x, y: m.y })),
		countries.map((c) => ({
			id: c.key,
			name: c.name,
			x: c.x,
			y: c.y,
			width: input.measure(c.name, 'country', c.rank),
			height: COUNTRY_LABEL_HEIGHT
		})),
		{ x: 0, y: 0, width: view.width, height: view.height },
		input.reserved
	);
	// Set in place: a spread would read every marker's events.
	for (const m of markers) {
		m.side = layout.sides.get(m.key) ?? null;
		m.labelBox = m.side && labelBox(requests.get(m.key)!, m.side);
	}
	return {
		markers,
		countries: countries.map((c) => ({ ...c, shown: layout.countries.has(c.key) }))
	};
}
