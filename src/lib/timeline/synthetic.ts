/**
 * Seeded synthetic events for benchmarks and scale tests: the same seed always gives the
 * same events, spread over 2011–2023, one in ten a span of up to a month.
 */
import { DEFAULT_CATEGORIES } from '$lib/data/categories';
import { DAY, dayStart, isoDay } from '$lib/data/instant';
import type { StoryEvent } from '$lib/data/types';

export interface SyntheticEvent {
	id: string;
	title: string;
	start: string;
	end?: string;
}

/** mulberry32: a tiny, well-known seeded PRNG. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FROM = Date.UTC(2011, 0, 1);
const TO = Date.UTC(2023, 11, 31);
const WORDS = ['Summit', 'Visit', 'Talks', 'Forum', 'Statement', 'Journey', 'Meeting', 'Ruling'];

export function syntheticEvents(n: number, seed = 42): SyntheticEvent[] {
	const rand = random(seed);
	const events: SyntheticEvent[] = [];
	for (let i = 0; i < n; i++) {
		const start = FROM + Math.floor(rand() * ((TO - FROM) / DAY)) * DAY;
		const event: SyntheticEvent = {
			id: `e${i}`,
			title: `${WORDS[i % WORDS.length]} ${i + 1}`,
			start: isoDay(start)
		};
		if (rand() < 0.1) event.end = isoDay(start + Math.ceil(rand() * 30) * DAY);
		events.push(event);
	}
	return events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** A synthetic event as a story's event: day precision, categories in turn, reported. */
export function syntheticStoryEvent(
	e: SyntheticEvent,
	i: number,
	extra: Pick<StoryEvent, 'places' | 'importance'>
): StoryEvent {
	const start = dayStart(e.start);
	const end = (e.end ? dayStart(e.end) : start) + DAY - 1;
	const edtf = e.end ? `${e.start}/${e.end}` : e.start;
	return {
		id: e.id,
		title: e.title,
		summary: '',
		date: edtf,
		when: {
			edtf,
			start,
			end,
			precision: 'day',
			span: Boolean(e.end),
			approximate: false,
			uncertain: false
		},
		participants: [],
		category: DEFAULT_CATEGORIES[i % DEFAULT_CATEGORIES.length]!.id,
		provenance: { status: 'reported', quotes: [], context: [] },
		...extra
	};
}
