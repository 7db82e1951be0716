/**
 * Deep links: `?event=<id>&from=<instant>&to=<instant>&cat=…&place=…&status=…&q=…&scale=proportional`, instants in the
 * grammar of `$lib/data/instant-text`. Parsing never throws: a bad value is dropped and a notice
 * says so, so a mistyped shared link still opens the story.
 */
import { DAY, MINUTE } from '$lib/data/instant';
import { formatInstant, parseInstant } from '$lib/data/instant-text';

export interface LinkState {
	event: string | null;
	window: [number, number] | null;
	/** Filters; omitted means none. */
	categories?: string[];
	places?: string[];
	/** Provenance statuses to show: reported, disputed, context. */
	statuses?: string[];
	query?: string;
	/** The timeline drawn to scale (no collapsed gaps): `scale=proportional`. */
	proportional?: boolean;
}

export interface ParsedLink extends LinkState {
	notices: string[];
}

/** The parameters a link may carry; embed options (view, theme…) are read elsewhere. */
export const LINK_PARAMS = ['event', 'from', 'to', 'cat', 'place', 'status', 'q', 'scale'] as const;
/** Longest search a link keeps. */
export const MAX_QUERY = 200;

export interface LinkVocabulary {
	events: ReadonlySet<string>;
	categories?: ReadonlySet<string>;
	places?: ReadonlySet<string>;
	statuses?: ReadonlySet<string>;
}

/** A value from the link as a notice quotes it: at most 80 characters. */
export function quoteValue(value: string): string {
	return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}

function parseList(
	value: string | null,
	known: ReadonlySet<string> | undefined,
	what: string,
	notices: string[]
): string[] {
	if (!value) return [];
	const items = value.split(',').filter(Boolean);
	const good = known ? items.filter((i) => known.has(i)) : items;
	if (good.length < items.length) {
		notices.push(
			`The link names ${what} this story does not have (${quoteValue(items.filter((i) => !good.includes(i)).join(', '))}); ignored.`
		);
	}
	return good;
}

export function parseLink(params: URLSearchParams, vocabulary: LinkVocabulary): ParsedLink {
	const notices: string[] = [];
	const twice = LINK_PARAMS.filter((key) => params.getAll(key).length > 1);
	if (twice.length) {
		notices.push(
			`The link gives ${twice.map((k) => `“${k}”`).join(', ')} more than once; using the first.`
		);
	}
	let event: string | null = params.get('event');
	if (event !== null && !vocabulary.events.has(event)) {
		notices.push(
			`The link names an event “${quoteValue(event)}” that this story does not have; showing the whole story.`
		);
		event = null;
	}
	let window: [number, number] | null = null;
	const from = params.get('from');
	const to = params.get('to');
	if (from !== null || to !== null) {
		const a = from === null ? null : parseInstant(from);
		const b = to === null ? null : parseInstant(to);
		if (a === null || b === null || b <= a) {
			notices.push(
				'The link’s time window (from/to) is not a valid range of dates; showing the whole story.'
			);
		} else window = [a, b];
	}
	const categories = parseList(params.get('cat'), vocabulary.categories, 'categories', notices);
	const places = parseList(params.get('place'), vocabulary.places, 'places', notices);
	const statuses = parseList(params.get('status'), vocabulary.statuses, 'statuses', notices);
	let query = params.get('q') ?? '';
	if (query.length > MAX_QUERY) {
		notices.push(`The link’s search is longer than ${MAX_QUERY} characters; it was shortened.`);
		query = query.slice(0, MAX_QUERY);
	}
	const scale = params.get('scale');
	if (scale !== null && scale !== 'proportional' && scale !== 'collapsed') {
		notices.push(
			`The link’s scale “${quoteValue(scale)}” is not one the timeline knows (proportional); ignored.`
		);
	}
	const proportional = scale === 'proportional';
	return { event, window, notices, categories, places, statuses, query, proportional };
}

/** The query string for a state, keeping parameters that are not ours (e.g. embed options). */
export function linkSearch(
	state: LinkState,
	base: URLSearchParams = new URLSearchParams()
): string {
	const params = new URLSearchParams(base);
	for (const key of LINK_PARAMS) params.delete(key);
	if (state.event) params.set('event', state.event);
	if (state.window) {
		// Whole days keep shared links short; narrow windows keep their minutes.
		const unit = state.window[1] - state.window[0] >= 3 * DAY ? DAY : MINUTE;
		const [from, to] = state.window.map((t) => Math.round(t / unit) * unit) as [number, number];
		params.set('from', formatInstant(from));
		params.set('to', formatInstant(to > from ? to : from + unit));
	}
	if (state.categories?.length) params.set('cat', state.categories.join(','));
	if (state.places?.length) params.set('place', state.places.join(','));
	if (state.statuses?.length) params.set('status', state.statuses.join(','));
	if (state.query?.trim()) params.set('q', state.query.trim());
	if (state.proportional) params.set('scale', 'proportional');
	const text = params.toString();
	return text ? `?${text}` : '';
}
