/**
 * Deep links: `?event=<id>&from=<date>&to=<date>`. Parsing never throws: a bad value is
 * dropped and a notice says so, so a mistyped shared link still opens the story.
 */
export interface LinkState {
	event: string | null;
	window: [number, number] | null;
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

export function parseLink(params: URLSearchParams, eventIds: ReadonlySet<string>): ParsedLink {
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
	return { event, window, notices };
}

/** The query string for a state, keeping parameters that are not ours (e.g. embed options). */
export function linkSearch(
	state: LinkState,
	base: URLSearchParams = new URLSearchParams()
): string {
	const params = new URLSearchParams(base);
	for (const key of ['event', 'from', 'to']) params.delete(key);
	if (state.event) params.set('event', state.event);
	if (state.window) {
		// Whole days keep shared links short; narrow windows keep their minutes.
		const unit = state.window[1] - state.window[0] >= 3 * DAY ? DAY : 60_000;
		const [from, to] = state.window.map((t) => Math.round(t / unit) * unit) as [number, number];
		params.set('from', formatInstant(from));
		params.set('to', formatInstant(to > from ? to : from + unit));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
