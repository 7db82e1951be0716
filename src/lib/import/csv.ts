/**
 * Spreadsheet rows → import rows. Two shapes: TimelineJS's Google-Sheets template (Year,
 * Month, Day, Time, End Year, …, Headline, Text, Group) and a plain table with columns such
 * as date, title, summary, place, lat, lon, category, source_url (names matched loosely).
 */
import { csvParse } from 'd3';
import { edtfOf } from './timelinejs.ts';
import { plainText, type ImportRow } from './story.ts';

const key = (name: string) =>
	name
		.trim()
		.toLowerCase()
		.replace(/[^a-z]+/g, ' ')
		.trim();

export function rowsFromCsv(text: string): { rows: ImportRow[]; format: string } {
	const table = csvParse(text.replace(/^\uFEFF/, ''));
	const columns = new Map(table.columns.map((c) => [key(c), c]));
	const get = (row: Record<string, string | undefined>, ...names: string[]) => {
		for (const n of names) {
			const column = columns.get(n);
			if (column && row[column]?.trim()) return row[column]!.trim();
		}
		return '';
	};
	if (columns.has('year') && columns.has('headline')) {
		const rows = table
			// The template's title slide (Type "title") is the timeline's title, not an event.
			.filter((r) => get(r, 'type').toLowerCase() !== 'title')
			.map((r): ImportRow => {
				const time = /^(\d{1,2}):(\d{2})/.exec(get(r, 'time'));
				const start = edtfOf({
					year: Number(get(r, 'year')),
					...(get(r, 'month') ? { month: Number(get(r, 'month')) } : {}),
					...(get(r, 'day') ? { day: Number(get(r, 'day')) } : {}),
					...(time ? { hour: Number(time[1]), minute: Number(time[2]) } : {})
				});
				const end = get(r, 'end year')
					? edtfOf({
							year: Number(get(r, 'end year')),
							...(get(r, 'end month') ? { month: Number(get(r, 'end month')) } : {}),
							...(get(r, 'end day') ? { day: Number(get(r, 'end day')) } : {})
						})
					: null;
				return {
					date: start
						? end && end.date !== start.date
							? `${start.date}/${end.date}`
							: start.date
						: '',
					...(start?.time && !end ? { time: start.time } : {}),
					title: plainText(get(r, 'headline')),
					summary: plainText(get(r, 'text')),
					category: get(r, 'group') || undefined
				};
			});
		return { rows, format: 'a TimelineJS spreadsheet' };
	}
	const rows = table.map((r): ImportRow => {
		const lat = Number(get(r, 'lat', 'latitude'));
		const lon = Number(get(r, 'lon', 'lng', 'long', 'longitude'));
		const place = get(r, 'place', 'location');
		return {
			date: get(r, 'date', 'start date', 'when'),
			title: get(r, 'title', 'headline', 'event'),
			summary: get(r, 'summary', 'text', 'description'),
			category: get(r, 'category', 'group', 'type') || undefined,
			...(place && get(r, 'lat', 'latitude') && get(r, 'lon', 'lng', 'long', 'longitude')
				? { place: { name: place, lat, lon } }
				: {}),
			sourceUrl: get(r, 'source url', 'source', 'url', 'link') || undefined
		};
	});
	return { rows, format: 'CSV' };
}
