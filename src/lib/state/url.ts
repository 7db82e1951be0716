/**
 * Deep links: `?event=<id>&from=<date>&to=<date>`. Parsing never throws: a bad value is
 * dropped and a notice says so, so a mistyped shared link still opens the story.
 */
export interface LinkState {
	event: string | null;
	window: [number, number] | null;
	/** Filters; omitted means none. */
	categories?: string[];
	places?: string[];
	query?: string;
}

export interface ParsedLink extends LinkState {
	notices: string[];
}

const DAY = 86_400_000;

function parseInstant(text: string): number | null {
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/.test(text)) return null;
	const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
	if (Number.isNaN(ms)) return null;
	// Date.parse rolls 2023-02-30 over to March; a real date prints back the same.
	if (new Date(ms).toISOString().slice(0, 10) !== text.slice(0, 10)) return null;
	return ms;
}

export function formatInstant(ms: number): string {
	const iso = new Date(ms).toISOString();
	return ms % DAY === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

export interface LinkVocabulary {
	events: ReadonlySet<string>;
	categories?: ReadonlySet<string>;
	places?: ReadonlySet<string>;
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
			`The link names ${what} this story does not have (${items.filter((i) => !good.includes(i)).join(', ')}); ignored.`
		);
	}
	return good;
}

export function parseLink(
	params: URLSearchParams,
	vocabulary: LinkVocabulary | ReadonlySet<string>
): ParsedLink {
	const vocab: LinkVocabulary =
		vocabulary instanceof Set ? { events: vocabulary } : (vocabulary as LinkVocabulary);
	const eventIds = vocab.events;
	const notices: string[] = [];
	let event: string | null = params.get('event');
	if (event !== null && !eventIds.has(event)) {
		notices.push(
			`The link names an event “${event}” that this story does not have; showing the whole story.`
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
	const categories = parseList(params.get('cat'), vocab.categories, 'categories', notices);
	const places = parseList(params.get('place'), vocab.places, 'places', notices);
	const query = (params.get('q') ?? '').slice(0, 200);
	return { event, window, notices, categories, places, query };
}

/** The query string for a state, keeping parameters that are not ours (e.g. embed options). */
export function linkSearch(
	state: LinkState,
	base: URLSearchParams = new URLSearchParams()
): string {
	const params = new URLSearchParams(base);
	for (const key of ['event', 'from', 'to', 'cat', 'place', 'q']) params.delete(key);
	if (state.event) params.set('event', state.event);
	if (state.window) {
		// Whole days keep shared links short; narrow windows keep their minutes.
		const unit = state.window[1] - state.window[0] >= 3 * DAY ? DAY : 60_000;
		const [from, to] = state.window.map((t) => Math.round(t / unit) * unit) as [number, number];
		params.set('from', formatInstant(from));
		params.set('to', formatInstant(to > from ? to : from + unit));
	}
	if (state.categories?.length) params.set('cat', state.categories.join(','));
	if (state.places?.length) params.set('place', state.places.join(','));
	if (state.query?.trim()) params.set('q', state.query.trim());
	const text = params.toString();
	return text ? `?${text}` : '';
}
