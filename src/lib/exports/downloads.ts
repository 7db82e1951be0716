/**
 * The story as downloadable data: JSON (the validated story), GeoJSON (one point per event
 * and place) and CSV (one row per event). Pure functions; the `/<slug>/events.*` endpoints
 * prerender them. Every format carries the provenance, since a fact without its source is
 * not one we want to hand out.
 */
import { csvFormat } from 'd3';
import type { Story, StoryEvent, When } from '$lib/data/types';

type Citation = StoryEvent['provenance']['context'][number]['citation'];
type Context = StoryEvent['provenance']['context'][number];

/** The validated story, minus the editor-only `$schema` pointer (a path into the repository). */
export function storyJson(story: Story): Omit<Story, '$schema'> {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
	const { $schema, ...rest } = story;
	return rest;
}

/**
 * A When's bounds as ISO 8601: whole days (`2023-09-10`, the end being the last day it may
 * denote) unless the date gives a time of day, which keeps the instant.
 */
export function isoBounds(when: When): { start: string; end: string } {
	const iso = (ms: number) => new Date(ms).toISOString();
	if (when.precision === 'time') {
		// The story's wall clock with its offset, e.g. 2023-09-13T14:09+10:00.
		const { offset } = when;
		if (offset === undefined) return { start: iso(when.start), end: iso(when.end) };
		const sign = offset < 0 ? '-' : '+';
		const minutes = Math.abs(offset) / 60_000;
		const zone = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		const local = (ms: number) => `${iso(ms).slice(0, 16)}${zone}`;
		return { start: local(when.start), end: local(when.end) };
	}
	return { start: iso(when.start).slice(0, 10), end: iso(when.end).slice(0, 10) };
}

/** "TASS, “Title”, 2023-09-12, https://…": whatever parts the citation has. */
export function formatCitation(citation: Citation): string {
	const title = citation.title ? `“${citation.title}”` : undefined;
	return [citation.publisher, title, citation.date, citation.url].filter(Boolean).join(', ');
}

function formatContext(context: Context): string {
	return `${context.text} (${formatCitation(context.citation)})`;
}

/** What every format says of an event first: what, when (as EDTF and as bounds) and what kind. */
function eventBasics(event: StoryEvent) {
	const { start, end } = isoBounds(event.when);
	const { id, title, summary, date, category } = event;
	return { id, title, summary, date, start, end, precision: event.when.precision, category };
}

export interface GeoJsonFeature {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: [number, number] };
	properties: {
		id: string;
		title: string;
		summary: string;
		/** EDTF, as the story gives it. */
		date: string;
		start: string;
		end: string;
		precision: When['precision'];
		category: StoryEvent['category'];
		importance: StoryEvent['importance'];
		placeId: string;
		placeName: string;
		status: StoryEvent['provenance']['status'];
		quotes: StoryEvent['provenance']['quotes'];
		context: StoryEvent['provenance']['context'];
		correction: Context | null;
	};
}

export interface GeoJsonFeatureCollection {
	type: 'FeatureCollection';
	features: GeoJsonFeature[];
}

/** RFC 7946: one Point per event per place, [longitude, latitude], events in time order. */
export function storyGeoJson(story: Story): GeoJsonFeatureCollection {
	const places = new Map(story.places.map((p) => [p.id, p]));
	const features: GeoJsonFeature[] = [];
	for (const event of story.events) {
		const basics = eventBasics(event);
		for (const placeId of event.places) {
			const place = places.get(placeId);
			if (!place) continue; // validation guarantees it exists; stay total anyway
			features.push({
				type: 'Feature',
				id: `${event.id}@${place.id}`,
				geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
				properties: {
					...basics,
					importance: event.importance,
					placeId: place.id,
					placeName: place.name,
					status: event.provenance.status,
					quotes: event.provenance.quotes,
					context: event.provenance.context,
					correction: event.provenance.correction ?? null
				}
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

export const CSV_COLUMNS = [
	'id',
	'title',
	'summary',
	'date',
	'start',
	'end',
	'precision',
	'category',
	'importance',
	'places',
	'status',
	'quotes',
	'sources',
	'correction'
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * One row per event. Several values in one cell (places, quotes, sources) go one per line:
 * spreadsheets show them stacked, and csvFormat quotes the cell.
 */
export function csvRows(story: Story): CsvRow[] {
	const places = new Map(story.places.map((p) => [p.id, p.name]));
	const articles = new Map(story.sources.map((s) => [s.id, s]));
	const firstSource = story.sources[0]?.id;
	return story.events.map((event) => neutraliseRow(csvRow(event)));

	function csvRow(event: StoryEvent): CsvRow {
		const { provenance } = event;
		const quoted = new Set(provenance.quotes.map((q) => q.source ?? firstSource));
		const sources = [
			...[...quoted].flatMap((id) => {
				const source = id === undefined ? undefined : articles.get(id);
				return source
					? [
							formatCitation({
								publisher: source.publisher,
								title: source.title,
								date: source.published,
								url: source.url
							})
						]
					: [];
			}),
			...provenance.context.map((c) => formatCitation(c.citation))
		];
		return {
			...eventBasics(event),
			importance: String(event.importance),
			places: event.places.map((id) => places.get(id) ?? id).join('\n'),
			status: provenance.status,
			quotes: provenance.quotes.map((q) => q.text).join('\n'),
			sources: [...new Set(sources)].join('\n'),
			correction: provenance.correction ? formatContext(provenance.correction) : ''
		};
	}
}

function neutraliseRow(row: CsvRow): CsvRow {
	return Object.fromEntries(
		Object.entries(row).map(([key, value]) => [key, neutraliseCell(value)])
	) as CsvRow;
}

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP advises: it then shows as the text it is.
 */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV with a header row: fields with commas, quotes or newlines quoted, quotes doubled. */
export function storyCsv(story: Story): string {
	return `${csvFormat(csvRows(story), [...CSV_COLUMNS])}\n`;
}
