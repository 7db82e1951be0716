/**
 * Validates one story file against its schema and against the rest of the story, and
 * reports every problem at once: file, JSON path, the event or place id, what is wrong,
 * and a hint. Pure: the caller reads the files (build, `npm run check:data`, tests).
 */
import * as v from 'valibot';
import { DEFAULT_CATEGORIES, resolveCategories } from './categories.ts';
import { parseWhen } from './dates.ts';
import {
	anchorQuote,
	clip,
	describeDifference,
	nearestPassage,
	type QuoteSelectors
} from './anchor.ts';
import { StorySchema, type StoryFile } from './schema.ts';
import { isoDay } from './instant.ts';
import { attributionMarkup } from '../map/attribution.ts';
import { instantOf, wallClock, zoneOffset } from './zone.ts';
import { findGaps, focusWindows, type Gap } from '../timeline/gaps.ts';
import { formatDuration } from './duration.ts';
import type { Story, StoryEvent } from './types.ts';

export interface DataError {
	file: string;
	/** JSON path inside the file, e.g. `events[3].date`; empty for the whole file. */
	path: string;
	/** The id of the event, place, journey or source the error is in. */
	id?: string;
	message: string;
	hint: string;
}

export interface StoryInput {
	/** Path of the story file as the editor knows it, e.g. `data/stories/x.json`. */
	file: string;
	text: string;
	/** Texts of `data/sources/*`, by file name; a missing entry means the file is missing. */
	sources: Record<string, string>;
}

export type ValidationResult = { story: Story; errors: [] } | { story: null; errors: DataError[] };

export function formatError(e: DataError): string {
	const where = [e.path || '(file)', e.id ? `id "${e.id}"` : ''].filter(Boolean).join(', ');
	return `${e.file}: ${where}: ${e.message}\n    hint: ${e.hint}`;
}

/** What an editor's tool may have put before the JSON: a byte-order mark, or a comment. */
function unexpectedStart(text: string): { what: string; hint: string } | null {
	if (text.charCodeAt(0) === 0xfeff)
		return {
			what: 'the file starts with a byte-order mark (U+FEFF)',
			hint: 'save the file as UTF-8 without BOM'
		};
	const start = text.trimStart();
	if (start.startsWith('//') || start.startsWith('/*'))
		return {
			what: `the file starts with a comment (${start.slice(0, 2)}), which JSON does not allow`,
			hint: 'remove the comment; put notes for editors in the README or in a "dek"'
		};
	return null;
}

function lineAndColumn(text: string, message: string): string {
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (lc) return `line ${lc[1]}, column ${lc[2]}`;
	const pos = /position (\d+)/.exec(message);
	if (!pos) return 'end of file';
	const before = text.slice(0, Number(pos[1]));
	const lines = before.split('\n');
	return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

const HINTS: Record<string, string> = {
	date: 'write EDTF: 2011-08-24, 2019-04, 2011, 2011-08~ (approximate), 2011? (uncertain), 2023-09-10/2023-09-19 (span)',
	lat: 'latitude comes first and lies between -90 and 90; check the order of lat and lon',
	lon: 'longitude lies between -180 and 180; check the order of lat and lon',
	url: 'use a full web address starting with https://',
	id: 'ids are lowercase words joined by hyphens and never change once published'
};

function hintFor(path: string, fallback: string): string {
	const key =
		path
			.split('.')
			.at(-1)
			?.replace(/\[\d+\]$/, '') ?? '';
	return HINTS[key] ?? fallback;
}

/** JSON path from a valibot issue: `events[3].date`. */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
	}
	return out;
}

type AnySchema = {
	type: string;
	entries?: Record<string, AnySchema>;
	item?: AnySchema;
	wrapped?: AnySchema;
};

/** The keys the schema allows in the object at a path (of an unknown key's issue). */
function keysAt(issue: v.BaseIssue<unknown>): string[] {
	let schema: AnySchema | undefined = StorySchema as unknown as AnySchema;
	const steps = (issue.path ?? []).slice(0, -1);
	for (const step of steps) {
		while (schema?.wrapped) schema = schema.wrapped;
		const key = (step as { key: unknown }).key;
		schema = typeof key === 'number' ? schema?.item : schema?.entries?.[String(key)];
	}
	while (schema?.wrapped) schema = schema.wrapped;
	return Object.keys(schema?.entries ?? {});
}

/** Edit distance, for "did you mean": small words, so the plain table is fine. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/** The candidate a mistyped word most likely meant, if one is close enough. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = distance(word.toLowerCase(), c.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [c, d];
	}
	return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** The id of the event/place/... that a path points into, read from the raw data. */
function idAt(raw: unknown, path: string): string | undefined {
	const m = /^(events|places|journeys|sources|voices)\[(\d+)\]/.exec(path);
	if (!m || typeof raw !== 'object' || raw === null) return undefined;
	const list = (raw as Record<string, unknown>)[m[1]!];
	const item = Array.isArray(list) ? list[Number(m[2])] : undefined;
	const id = (item as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' ? id : undefined;
}

function asArray(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value) ? value.filter((x) => typeof x === 'object' && x !== null) : [];
}

/** A quote must stand verbatim in its source; if not, say where it most likely came from. */
function checkQuote(
	source: string,
	quote: string,
	path: string,
	id: string | undefined,
	push: (e: Omit<DataError, 'file'>) => void
) {
	if (source.includes(quote)) return;
	const nearest = nearestPassage(source, quote);
	const near = nearest
		? `; nearest passage of the source: “${clip(nearest.text)}” (${describeDifference(nearest.text, quote)})`
		: '';
	push({
		path,
		id,
		message: `quote not found verbatim in the source text: “${clip(quote, 60)}”${near}`,
		hint: 'copy the sentence from the source exactly, including curly quotes and apostrophes (’)'
	});
}

/** A URL whose path is empty or "/": a site's home page, which cites nothing. */
export function isHomePage(url: string): boolean {
	try {
		const u = new URL(url);
		return u.pathname.replace(/\/+$/, '') === '' && u.search === '';
	} catch {
		return false;
	}
}

/** A citation must lead to the report itself, not to the publisher's front page. */
function checkCitationUrl(
	citation: unknown,
	path: string,
	id: string | undefined,
	push: (e: Omit<DataError, 'file'>) => void
) {
	const url = (citation as { url?: unknown } | undefined)?.url;
	if (typeof url !== 'string' || !isHomePage(url)) return;
	push({
		path,
		id,
		message: `the citation URL "${url}" is a site's home page, not the report`,
		hint: 'link the article that states the fact (e.g. https://tass.com/politics/1674463), or leave the URL out and give publisher, title and date'
	});
}

/** Checks that need the whole story; works on raw data so it runs even when the schema fails. */
function crossCheck(
	raw: Record<string, unknown>,
	input: StoryInput,
	push: (e: Omit<DataError, 'file'>) => void
) {
	const events = asArray(raw.events);
	const places = asArray(raw.places);
	const sources = asArray(raw.sources);
	const journeys = asArray(raw.journeys);

	if (Array.isArray(raw.events) && raw.events.length === 0) {
		push({
			path: 'events',
			message: 'the story has no events',
			hint: 'add at least one event; a story with nothing to show is not published'
		});
	}

	for (const [name, list] of [
		['places', places],
		['events', events],
		['journeys', journeys],
		['sources', sources],
		['voices', asArray(raw.voices)],
		['categories', asArray(raw.categories)]
	] as const) {
		const seen = new Map<string, number>();
		list.forEach((item, i) => {
			if (typeof item.id !== 'string') return;
			const first = seen.get(item.id);
			if (first !== undefined) {
				push({
					path: `${name}[${i}].id`,
					id: item.id,
					message: `duplicate id "${item.id}" (also ${name}[${first}])`,
					hint: 'every id in a list must be unique; rename one of them'
				});
			} else seen.set(item.id, i);
		});
	}

	const tiles = raw.tiles as Record<string, unknown> | undefined;
	if (tiles && typeof tiles.attribution === 'string') {
		const markup = attributionMarkup(tiles.attribution);
		if (markup)
			push({
				path: 'tiles.attribution',
				message: `the attribution holds markup that is not allowed: ${markup.slice(0, 80)}`,
				hint: 'write plain text; a link may be <a href="https://…">text</a> and nothing else'
			});
	}

	const declared = Array.isArray(raw.categories) ? asArray(raw.categories) : null;
	const categoryIds = (declared ?? DEFAULT_CATEGORIES).map((c) => c.id as string);

	const placeIds = new Set(places.map((p) => p.id));
	const eventIds = new Set(events.map((e) => e.id));
	const sourceText = new Map<string, string | undefined>();
	sources.forEach((s, i) => {
		if (typeof s.id !== 'string' || typeof s.text !== 'string') return;
		const text = input.sources[s.text];
		sourceText.set(s.id, text);
		if (typeof s.url === 'string' && isHomePage(s.url))
			push({
				path: `sources[${i}].url`,
				id: s.id,
				message: `the source URL "${s.url}" is a site's home page, not the article`,
				hint: 'link the article itself, or leave the URL out'
			});
		if (text === undefined) {
			push({
				path: `sources[${i}].text`,
				id: s.id,
				message: `source text file "data/sources/${s.text}" not found`,
				hint: 'save the article text as a plain .txt file in data/sources/'
			});
		}
	});
	const firstSourceId = typeof sources[0]?.id === 'string' ? sources[0].id : undefined;

	events.forEach((event, i) => {
		const id = typeof event.id === 'string' ? event.id : undefined;
		const when = typeof event.date === 'string' ? parseWhen(event.date.trim()) : null;
		if (when && !when.ok)
			push({ path: `events[${i}].date`, id, message: when.reason, hint: HINTS.date! });
		if (when?.ok && event.time && (when.when.precision !== 'day' || when.when.span)) {
			push({
				path: `events[${i}].time`,
				id,
				message: `a clock time needs a single day, but the date is "${event.date}"`,
				hint: 'give the date to the day (yyyy-mm-dd), or leave the time out'
			});
		}
		if (typeof event.category === 'string' && !categoryIds.includes(event.category)) {
			const guess = suggest(event.category, categoryIds);
			push({
				path: `events[${i}].category`,
				id,
				message: `unknown category "${event.category}"${guess ? `; did you mean "${guess}"?` : ''}`,
				hint: declared
					? `use one of the story's categories: ${categoryIds.join(', ')}`
					: `use one of ${categoryIds.join(', ')}, or declare the story's own in "categories"`
			});
		}
		if (Array.isArray(event.places)) {
			const listed: unknown[] = event.places;
			listed.forEach((p, j) => {
				if (typeof p === 'string' && listed.indexOf(p) !== j) {
					push({
						path: `events[${i}].places[${j}]`,
						id,
						message: `place "${p}" is listed twice`,
						hint: 'name each place of an event once'
					});
				}
				if (typeof p === 'string' && !placeIds.has(p)) {
					push({
						path: `events[${i}].places[${j}]`,
						id,
						message: `unknown place id "${p}"`,
						hint: `use one of: ${[...placeIds].join(', ') || '(no places defined)'}`
					});
				}
			});
		}
		const provenance = event.provenance as Record<string, unknown> | undefined;
		if (!provenance || typeof provenance !== 'object') return;
		const quotes = asArray(provenance.quotes);
		const context = asArray(provenance.context);
		context.forEach((c, j) =>
			checkCitationUrl(c.citation, `events[${i}].provenance.context[${j}].citation.url`, id, push)
		);
		const correction = provenance.correction as Record<string, unknown> | undefined;
		if (correction && typeof correction === 'object')
			checkCitationUrl(
				correction.citation,
				`events[${i}].provenance.correction.citation.url`,
				id,
				push
			);
		quotes.forEach((q, j) => {
			const resolves = q.resolves as Record<string, unknown> | undefined;
			if (resolves && typeof resolves.date === 'string') {
				const path = `events[${i}].provenance.quotes[${j}].resolves.date`;
				const resolved = parseWhen(resolves.date);
				if (!resolved.ok) {
					push({
						path,
						id,
						message: resolved.reason,
						hint: 'write the resolved date in EDTF at the precision the phrase gives: "last year" → 2022, "on Sunday" → 2023-09-10'
					});
				} else if (
					when?.ok &&
					(resolved.when.end < when.when.start || resolved.when.start > when.when.end)
				) {
					push({
						path,
						id,
						message: `resolves "${resolves.phrase}" to ${resolves.date}, outside the event's date ${event.date}`,
						hint: 'the phrase must resolve to (part of) the event’s own date; fix one of the two'
					});
				}
			}
			if (typeof q.text !== 'string') return;
			const sourceId = typeof q.source === 'string' ? q.source : firstSourceId;
			const text = sourceId ? sourceText.get(sourceId) : undefined;
			if (sourceId && !sourceText.has(sourceId)) {
				push({
					path: `events[${i}].provenance.quotes[${j}].source`,
					id,
					message: `unknown source id "${sourceId}"`,
					hint: "name one of the story's sources"
				});
			} else if (text !== undefined) {
				checkQuote(text, q.text, `events[${i}].provenance.quotes[${j}].text`, id, push);
			}
		});
		const status = provenance.status;
		if ((status === 'reported' || status === 'disputed') && quotes.length === 0) {
			push({
				path: `events[${i}].provenance.quotes`,
				id,
				message: `a ${status} event needs the article's words`,
				hint: 'add the sentence of the article that states it, or mark the event "context"'
			});
		}
		if (status === 'context' && context.length === 0) {
			push({
				path: `events[${i}].provenance.context`,
				id,
				message: 'a context event needs a cited outside source',
				hint: 'add { "text", "citation": { "publisher", "url", "date" } }'
			});
		}
		if (status === 'disputed' && !provenance.correction) {
			push({
				path: `events[${i}].provenance.correction`,
				id,
				message: 'a disputed event needs its correction',
				hint: 'add { "text", "citation" } saying what checked sources report instead'
			});
		}
	});

	asArray(raw.voices).forEach((voice, i) => {
		const id = typeof voice.id === 'string' ? voice.id : undefined;
		asArray(voice.quotes).forEach((q, j) => {
			const sourceId = typeof q.source === 'string' ? q.source : firstSourceId;
			const text = sourceId ? sourceText.get(sourceId) : undefined;
			if (sourceId && !sourceText.has(sourceId))
				push({
					path: `voices[${i}].quotes[${j}].source`,
					id,
					message: `unknown source id "${sourceId}"`,
					hint: "name one of the story's sources"
				});
			else if (typeof q.text === 'string' && text !== undefined)
				checkQuote(text, q.text, `voices[${i}].quotes[${j}].text`, id, push);
		});
		if (Array.isArray(voice.events))
			voice.events.forEach((e, k) => {
				if (typeof e === 'string' && !eventIds.has(e))
					push({
						path: `voices[${i}].events[${k}]`,
						id,
						message: `unknown event id "${e}"`,
						hint: `name an event of this story: ${[...eventIds].slice(0, 6).join(', ')}…`
					});
			});
	});

	journeys.forEach((journey, i) => {
		const id = typeof journey.id === 'string' ? journey.id : undefined;
		const legs = asArray(journey.legs);
		legs.forEach((leg, j) => {
			const before = legs[j - 1];
			if (before && typeof before.to === 'string' && leg.from !== before.to) {
				push({
					path: `journeys[${i}].legs[${j}].from`,
					id,
					message: `leg ${j + 1} starts at "${String(leg.from)}", but leg ${j} ended at "${before.to}"`,
					hint: 'legs join up in order: each starts where the one before it ended'
				});
			}
			for (const end of ['from', 'to'] as const) {
				if (typeof leg[end] === 'string' && !placeIds.has(leg[end])) {
					push({
						path: `journeys[${i}].legs[${j}].${end}`,
						id,
						message: `unknown place id "${leg[end]}"`,
						hint: `use one of: ${[...placeIds].join(', ')}`
					});
				}
			}
			if (Array.isArray(leg.events)) {
				leg.events.forEach((e, k) => {
					if (typeof e === 'string' && !eventIds.has(e)) {
						push({
							path: `journeys[${i}].legs[${j}].events[${k}]`,
							id,
							message: `unknown event id "${e}"`,
							hint: 'name an event of this story'
						});
					}
				});
			}
		});
	});
}

export function validateStory(input: StoryInput): ValidationResult {
	const errors: DataError[] = [];
	const push = (e: Omit<DataError, 'file'>) => errors.push({ file: input.file, ...e });

	let raw: unknown;
	const found = unexpectedStart(input.text);
	if (found) {
		push({
			path: '',
			message: `invalid JSON at line 1, column 1: ${found.what}`,
			hint: found.hint
		});
		return { story: null, errors };
	}
	try {
		raw = JSON.parse(input.text);
	} catch (error) {
		push({
			path: '',
			message: `invalid JSON at ${lineAndColumn(input.text, (error as Error).message)}: ${(error as Error).message}`,
			hint: 'look for a missing comma or quote, or a trailing comma, just before that point'
		});
		return { story: null, errors };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		push({
			path: '',
			message: 'a story file must hold one JSON object',
			hint: 'start from data/stories/kim-putin-summits.json'
		});
		return { story: null, errors };
	}

	const result = v.safeParse(StorySchema, raw, { abortEarly: false });
	if (!result.success) {
		for (const issue of result.issues) {
			const path = pathOf(issue);
			if (issue.type === 'strict_object' && issue.expected === 'never') {
				const key = path.split('.').at(-1)?.replace(/^.*\]/, '') ?? '';
				const known = keysAt(issue);
				const guess = suggest(key, known);
				push({
					path,
					id: idAt(raw, path),
					message: `\`${key}\`: unknown key${guess ? `; did you mean \`${guess}\`?` : ''}`,
					hint: guess ? `rename it to "${guess}"` : `the keys allowed here are: ${known.join(', ')}`
				});
				continue;
			}
			const missing = issue.kind === 'schema' && issue.received === 'undefined';
			push({
				path,
				id: idAt(raw, path),
				message: missing
					? `required field "${path.split('.').at(-1)}" is missing`
					: `${issue.message} (got ${issue.received})`,
				hint: missing
					? 'add the field; see the data format in README.md'
					: hintFor(path, 'see the data format in README.md, or the JSON schema named by "$schema"')
			});
		}
	}
	crossCheck(raw as Record<string, unknown>, input, push);

	const expectedSlug = input.file
		.split('/')
		.at(-1)
		?.replace(/\.json$/, '');
	const slug = (raw as { slug?: unknown }).slug;
	if (typeof slug === 'string' && expectedSlug && slug !== expectedSlug) {
		push({
			path: 'slug',
			message: `slug "${slug}" does not match the file name "${expectedSlug}.json"`,
			hint: 'the slug is the page address; name the file after it'
		});
	}

	if (errors.length > 0 || !result.success) return { story: null, errors };
	return { story: toStory(result.output, input.sources), errors: [] };
}

/** Every quote with its W3C selectors in its source (cross-checks made sure it is there). */
function anchorQuotes<Q extends { text: string; source?: string }>(
	quotes: Q[],
	file: StoryFile,
	texts: Record<string, string>
): (Q & { selector?: QuoteSelectors })[] {
	return quotes.map((q) => {
		const source = file.sources.find((s) => s.id === (q.source ?? file.sources[0]!.id));
		const text = source ? texts[source.text] : undefined;
		const selector = text === undefined ? null : anchorQuote(text, q.text);
		return selector ? { ...q, selector } : q;
	});
}

function toStory(file: StoryFile, texts: Record<string, string>): Story {
	const anchor = <Q extends { text: string; source?: string }>(quotes: Q[]) =>
		anchorQuotes(quotes, file, texts);
	const events: StoryEvent[] = file.events
		.map((fileEvent) => {
			const event = {
				...fileEvent,
				provenance: { ...fileEvent.provenance, quotes: anchor(fileEvent.provenance.quotes) }
			};
			const parsed = parseWhen(event.date.trim());
			if (!parsed.ok) throw new Error(`unreachable: ${parsed.reason}`);
			if (!event.time) return { ...event, when: parsed.when };
			// A clock time puts the event at its instant, on the story's wall clock.
			const zone = event.time.zone ?? file.timeZone;
			const wall = wallClock(isoDay(parsed.when.start), event.time.local, zone, file.timeZone);
			const offset = zoneOffset(file.timeZone, instantOf(wall, file.timeZone));
			const when = { ...parsed.when, start: wall, end: wall, precision: 'time' as const, offset };
			return { ...event, time: { ...event.time, zone }, when };
		})
		.sort(
			(a, b) => a.when.start - b.when.start || a.when.end - b.when.end || a.id.localeCompare(b.id)
		);
	const extent: [number, number] = [
		Math.min(...events.map((e) => e.when.start)),
		Math.max(...events.map((e) => e.when.end))
	];
	const voices = file.voices?.map((voice) => ({ ...voice, quotes: anchor(voice.quotes) }));
	const whens = events.map((e) => e.when);
	const gaps = findGaps(whens).map(([a, b]): Gap => [a, b, formatDuration(a, b)]);
	const focuses = focusWindows(whens);
	return {
		...file,
		...(voices ? { voices } : {}),
		categories: resolveCategories(file.categories),
		events,
		extent,
		gaps,
		focuses
	};
}
