/**
 * The one state an explorer shares between its views (timeline, map, list, detail).
 * Created per explorer in `Explorer.svelte` and handed down by context: never a module
 * singleton, since SvelteKit prerenders many pages in one process.
 */
import { getContext, setContext } from 'svelte';
import type { CategoryStyle } from '$lib/data/categories';
import type { Status } from '$lib/data/status';
import type { Place, Story, StoryEvent } from '$lib/data/types';
import { unwrapPlaces } from '$lib/map/antimeridian';
import { journeyEventIds } from '$lib/map/journey-events';

const KEY = Symbol('explorer');

export class ExplorerState {
	readonly story: Story;
	selectedId = $state<string | null>(null);
	hoveredId = $state<string | null>(null);
	/** The timeline's detail window (UTC ms), or null for the whole story. */
	window = $state<[number, number] | null>(null);
	/** The timeline at true proportional time ("To scale"), not with its long gaps collapsed. */
	proportional = $state(false);
	/** Things the reader should know, e.g. a link parameter that was ignored. */
	notices = $state<string[]>([]);
	/** Link to the annotated article (`/<slug>/source/`), where the page has one. */
	sourceHref: string | null = null;
	/** Filters: categories and places to show (empty: all), and a text search. */
	categories = $state<string[]>([]);
	places = $state<string[]>([]);
	/** Provenance statuses to show (empty: all). */
	statuses = $state<Status[]>([]);
	query = $state('');

	/** Never changes after construction, so a plain Map is enough. */
	readonly byId: ReadonlyMap<string, StoryEvent>;
	/** The places as the map draws them: longitudes in one run across the antimeridian. */
	readonly mapPlaces: Place[];
	readonly placesById: ReadonlyMap<string, Place>;

	constructor(story: Story) {
		this.story = story;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- immutable index
		this.byId = new Map(story.events.map((e) => [e.id, e]));
		this.mapPlaces = unwrapPlaces(story.places);
		const counts = { reported: 0, disputed: 0, context: 0 };
		for (const e of story.events) counts[e.provenance.status]++;
		this.statusCounts = counts;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- immutable index
		this.placesById = new Map(this.mapPlaces.map((p) => [p.id, p]));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- immutable index
		const byPlace = new Map<string, StoryEvent[]>(story.places.map((p) => [p.id, []]));
		for (const event of story.events) for (const id of event.places) byPlace.get(id)?.push(event);
		this.eventsByPlace = byPlace;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- immutable index
		this.categoryById = new Map(story.categories.map((c) => [c.id, c]));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- immutable index
		this.journeyEvents = new Map(
			story.journeys.map((j) => [j.id, journeyEventIds(j, story.events)])
		);
	}

	readonly categoryById: ReadonlyMap<string, CategoryStyle>;

	/** A category's label, symbol and colour (validation guarantees every event's exists). */
	category(id: string): CategoryStyle {
		return this.categoryById.get(id) ?? { id, label: id, symbol: 'circle', colour: 'grey' };
	}

	/** The events each journey (by id) highlights for. */
	readonly journeyEvents: ReadonlyMap<string, ReadonlySet<string>>;

	/** Ids of the journeys the selected event belongs to. */
	readonly highlightedJourneys: ReadonlySet<string> = $derived.by(() => {
		const id = this.selectedId;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set per selection, never mutated
		return new Set(
			[...this.journeyEvents].filter(([, events]) => id && events.has(id)).map(([j]) => j)
		);
	});

	/** How many events have each provenance status. */
	readonly statusCounts: Readonly<Record<Status, number>>;

	/** Events of each place, in date order. */
	readonly eventsByPlace: ReadonlyMap<string, StoryEvent[]>;

	/** Events that pass the filters and the search, in time order. */
	readonly filtered: StoryEvent[] = $derived.by(() => this.applyFilters());

	get filtering(): boolean {
		return (
			this.categories.length > 0 ||
			this.places.length > 0 ||
			this.statuses.length > 0 ||
			this.query.trim() !== ''
		);
	}

	private applyFilters(): StoryEvent[] {
		const { categories, places, statuses } = this;
		const words = this.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
		if (!categories.length && !places.length && !statuses.length && !words.length)
			return this.story.events;
		return this.story.events.filter(
			(e) =>
				(!categories.length || categories.includes(e.category)) &&
				(!places.length || e.places.some((p) => places.includes(p))) &&
				(!statuses.length || statuses.includes(e.provenance.status)) &&
				words.every((w) => `${e.title} ${e.summary}`.toLocaleLowerCase().includes(w))
		);
	}

	clearFilters(): void {
		this.categories = [];
		this.places = [];
		this.statuses = [];
		this.query = '';
	}

	/** Filtered events that overlap the timeline's current window (all when there is none). */
	get eventsInWindow(): StoryEvent[] {
		const w = this.window;
		if (!w) return this.filtered;
		return this.filtered.filter((e) => e.when.end >= w[0] && e.when.start <= w[1]);
	}

	/** Names of places by id, for labels; an unknown id stands for itself. */
	placeNames(ids: readonly string[]): string[] {
		return ids.map((id) => this.placesById.get(id)?.name ?? id);
	}

	get selected(): StoryEvent | null {
		return this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null;
	}

	select(id: string | null): void {
		if (id !== null && !this.byId.has(id)) return;
		this.selectedId = id;
	}

	/** The event before or after the selected one, in time order. */
	neighbour(step: -1 | 1): StoryEvent | null {
		const events = this.story.events;
		const index = this.selectedId ? events.findIndex((e) => e.id === this.selectedId) : -1;
		if (index === -1) return null;
		return events[index + step] ?? null;
	}

	notify(message: string): void {
		if (!this.notices.includes(message)) this.notices = [...this.notices, message];
	}
}

export function setExplorer(state: ExplorerState): ExplorerState {
	return setContext(KEY, state);
}

/** Context for rendering a view on its own (component tests, future standalone widgets). */
export function explorerContext(state: ExplorerState): Map<symbol, ExplorerState> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context map, never mutated
	return new Map([[KEY, state]]);
}

export function getExplorer(): ExplorerState {
	const state = getContext<ExplorerState | undefined>(KEY);
	if (!state) throw new Error('getExplorer() must be called inside <Explorer>');
	return state;
}
