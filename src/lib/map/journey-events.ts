/** Which events each journey highlights for: needed when a story opens, before the map loads. */
import type { Journey, StoryEvent } from '$lib/data/types';

/**
 * The events a journey highlights for: those its legs name, and any event that takes place
 * at every one of its stops (the journey as a whole, e.g. "Kim's train journey").
 */
export function journeyEventIds(journey: Journey, events: StoryEvent[]): Set<string> {
	const ids = new Set(journey.legs.flatMap((l) => l.events));
	const stops = new Set(journey.legs.flatMap((l) => [l.from, l.to]));
	for (const e of events) if ([...stops].every((s) => e.places.includes(s))) ids.add(e.id);
	return ids;
}
