/**
 * A seeded synthetic story of many places, for the map's benchmark and scale tests: `n` places
 * scattered over Europe, denser towards a few cities, one event at each.
 */
import { resolveCategories } from '$lib/data/categories';
import type { Place, Story, StoryEvent } from '$lib/data/types';
import { random, syntheticEvents, syntheticStoryEvent } from '$lib/timeline/synthetic';

const CITIES: [number, number][] = [
	[48.86, 2.35],
	[52.52, 13.4],
	[41.9, 12.5],
	[40.42, -3.7],
	[50.45, 30.52],
	[59.33, 18.07]
];

export function syntheticPlacesStory(n: number, seed = 5): Story {
	const rand = random(seed);
	const places: Place[] = Array.from({ length: n }, (_, i) => {
		// Half around a city (a cluster to open), half anywhere (the long tail).
		const city = rand() < 0.5 ? CITIES[i % CITIES.length]! : null;
		const lat = city ? city[0] + (rand() - 0.5) * 3 : 36 + rand() * 24;
		const lon = city ? city[1] + (rand() - 0.5) * 4 : -9 + rand() * 40;
		return { id: `place-${i + 1}`, name: `Place ${i + 1}`, lat, lon, kind: 'town' };
	});
	const events: StoryEvent[] = syntheticEvents(n, seed).map((e, i) =>
		syntheticStoryEvent(e, i, { places: [places[i]!.id], importance: 1 })
	);
	return {
		slug: 'bench-map',
		title: 'Map benchmark',
		dek: `${n} synthetic places`,
		language: 'en',
		timeZone: 'UTC',
		sources: [
			{
				id: 'bench',
				title: 'Synthetic places',
				publisher: 'Event Atlas benchmark',
				published: '2024-01-01',
				text: 'bench.txt'
			}
		],
		places,
		events,
		journeys: [],
		categories: resolveCategories(undefined),
		extent: [events[0]?.when.start ?? 0, events.at(-1)?.when.end ?? 1]
	};
}
