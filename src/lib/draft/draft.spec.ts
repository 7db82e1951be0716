import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../data/categories.ts';
import { MAX } from '../data/schema.ts';
import { DEFAULT_CATEGORY_IDS, LIMITS, draftStory, draftTitle, guessCategory } from './draft.ts';
import { Gazetteer } from './gazetteer.ts';
import { resolvePhrases } from './resolve.ts';

describe('draft.ts keeps the schema’s limits and categories', () => {
	it('has the same limits and default categories as the schema', () => {
		expect(LIMITS).toEqual({
			title: MAX.title,
			dek: MAX.dek,
			summary: MAX.summary,
			quote: MAX.quote
		});
		expect(DEFAULT_CATEGORY_IDS).toEqual(DEFAULT_CATEGORIES.map((c) => c.id));
	});
});

describe('draftTitle', () => {
	it.each([
		{
			sentence: 'The leader left the capital Pyongyang on Sunday and reached Russia yesterday.',
			phrase: 'on Sunday',
			expected: 'The leader left the capital Pyongyang'
		},
		{
			sentence: 'Four years after his last official visit, Kim is back.',
			phrase: 'Four years after',
			expected: 'His last official visit'
		},
		{ sentence: 'Today.', phrase: 'Today', expected: 'Today' }
	])('$sentence → $expected', ({ sentence, phrase, expected }) => {
		const resolved = resolvePhrases(sentence, { published: '2023-09-13' }).find(
			(r) => r.phrase === phrase
		)!;
		expect(draftTitle(sentence, resolved)).toBe(expected);
	});
});

describe('guessCategory', () => {
	it.each([
		{
			sentence: 'The two leaders met for talks.',
			categories: DEFAULT_CATEGORY_IDS,
			expected: 'summit'
		},
		{ sentence: 'The train left Pyongyang.', categories: DEFAULT_CATEGORY_IDS, expected: 'travel' },
		{
			sentence: 'The court issued a warrant.',
			categories: DEFAULT_CATEGORY_IDS,
			expected: 'legal'
		},
		{ sentence: 'The band played.', categories: ['concert', 'tour'], expected: 'concert' }
	])('$sentence → $expected', ({ sentence, categories, expected }) =>
		expect(guessCategory(sentence, categories)).toBe(expected)
	);
});

describe('draftStory', () => {
	const gazetteer = new Gazetteer([
		{ name: 'Lisbon', lat: 38.7167, lon: -9.1333, country: 'PT', population: 518, kind: 'capital' }
	]);
	const meta = {
		slug: 'lisbon-night',
		title: 'A night',
		publisher: 'Test',
		published: '2024-04-26'
	};

	it('skips a dateline and quotes each dated sentence verbatim', () => {
		const article =
			'2024-04-26 10:00\r\nThe crowd gathered in Lisbon at 21:30 on Wednesday. Nothing else happened.';
		const { story, source, notes } = draftStory(article, meta, { gazetteer });
		expect(source).toBe(
			'2024-04-26 10:00\nThe crowd gathered in Lisbon at 21:30 on Wednesday. Nothing else happened.\n'
		);
		expect(story.events).toHaveLength(1);
		const [event] = story.events;
		expect(event!.date).toBe('2024-04-24');
		expect(event!.time?.local).toBe('21:30');
		expect(event!.places).toEqual(['lisbon']);
		expect(source).toContain(event!.provenance.quotes![0]!.text);
		const note = notes[event!.id]!;
		expect(source.slice(note.phraseStart, note.phraseEnd)).toBe('at 21:30 on Wednesday');
	});

	it('drafts nothing from a text without dates, and says so by an empty list', () => {
		expect(draftStory('No dates here. None at all.', meta, { gazetteer }).story.events).toEqual([]);
	});
});
