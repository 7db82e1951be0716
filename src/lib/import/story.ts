/**
 * Rows from another tool (TimelineJS, a spreadsheet) → a story file and its source text.
 *
 * Provenance for rows that come with no article: the imported rows themselves become the
 * story's source (data/sources/<slug>.txt), one line per row ("date — headline. text"), and
 * each event quotes its own line, so the quote check holds and a reader sees where the event
 * came from. A row's source URL (when it names a report, not a site's home page) is added as
 * cited context.
 */
import type { StoryFile, StoryFileEvent } from '../data/schema.ts';

export interface ImportRow {
	/** EDTF: 2019-04-25, 2019-04, 2019, or a span a/b. */
	date: string;
	time?: string;
	title: string;
	summary?: string;
	category?: string;
	place?: { name: string; lat: number; lon: number };
	sourceUrl?: string;
}

export interface ImportMeta {
	slug: string;
	title?: string;
	dek?: string;
	/** yyyy-mm-dd: when the imported timeline was published (the import day by default). */
	published: string;
	publisher?: string;
	/** What the rows came from, for the source's title: "TimelineJS JSON", "CSV". */
	format: string;
	timeZone?: string;
}

export interface Imported {
	story: StoryFile;
	source: string;
	/** Rows left out, each with why. */
	skipped: string[];
}

export function slug(text: string, max = 60): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, max)
			.replace(/-+$/, '') || 'item'
	);
}

/** HTML from a TimelineJS slide as plain text: tags dropped, common entities decoded. */
export function plainText(html: string): string {
	const entities: Record<string, string> = {
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: ' '
	};
	return html
		.replace(/<br\s*\/?>|<\/p>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (all, name: string) =>
			name.startsWith('#x')
				? String.fromCodePoint(parseInt(name.slice(2), 16))
				: name.startsWith('#')
					? String.fromCodePoint(Number(name.slice(1)))
					: (entities[name.toLowerCase()] ?? all)
		)
		.replace(/\s+/g, ' ')
		.trim();
}

/** A URL that names a report: http(s), with a path beyond "/" (a home page cites nothing). */
export function reportUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const u = new URL(url.trim());
		return /^https?:$/.test(u.protocol) && u.pathname.replace(/\/+$/, '') !== ''
			? u.href
			: undefined;
	} catch {
		return undefined;
	}
}

const clip = (text: string, max: number) =>
	text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function buildStory(rows: ImportRow[], meta: ImportMeta): Imported {
	const skipped: string[] = [];
	const lines: string[] = [];
	const events: StoryFileEvent[] = [];
	const places = new Map<string, StoryFile['places'][number]>();
	const categories = new Map<string, string>();
	const ids = new Set<string>();
	const title = meta.title?.trim() || meta.slug;
	lines.push(`${title} (imported from ${meta.format})`, '');

	rows.forEach((row, i) => {
		const headline = clip(row.title.trim(), 200);
		if (!headline || !row.date.trim()) {
			skipped.push(`row ${i + 1}: ${!headline ? 'no headline' : 'no date'}`);
			return;
		}
		const summary = clip(row.summary?.trim() || headline, 2000);
		const line = `${row.date} — ${headline}.${row.summary?.trim() ? ` ${summary}` : ''}`;
		lines.push(line);
		const category = slug(row.category?.trim() || 'event', 40);
		if (!categories.has(category)) categories.set(category, row.category?.trim() || 'Event');
		let id = slug(`${headline} ${row.date.slice(0, 4)}`, 60);
		for (let n = 2; ids.has(id); n++) id = `${slug(headline, 54)}-${n}`;
		ids.add(id);
		const placeIds: string[] = [];
		if (
			row.place &&
			Number.isFinite(row.place.lat) &&
			Number.isFinite(row.place.lon) &&
			row.place.name.trim()
		) {
			const pid = slug(row.place.name, 60);
			places.set(pid, {
				id: pid,
				name: row.place.name.trim(),
				lat: row.place.lat,
				lon: row.place.lon,
				kind: 'place'
			});
			placeIds.push(pid);
		}
		const url = reportUrl(row.sourceUrl);
		events.push({
			id,
			title: headline,
			summary,
			date: row.date.trim(),
			...(row.time ? { time: { local: row.time, approximate: false } } : {}),
			places: placeIds,
			participants: [],
			category,
			importance: 2,
			provenance: {
				status: 'reported',
				quotes: [{ text: line }],
				context: url
					? [
							{
								text: 'The imported row cites this report.',
								citation: { publisher: new URL(url).hostname.replace(/^www\./, ''), url }
							}
						]
					: []
			}
		});
	});

	const story: StoryFile = {
		$schema: '../../static/schema/story.schema.json',
		slug: meta.slug,
		title: clip(title, 200),
		dek: clip(meta.dek?.trim() || `Imported from ${meta.format}.`, 400),
		language: 'en',
		timeZone: meta.timeZone ?? 'UTC',
		sources: [
			{
				id: 'import',
				title: clip(`${title} (imported from ${meta.format})`, 200),
				publisher: meta.publisher ?? 'Imported timeline',
				published: meta.published,
				text: `${meta.slug}.txt`
			}
		],
		categories: [...categories].map(([id, label]) => ({ id, label: clip(label, 60) })),
		places: [...places.values()],
		events,
		journeys: []
	};
	return { story, source: lines.join('\n') + '\n', skipped };
}
