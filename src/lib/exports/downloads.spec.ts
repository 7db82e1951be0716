import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { resolveCategories } from '$lib/data/categories';
import { parseWhen } from '$lib/data/dates';
import type { Story, StoryEvent } from '$lib/data/types';
import { summitStory } from '$test/story';
import {
	CSV_COLUMNS,
	csvRows,
	formatCitation,
	isoBounds,
	storyCsv,
	storyGeoJson,
	storyJson
} from './downloads';

function when(edtf: string) {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.when;
}

function event(id: string, date: string, extra: Partial<StoryEvent> = {}): StoryEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: `What happened in ${id}.`,
		date,
		when: when(date),
		places: [],
		participants: [],
		category: 'summit',
		importance: 2,
		provenance: { status: 'reported', quotes: [], context: [] },
		...extra
	};
}

/** A tiny story whose texts need CSV quoting: commas, double quotes, newlines. */
function tinyStory(events: StoryEvent[]): Story {
	return {
		$schema: '../../static/schema/story.schema.json',
		slug: 'tiny',
		title: 'Tiny',
		dek: 'A story for tests.',
		language: 'en',
		timeZone: 'UTC',
		categories: resolveCategories(undefined),
		sources: [
			{
				id: 'article',
				title: 'The article',
				publisher: 'Daily, Ltd',
				published: '2023-09-13',
				text: 'tiny.txt'
			}
		],
		places: [
			{
				id: 'north',
				name: 'North "Pole"',
				names: { ko: '북극', ru: 'Северный полюс' },
				lat: 90,
				lon: 0,
				kind: 'city',
				country: 'NO'
			},
			{
				id: 'east',
				name: 'Far East, Date Line',
				names: { ko: '동쪽', ru: 'Восток' },
				lat: -16.5,
				lon: 179.9,
				kind: 'city',
				country: 'FJ'
			}
		],
		events,
		journeys: [],
		extent: [events[0]!.when.start, events.at(-1)!.when.end]
	};
}

describe('isoBounds', () => {
	it.each([
		{ edtf: '2011-08-24', expected: { start: '2011-08-24', end: '2011-08-24' } },
		{ edtf: '2019-04', expected: { start: '2019-04-01', end: '2019-04-30' } },
		{ edtf: '2011', expected: { start: '2011-01-01', end: '2011-12-31' } },
		{ edtf: '2023-09-10/2023-09-19', expected: { start: '2023-09-10', end: '2023-09-19' } },
		{ edtf: '2011-08~', expected: { start: '2011-08-01', end: '2011-08-31' } },
		{
			edtf: '2023-09-13T13:09:00Z',
			expected: { start: '2023-09-13T13:09:00.000Z', end: '2023-09-13T13:09:00.000Z' }
		}
	])('$edtf', ({ edtf, expected }) => {
		expect(isoBounds(when(edtf))).toEqual(expected);
	});
});

describe('formatCitation', () => {
	it.each([
		{ citation: { publisher: 'TASS' }, expected: 'TASS' },
		{
			citation: { publisher: 'TASS', date: '2023-09-12', url: 'https://tass.com/x' },
			expected: 'TASS, 2023-09-12, https://tass.com/x'
		},
		{
			citation: { publisher: 'Reuters', title: 'Kim arrives', date: '2023-09-12' },
			expected: 'Reuters, “Kim arrives”, 2023-09-12'
		}
	])('$expected', ({ citation, expected }) => {
		expect(formatCitation(citation)).toBe(expected);
	});
});

describe('storyJson', () => {
	it('is the validated story without the editor-only $schema, and survives JSON', () => {
		const story = summitStory();
		const json = storyJson(story);
		expect(json).not.toHaveProperty('$schema');
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
		expect(json.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
		expect(json.events[0]!.when.precision).toBe('day');
	});
});

describe('storyGeoJson', () => {
	const quote = { text: 'He said, "yes".' };
	const correction = { text: 'It was no.', citation: { publisher: 'TASS' } };
	const story = tinyStory([
		event('a', '2011-08-24', { places: ['north', 'east'] }),
		event('b', '2019-04', { places: [] }),
		event('c', '2023-09-10/2023-09-19', {
			places: ['east'],
			provenance: { status: 'disputed', quotes: [quote], context: [], correction }
		})
	]);
	const geo = storyGeoJson(story);

	it.each([
		{ id: 'a@north', coordinates: [0, 90], place: 'North "Pole"', status: 'reported' },
		{ id: 'a@east', coordinates: [179.9, -16.5], place: 'Far East, Date Line', status: 'reported' },
		{ id: 'c@east', coordinates: [179.9, -16.5], place: 'Far East, Date Line', status: 'disputed' }
	])('$id is a Point at [lon, lat]', ({ id, coordinates, place, status }) => {
		const feature = geo.features.find((f) => f.id === id);
		expect(feature?.geometry).toEqual({ type: 'Point', coordinates });
		expect(feature?.properties.placeName).toBe(place);
		expect(feature?.properties.status).toBe(status);
	});

	it('has one feature per event per place, none for events without a place', () => {
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features.map((f) => f.id)).toEqual(['a@north', 'a@east', 'c@east']);
	});

	it('keeps the date and the provenance in the properties', () => {
		const c = geo.features.find((f) => f.id === 'c@east')!.properties;
		expect(c).toMatchObject({
			id: 'c',
			date: '2023-09-10/2023-09-19',
			start: '2023-09-10',
			end: '2023-09-19',
			precision: 'day',
			quotes: [quote],
			correction
		});
		expect(geo.features[0]!.properties.correction).toBeNull();
	});

	it('places every summit-story point in range', () => {
		for (const f of storyGeoJson(summitStory()).features) {
			const [lon, lat] = f.geometry.coordinates;
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
		}
	});
});

describe('storyCsv', () => {
	const story = tinyStory([
		event('a', '2011-08-24', {
			title: 'Talks, at last',
			places: ['north', 'east'],
			provenance: {
				status: 'reported',
				quotes: [{ text: 'He said, "yes".' }, { text: 'Then he left.' }],
				context: [
					{
						text: 'Confirmed.',
						citation: { publisher: 'TASS', date: '2011-08-25', url: 'https://tass.com/a' }
					}
				]
			}
		}),
		event('b', '2019-04', {
			provenance: {
				status: 'disputed',
				quotes: [],
				context: [],
				correction: { text: 'It was May.', citation: { publisher: 'Reuters' } }
			}
		}),
		event('c', '2023-09-10/2023-09-19', {
			provenance: { status: 'context', quotes: [], context: [] }
		})
	]);
	const parsed = csvParse(storyCsv(story));

	it('round-trips through csvParse: header, one row per event', () => {
		expect(parsed.columns).toEqual([...CSV_COLUMNS]);
		expect(parsed).toHaveLength(3);
		expect([...parsed]).toEqual(csvRows(story));
	});

	it.each([
		{ id: 'a', column: 'title', expected: 'Talks, at last' },
		{ id: 'a', column: 'places', expected: 'North "Pole"\nFar East, Date Line' },
		{ id: 'a', column: 'quotes', expected: 'He said, "yes".\nThen he left.' },
		{
			id: 'a',
			column: 'sources',
			expected: 'Daily, Ltd, “The article”, 2023-09-13\nTASS, 2011-08-25, https://tass.com/a'
		},
		{ id: 'a', column: 'importance', expected: '2' },
		{ id: 'b', column: 'start', expected: '2019-04-01' },
		{ id: 'b', column: 'end', expected: '2019-04-30' },
		{ id: 'b', column: 'precision', expected: 'month' },
		{ id: 'b', column: 'status', expected: 'disputed' },
		{ id: 'b', column: 'correction', expected: 'It was May. (Reuters)' },
		{ id: 'b', column: 'sources', expected: '' },
		{ id: 'c', column: 'date', expected: '2023-09-10/2023-09-19' },
		{ id: 'c', column: 'status', expected: 'context' }
	] as const)('$id.$column', ({ id, column, expected }) => {
		expect(parsed.find((row) => row.id === id)?.[column]).toBe(expected);
	});

	it('has a row for each summit-story event, with the disputed forum claim corrected', () => {
		const rows = csvParse(storyCsv(summitStory()));
		expect(rows).toHaveLength(15);
		const forum = rows.find((r) => r.id === 'forum-claim-2023')!;
		expect(forum.status).toBe('disputed');
		expect(forum.correction).toContain('Eastern Economic Forum');
		expect(forum.correction).toContain('https://forumvostok.ru/en/news/');
	});
});

describe('CSV injection', () => {
	it.each([
		{ text: '=HYPERLINK("http://x","y")', cell: '\'=HYPERLINK("http://x","y")' },
		{ text: '+1 555 0100', cell: "'+1 555 0100" },
		{ text: '-2+3', cell: "'-2+3" },
		{ text: '@SUM(A1)', cell: "'@SUM(A1)" },
		{ text: '\tcmd', cell: "'\tcmd" },
		{ text: 'Summit = talks', cell: 'Summit = talks' }
	])('a title $text reaches the spreadsheet as text', ({ text, cell }) => {
		const story = tinyStory([event('a', '2011-08-24', { title: text })]);
		const [row] = csvParse(storyCsv(story));
		expect(row!.title).toBe(cell);
	});
});
