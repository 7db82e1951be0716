/**
 * The validated story as the app uses it: dates parsed once, events in time order.
 * Plain data (numbers, strings, arrays) so SvelteKit can serialise it into the page.
 */
import type { CategoryStyle } from './categories.ts';
import type { QuoteSelectors } from './anchor.ts';
import type { StoryFile, StoryFileEvent, StoryFileQuote, StoryFileVoice } from './schema.ts';

export type Precision = 'year' | 'month' | 'day' | 'time';

/** A date or span at the precision its source gives, as UTC milliseconds. */
export interface When {
	/** The EDTF text it came from. */
	edtf: string;
	/** First instant it may denote (UTC ms). */
	start: number;
	/** Last instant it may denote (UTC ms, inclusive). */
	end: number;
	precision: Precision;
	/** A span (EDTF interval) rather than a single date at its precision. */
	span: boolean;
	approximate: boolean;
	uncertain: boolean;
	/**
	 * For a clock time: start and end are the story's wall clock written as UTC, and this is
	 * that clock's offset from UTC (ms), so `start - offset` is the true instant.
	 */
	offset?: number;
}

/** A quote with its W3C selectors in its source (set for every quote of a validated story). */
export type AnchoredQuote = StoryFileQuote & { selector?: QuoteSelectors };

export type Provenance = Omit<StoryFileEvent['provenance'], 'quotes'> & { quotes: AnchoredQuote[] };

export type StoryEvent = Omit<StoryFileEvent, 'date' | 'provenance'> & {
	date: string;
	when: When;
	provenance: Provenance;
};

export type Voice = Omit<StoryFileVoice, 'quotes'> & { quotes: AnchoredQuote[] };

export type Story = Omit<StoryFile, 'events' | 'categories' | 'voices'> & {
	events: StoryEvent[];
	voices?: Voice[];
	/** The story's categories, each with its symbol and colour (the default six when it declares none). */
	categories: CategoryStyle[];
	/** Earliest start and latest end of all events (UTC ms). */
	extent: [number, number];
	/**
	 * The long empty stretches the timeline collapses, found when the story is loaded (see
	 * `timeline/scale.ts`); absent or empty: a plain axis.
	 */
	gaps?: Gap[];
	/** The timeline's focus buttons, one per cluster of events (see `timeline/gaps.ts`). */
	focuses?: Focus[];
};

/** A collapsed stretch of the timeline: from, to, and how long it lasts ("7 years 8 months"). */
export type Gap = [from: number, to: number, label?: string];

/** A focus button of the timeline: a cluster of events and the window that shows it. */
export interface Focus {
	label: string;
	window: [number, number];
	count: number;
}

export interface StorySummary {
	slug: string;
	title: string;
	dek: string;
	extent: [number, number];
	eventCount: number;
	placeCount: number;
}

export type Place = Story['places'][number];
export type Journey = Story['journeys'][number];

export function summarise(story: Story): StorySummary {
	return {
		slug: story.slug,
		title: story.title,
		dek: story.dek,
		extent: story.extent,
		eventCount: story.events.length,
		placeCount: story.places.length
	};
}
