import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, validateStory, type DataError } from './validate.ts';

const SOURCE = 'Kim left Pyongyang on Sunday. The two leaders met in 2019.';
const FILE = 'data/stories/demo.json';

function baseStory() {
	return {
		slug: 'demo',
		title: 'Demo',
		dek: 'A small story.',
		language: 'en',
		timeZone: 'UTC',
		sources: [
			{ id: 'article', title: 'T', publisher: 'P', published: '2023-09-13', text: 'demo.txt' }
		],
		places: [
			{
				id: 'pyongyang',
				name: 'Pyongyang',
				names: { ko: '평양', ru: 'Пхеньян' },
				lat: 39.0194,
				lon: 125.7381,
				kind: 'capital',
				country: 'KP'
			}
		],
		events: [
			{
				id: 'departure',
				title: 'Kim leaves',
				summary: 'He leaves.',
				date: '2023-09-10',
				places: ['pyongyang'],
				category: 'travel',
				importance: 2,
				provenance: { status: 'reported', quotes: [{ text: 'Kim left Pyongyang on Sunday.' }] }
			},
			{
				id: 'summit',
				title: 'They meet',
				summary: 'They meet.',
				date: '2019',
				places: [],
				category: 'summit',
				importance: 3,
				provenance: { status: 'reported', quotes: [{ text: 'The two leaders met in 2019.' }] }
			}
		],
		journeys: [
			{
				id: 'trip',
				title: 'Trip',
				legs: [{ from: 'pyongyang', to: 'pyongyang', mode: 'train', events: ['departure'] }]
			}
		]
	};
}

type Story = ReturnType<typeof baseStory>;

function run(text: string): DataError[] {
	return validateStory({ file: FILE, text, sources: { 'demo.txt': SOURCE } }).errors;
}
const mutate = (f: (s: Story) => void) => {
	const s = baseStory();
	f(s);
	return JSON.stringify(s, null, 2);
};

/** The departure's quote, with "on Sunday" resolved to a date. */
const resolvedAs = (date: string) =>
	mutate((s) => {
		s.events[0]!.provenance.quotes[0] = {
			text: 'Kim left Pyongyang on Sunday.',
			resolves: { phrase: 'on Sunday', date, reasoning: 'the Sunday of the article' }
		} as never;
	});

describe('validateStory', () => {
	it('accepts a valid story and sorts its events by date', () => {
		const result = validateStory({
			file: FILE,
			text: mutate(() => {}),
			sources: { 'demo.txt': SOURCE }
		});
		expect(result.errors).toEqual([]);
		expect(result.story?.events.map((e) => e.id)).toEqual(['summit', 'departure']);
		expect(result.story?.events[0]?.when.precision).toBe('year');
	});

	it.each([
		{
			defect: 'invalid JSON',
			text: '{\n  "slug": "demo",\n  "title": "x"\n  "dek": "y"\n}',
			path: '',
			id: undefined,
			message: /invalid JSON at line 4, column 3/
		},
		{
			defect: 'missing required field',
			text: mutate((s) => delete (s.events[0] as Partial<Story['events'][0]>).title),
			path: 'events[0].title',
			id: 'departure',
			message: /required field "title" is missing/
		},
		{
			defect: 'unknown place id',
			text: mutate((s) => (s.events[0]!.places = ['pyongyan'])),
			path: 'events[0].places[0]',
			id: 'departure',
			message: /unknown place id "pyongyan"/
		},
		{
			defect: 'duplicate event id',
			text: mutate((s) => (s.events[1]!.id = 'departure')),
			path: 'events[1].id',
			id: 'departure',
			message: /duplicate id "departure"/
		},
		{
			defect: 'duplicate place id',
			text: mutate((s) => s.places.push({ ...s.places[0]! })),
			path: 'places[1].id',
			id: 'pyongyang',
			message: /duplicate id/
		},
		{
			defect: 'impossible date',
			text: mutate((s) => (s.events[0]!.date = '2023-02-30')),
			path: 'events[0].date',
			id: 'departure',
			message: /not a valid EDTF date/
		},
		{
			defect: 'malformed date',
			text: mutate((s) => (s.events[0]!.date = 'Sunday')),
			path: 'events[0].date',
			id: 'departure',
			message: /not a valid EDTF date/
		},
		{
			defect: 'span ending before it starts',
			text: mutate((s) => (s.events[0]!.date = '2023-09-19/2023-09-10')),
			path: 'events[0].date',
			id: 'departure',
			message: /ends before it starts/
		},
		{
			defect: 'latitude out of range',
			text: mutate((s) => (s.places[0]!.lat = 125.7)),
			path: 'places[0].lat',
			id: 'pyongyang',
			message: /latitude must be between -90 and 90/
		},
		{
			defect: 'longitude out of range',
			text: mutate((s) => (s.places[0]!.lon = -190)),
			path: 'places[0].lon',
			id: 'pyongyang',
			message: /longitude must be between -180 and 180/
		},
		{
			defect: 'quote not in the source',
			text: mutate(
				(s) => (s.events[0]!.provenance.quotes[0]!.text = 'Kim left Pyongyang on Monday.')
			),
			path: 'events[0].provenance.quotes[0].text',
			id: 'departure',
			message: /quote not found verbatim/
		},
		{
			defect: 'URL that is not http(s)',
			text: mutate((s) => Object.assign(s.sources[0]!, { url: 'javascript:alert(1)' })),
			path: 'sources[0].url',
			id: 'article',
			message: /http/
		},
		{
			defect: 'empty story',
			text: mutate((s) => (s.events = [])),
			path: 'events',
			id: undefined,
			message: /no events/
		},
		{
			defect: 'unknown place in a journey',
			text: mutate((s) => (s.journeys[0]!.legs[0]!.to = 'moscow')),
			path: 'journeys[0].legs[0].to',
			id: 'trip',
			message: /unknown place id "moscow"/
		},
		{
			defect: 'disputed without correction',
			text: mutate((s) => (s.events[0]!.provenance.status = 'disputed')),
			path: 'events[0].provenance.correction',
			id: 'departure',
			message: /needs its correction/
		},
		{
			defect: 'context without citation',
			text: mutate((s) => (s.events[1]!.provenance = { status: 'context', quotes: [] })),
			path: 'events[1].provenance.context',
			id: 'summit',
			message: /cited outside source/
		},
		{
			defect: 'missing source text',
			text: mutate((s) => (s.sources[0]!.text = 'other.txt')),
			path: 'sources[0].text',
			id: 'article',
			message: /not found/
		},
		{
			defect: 'a misspelled key, with the key it meant',
			text: mutate((s) => {
				const e = s.events[0] as Record<string, unknown>;
				e.particpants = e.participants ?? [];
			}),
			path: 'events[0].particpants',
			id: 'departure',
			message: /`particpants`: unknown key; did you mean `participants`\?/
		},
		{
			defect: 'an unknown top-level key',
			text: mutate((s) => ((s as Record<string, unknown>).titel = 'x')),
			path: 'titel',
			id: undefined,
			message: /`titel`: unknown key; did you mean `title`\?/
		},
		{
			defect: 'a time zone IANA does not know (Europe/Valetta)',
			text: mutate((s) => (s.timeZone = 'Europe/Valetta')),
			path: 'timeZone',
			id: undefined,
			message: /not an IANA time zone/
		},
		{
			defect: 'a clock time in an unknown zone',
			text: mutate(
				(s) =>
					((s.events[0] as Record<string, unknown>).time = {
						local: '21:00',
						zone: 'Asia/Pyongyan'
					})
			),
			path: 'events[0].time.zone',
			id: 'departure',
			message: /not an IANA time zone/
		},
		{
			defect: 'a language tag that is not one',
			text: mutate((s) => (s.language = 'english!')),
			path: 'language',
			id: undefined,
			message: /not a BCP 47 language tag/
		},
		{
			defect: 'a citation date that does not exist (2023-02-31)',
			text: mutate((s) => {
				s.events[1]!.provenance = {
					status: 'context',
					context: [{ text: 'x', citation: { publisher: 'TASS', date: '2023-02-31' } }]
				} as never;
			}),
			path: 'events[1].provenance.context[0].citation.date',
			id: 'summit',
			message: /does not exist/
		},
		{
			defect: 'a publication date that does not exist',
			text: mutate((s) => (s.sources[0]!.published = '2023-04-31')),
			path: 'sources[0].published',
			id: 'article',
			message: /does not exist/
		},
		{
			defect: 'a resolved date that is not EDTF',
			text: resolvedAs('2023-02-31'),
			path: 'events[0].provenance.quotes[0].resolves.date',
			id: 'departure',
			message: /not a valid EDTF date/
		},
		{
			defect: 'a resolved date outside its event’s date',
			text: resolvedAs('2023-09-17'),
			path: 'events[0].provenance.quotes[0].resolves.date',
			id: 'departure',
			message: /outside the event's date 2023-09-10/
		},
		{
			defect: 'journey legs that do not join',
			text: mutate((s) => {
				s.places.push({ ...s.places[0]!, id: 'khasan', name: 'Khasan' });
				s.journeys[0]!.legs = [
					{ from: 'pyongyang', to: 'khasan', mode: 'train', events: [] },
					{ from: 'pyongyang', to: 'khasan', mode: 'train', events: [] }
				];
			}),
			path: 'journeys[0].legs[1].from',
			id: 'trip',
			message: /starts at "pyongyang", but leg 1 ended at "khasan"/
		},
		{
			defect: 'a place listed twice in one event',
			text: mutate((s) => (s.events[0]!.places = ['pyongyang', 'pyongyang'])),
			path: 'events[0].places[1]',
			id: 'departure',
			message: /listed twice/
		},
		{
			defect: 'a category the story does not have, with the one it meant',
			text: mutate((s) => (s.events[0]!.category = 'travle')),
			path: 'events[0].category',
			id: 'departure',
			message: /unknown category "travle"; did you mean "travel"\?/
		},
		{
			defect: 'a category declared twice',
			text: mutate(
				(s) =>
					((s as Record<string, unknown>).categories = [
						{ id: 'travel', label: 'Travel' },
						{ id: 'summit', label: 'Summit' },
						{ id: 'travel', label: 'Trips' }
					])
			),
			path: 'categories[2].id',
			id: 'travel',
			message: /duplicate id "travel" \(also categories\[0\]\)/
		},
		{
			defect: 'a clock time on a date that is not one day',
			text: mutate((s) => ((s.events[1] as Record<string, unknown>).time = { local: '12:00' })),
			path: 'events[1].time',
			id: 'summit',
			message: /needs a single day/
		},
		{
			defect: 'a title far too long',
			text: mutate((s) => (s.events[0]!.title = 'x'.repeat(20_000))),
			path: 'events[0].title',
			id: 'departure',
			message: /at most 200 characters/
		},
		{
			defect: 'markup in a tile attribution',
			text: mutate(
				(s) =>
					((s as Record<string, unknown>).tiles = {
						url: 'https://tiles.example/{z}/{x}/{y}.png',
						attribution: '<img src=x onerror="window.__xss=1">'
					})
			),
			path: 'tiles.attribution',
			id: undefined,
			message: /markup that is not allowed: <img src=x onerror/
		},
		{
			defect: 'a byte-order mark',
			text: `\uFEFF${mutate(() => {})}`,
			path: '',
			id: undefined,
			message: /line 1, column 1: the file starts with a byte-order mark/
		},
		{
			defect: 'a comment',
			text: `// draft\n${mutate(() => {})}`,
			path: '',
			id: undefined,
			message: /line 1, column 1: the file starts with a comment/
		},
		{
			defect: 'slug not matching the file name',
			text: mutate((s) => (s.slug = 'other')),
			path: 'slug',
			id: undefined,
			message: /does not match the file name/
		}
	])('reports $defect with file, path and id', ({ text, path, id, message }) => {
		const errors = run(text);
		const match = errors.find((e) => e.path === path);
		expect(match, JSON.stringify(errors, null, 2)).toBeDefined();
		expect(match!.file).toBe(FILE);
		expect(match!.id).toBe(id);
		expect(match!.message).toMatch(message);
		expect(match!.hint.length).toBeGreaterThan(10);
	});

	it('takes any story: no names, free kinds, its own categories, clock times', () => {
		const result = validateStory({
			file: FILE,
			sources: { 'demo.txt': SOURCE },
			text: mutate((s) => {
				const place = s.places[0] as Record<string, unknown>;
				delete place.names;
				delete place.country;
				place.kind = 'villa';
				(s as Record<string, unknown>).timeZone = 'Asia/Seoul';
				(s as Record<string, unknown>).categories = [
					{ id: 'travel', label: 'On the move' },
					{ id: 'summit', label: 'Meeting', symbol: 'circle', colour: 'green' }
				];
				(s.events[0] as Record<string, unknown>).time = { local: '21:00', zone: 'Asia/Pyongyang' };
			})
		});
		expect(result.errors).toEqual([]);
		const story = result.story!;
		expect(story.places[0]?.kind).toBe('villa');
		expect(story.categories).toEqual([
			{ id: 'travel', label: 'On the move', symbol: 'star', colour: 'blue' },
			{ id: 'summit', label: 'Meeting', symbol: 'circle', colour: 'green' }
		]);
		// 21:00 in Pyongyang (UTC+9) is 21:00 in Seoul (UTC+9): placed at its instant.
		const departure = story.events.find((e) => e.id === 'departure')!;
		expect(departure.when.precision).toBe('time');
		expect(departure.when.start).toBe(Date.UTC(2023, 8, 10, 21));
		expect(departure.when.offset).toBe(9 * 3_600_000);
	});

	it('reports every problem at once', () => {
		const errors = run(
			mutate((s) => {
				s.events[0]!.date = '2023-02-30';
				s.events[1]!.places = ['nowhere'];
				s.places[0]!.lat = 200;
				delete (s.events[1] as Partial<Story['events'][0]>).summary;
			})
		);
		expect(errors.map((e) => e.path).sort()).toEqual([
			'events[0].date',
			'events[1].places[0]',
			'events[1].summary',
			'places[0].lat'
		]);
	});

	it('formats an error on one line with its hint below', () => {
		const [error] = run(mutate((s) => (s.events[0]!.date = '2023-02-30')));
		expect(formatError(error!)).toMatch(
			/^data\/stories\/demo\.json: events\[0\]\.date, id "departure": .+\n {4}hint: write EDTF/
		);
	});
});

describe('provenance checks', () => {
	it.each([
		{ url: 'https://www.rbc.ru/', where: 'context' },
		{ url: 'https://forumvostok.ru', where: 'context' },
		{ url: 'https://tass.com/', where: 'correction' }
	])('refuses a citation of a home page ($url) with a hint', ({ url, where }) => {
		const errors = run(
			mutate((s) => {
				const citation = { publisher: 'X', url, date: '2023-09-12' };
				const provenance = s.events[0]!.provenance as Record<string, unknown>;
				if (where === 'context') provenance.context = [{ text: 'Said so.', citation }];
				else {
					provenance.status = 'disputed';
					provenance.correction = { text: 'Not so.', citation };
				}
			})
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({
			path: `events[0].provenance.${where === 'context' ? 'context[0]' : 'correction'}.citation.url`,
			id: 'departure',
			message: expect.stringContaining('home page'),
			hint: expect.stringContaining('link the article')
		});
	});

	it('accepts a citation of the report itself', () => {
		const errors = run(
			mutate((s) => {
				(s.events[0]!.provenance as Record<string, unknown>).context = [
					{ text: 'Said so.', citation: { publisher: 'TASS', url: 'https://tass.com/politics/1' } }
				];
			})
		);
		expect(errors).toEqual([]);
	});

	it('names the nearest passage and the changed word when a quote is not verbatim', () => {
		const errors = run(
			mutate((s) => (s.events[1]!.provenance.quotes[0]!.text = 'The two leaders talked in 2019.'))
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.path).toBe('events[1].provenance.quotes[0].text');
		expect(errors[0]!.message).toContain(
			'nearest passage of the source: “The two leaders met in 2019.” (source has “met”, quote has “talked”)'
		);
	});

	it('anchors every quote with W3C selectors', () => {
		const result = validateStory({
			file: FILE,
			text: mutate(() => {}),
			sources: { 'demo.txt': SOURCE }
		});
		const quote = result.story!.events.find((e) => e.id === 'summit')!.provenance.quotes[0]!;
		expect(quote.selector).toEqual([
			{
				type: 'TextQuoteSelector',
				exact: 'The two leaders met in 2019.',
				prefix: 'Kim left Pyongyang on Sunday. ',
				suffix: ''
			},
			{ type: 'TextPositionSelector', start: 30, end: 58 }
		]);
	});

	it('checks voices: their words verbatim, their events known', () => {
		const errors = run(
			mutate((s) => {
				(s as Record<string, unknown>).voices = [
					{
						id: 'kim',
						name: 'Kim',
						role: 'Leader',
						quotes: [{ text: 'Kim left Pyongyang on Monday.' }],
						events: ['departure', 'summitt']
					}
				];
			})
		);
		expect(errors.map((e) => [e.path, e.id])).toEqual([
			['voices[0].quotes[0].text', 'kim'],
			['voices[0].events[1]', 'kim']
		]);
		expect(errors[0]!.message).toContain('“Kim left Pyongyang on Sunday.”');
	});
});

describe('the summit story', () => {
	const text = readFileSync('data/stories/kim-putin-summits.json', 'utf8');
	const article = readFileSync('data/sources/kim-putin-summits.txt', 'utf8');
	const result = validateStory({
		file: 'data/stories/kim-putin-summits.json',
		text,
		sources: { 'kim-putin-summits.txt': article }
	});

	it('is valid', () => {
		expect(result.errors).toEqual([]);
	});

	it('quotes the article verbatim in every event taken from it', () => {
		const events = result.story!.events;
		const quotes = events.flatMap((e) => e.provenance.quotes.map((q) => q.text));
		expect(quotes.length).toBeGreaterThanOrEqual(
			events.filter((e) => e.provenance.status !== 'context').length
		);
		for (const event of events.filter((e) => e.provenance.status !== 'context')) {
			expect(event.provenance.quotes.length, event.id).toBeGreaterThan(0);
		}
		for (const quote of quotes) expect(article).toContain(quote);
	});

	it('cites reports, never a home page', () => {
		const citations = result.story!.events.flatMap((e) => [
			...e.provenance.context.map((c) => c.citation),
			...(e.provenance.correction ? [e.provenance.correction.citation] : [])
		]);
		expect(citations.length).toBeGreaterThanOrEqual(16);
		for (const c of citations)
			if (c.url) expect(new URL(c.url).pathname, c.url).not.toMatch(/^\/?$/);
	});

	it('hears the five voices of the article', () => {
		expect(result.story!.voices?.map((v) => v.name)).toEqual([
			'Leif-Eric Easley',
			'Andreï Lankov',
			'Antoine Bondaz',
			'Anne-Claire Legendre',
			'Dmitri Peskov'
		]);
	});

	it.each([
		{ id: 'summit-2011', date: '2011-08-24', places: ['sosnovy-bor'], status: 'reported' },
		{ id: 'summit-2019', date: '2019-04-25', places: ['fefu', 'vladivostok'], status: 'reported' },
		{ id: 'departure-2023', date: '2023-09-10', places: ['pyongyang'], status: 'reported' },
		{ id: 'arrival-khasan-2023', date: '2023-09-12', places: ['khasan'], status: 'reported' },
		{ id: 'summit-2023', date: '2023-09-13', places: ['vostochny'], status: 'reported' },
		{ id: 'forum-claim-2023', date: '2023-09-10/2023-09-13', places: ['fefu'], status: 'disputed' },
		{
			id: 'komsomolsk-2023',
			date: '2023-09-15',
			places: ['komsomolsk-on-amur'],
			status: 'context'
		},
		{ id: 'return-2023', date: '2023-09-19', places: ['pyongyang'], status: 'context' },
		{ id: 'icc-warrant-2023', date: '2023-03-17', places: [], status: 'context' },
		{ id: 'peskov-warnings-2023', date: '2023-09-12', places: [], status: 'reported' }
	])('has $id on $date', ({ id, date, places, status }) => {
		const event = result.story!.events.find((e) => e.id === id);
		expect(event?.date).toBe(date);
		expect(event?.places).toEqual(places);
		expect(event?.provenance.status).toBe(status);
	});
});
