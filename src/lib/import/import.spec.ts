import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../data/validate.ts';
import { rowsFromCsv } from './csv.ts';
import { buildStory, plainText, reportUrl } from './story.ts';
import { edtfOf, rowsFromTimelineJs } from './timelinejs.ts';

const meta = { slug: 'imported', published: '2024-01-15', format: 'CSV' };
const check = (imported: ReturnType<typeof buildStory>) =>
	validateStory({
		file: `${imported.story.slug}.json`,
		text: JSON.stringify(imported.story),
		sources: { [`${imported.story.slug}.txt`]: imported.source }
	}).errors;

describe('edtfOf: TimelineJS date → EDTF at its precision', () => {
	it.each([
		{ input: { year: 1998 }, expected: { date: '1998' } },
		{ input: { year: '2001', month: '3' }, expected: { date: '2001-03' } },
		{
			input: { year: 2004, month: 6, day: 12, hour: 10, minute: 30 },
			expected: { date: '2004-06-12', time: '10:30' }
		},
		{ input: { year: 'soon' }, expected: null }
	])('$input → $expected', ({ input, expected }) =>
		expect(edtfOf(input as unknown as Parameters<typeof edtfOf>[0])).toEqual(expected)
	);
});

describe('plainText and reportUrl', () => {
	it.each([
		{ html: '<p>One <b>bold</b> &amp; two</p>', expected: 'One bold & two' },
		{ html: '<img src=x onerror=alert(1)>Caption', expected: 'Caption' },
		{ html: 'A&#8217;s &#x2014; b', expected: 'A’s — b' }
	])('$html → $expected', ({ html, expected }) => expect(plainText(html)).toBe(expected));

	it.each([
		{
			url: 'https://example.org/2019/04/25/summit',
			expected: 'https://example.org/2019/04/25/summit'
		},
		{ url: 'https://www.example.org/', expected: undefined },
		{ url: 'https://www.example.org', expected: undefined },
		{ url: 'javascript:alert(1)', expected: undefined },
		{ url: 'not a url', expected: undefined }
	])('$url → $expected', ({ url, expected }) => expect(reportUrl(url)).toBe(expected));
});

describe('import: TimelineJS JSON', () => {
	it('the three-slide fixture gives the committed story, which passes the checks', () => {
		const parsed = rowsFromTimelineJs(
			JSON.parse(readFileSync('tests/fixtures/imports/three-slides.json', 'utf8'))
		);
		const imported = buildStory(parsed.rows, {
			slug: 'imported-timeline',
			title: parsed.title,
			dek: parsed.dek,
			published: '2024-01-15',
			publisher: 'Event Atlas test fixtures',
			format: 'TimelineJS JSON'
		});
		expect(check(imported)).toEqual([]);
		const committed = JSON.parse(
			readFileSync('tests/fixtures/stories/imported-timeline.json', 'utf8')
		);
		expect({ ...imported.story, $schema: committed.$schema }).toEqual(committed);
		expect(imported.source).toBe(
			readFileSync('tests/fixtures/sources/imported-timeline.txt', 'utf8')
		);
		expect(imported.story.events.map((e) => e.date)).toEqual([
			'1998',
			'2001-03/2004-06',
			'2004-06-12'
		]);
	});

	it('refuses a file that is not a timeline', () => {
		expect(() => rowsFromTimelineJs({ slides: [] })).toThrow(/no "events" list/);
	});
});

describe('import: CSV', () => {
	it('reads a plain table with places, categories and cited reports', () => {
		const csv = [
			'date,title,summary,place,lat,lon,category,source_url',
			'2019-04-25,First summit,"Putin and Kim meet, for the first time.",Vladivostok,43.1333,131.9,Summit,https://example.org/2019/04/25/summit',
			'2011-08-24,Summit near Ulan-Ude,,Ulan-Ude,51.8333,107.6,Summit,https://example.org/',
			',No date here,,,,,,'
		].join('\n');
		const { rows, format } = rowsFromCsv(csv);
		const imported = buildStory(rows, { ...meta, format });
		expect(check(imported)).toEqual([]);
		expect(imported.skipped).toEqual(['row 3: no date']);
		const [first, second] = imported.story.events;
		expect(first!.places).toEqual(['vladivostok']);
		expect(first!.provenance.context![0]!.citation.url).toBe(
			'https://example.org/2019/04/25/summit'
		);
		// A home page cites nothing: the row keeps its quote, and gets no citation.
		expect(second!.provenance.context).toEqual([]);
		expect(imported.story.categories).toEqual([{ id: 'summit', label: 'Summit' }]);
		expect(imported.story.places.map((p) => [p.name, p.lat, p.lon])).toEqual([
			['Vladivostok', 43.1333, 131.9],
			['Ulan-Ude', 51.8333, 107.6]
		]);
	});

	it('reads the TimelineJS Google-Sheets template, leaving out its title row', () => {
		const csv = [
			'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
			',,,,,,,,,The bridge,A timeline,,,,,title,,',
			'1998,,,,,,,,,Council votes,<p>For a bridge.</p>,,,,,,Decisions,',
			'2001,3,,,2004,6,,,,Building,Three years.,,,,,,Works,',
			'2004,6,12,10:30,,,,,,Opening,Ribbon cut.,,,,,,Works,'
		].join('\n');
		const { rows, format } = rowsFromCsv(csv);
		expect(format).toBe('a TimelineJS spreadsheet');
		expect(rows.map((r) => [r.date, r.time, r.title, r.summary, r.category])).toEqual([
			['1998', undefined, 'Council votes', 'For a bridge.', 'Decisions'],
			['2001-03/2004-06', undefined, 'Building', 'Three years.', 'Works'],
			['2004-06-12', '10:30', 'Opening', 'Ribbon cut.', 'Works']
		]);
		expect(check(buildStory(rows, { ...meta, format }))).toEqual([]);
	});
});
