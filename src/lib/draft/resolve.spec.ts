import { describe, expect, it } from 'vitest';
import { resolvePhrases } from './resolve.ts';
import type { Tense } from './tense.ts';

// Wednesday 13 September 2023, the seed article's day; the rows also cross a year's end.
const cases: {
	sentence: string;
	published: string;
	tense?: Tense;
	phrase: string;
	expected: string;
	time?: string;
}[] = [
	// Past tense: the weekday on or before publication, not chrono's closest one.
	{
		sentence: 'He left the capital on Sunday.',
		published: '2023-09-13',
		phrase: 'on Sunday',
		expected: '2023-09-10'
	},
	{
		sentence: 'On Friday he met the minister.',
		published: '2023-09-13',
		phrase: 'On Friday',
		expected: '2023-09-08'
	},
	{
		sentence: 'They signed the deal on Wednesday.',
		published: '2023-09-13',
		phrase: 'on Wednesday',
		expected: '2023-09-13'
	},
	{
		sentence: 'The ship sailed on Saturday.',
		published: '2024-01-02',
		phrase: 'on Saturday',
		expected: '2023-12-30'
	},
	// Future tense: the weekday on or after.
	{
		sentence: 'He will meet her on Friday.',
		published: '2023-09-13',
		phrase: 'on Friday',
		expected: '2023-09-15'
	},
	{
		sentence: 'Talks are due to open on Monday.',
		published: '2023-09-13',
		phrase: 'on Monday',
		expected: '2023-09-18'
	},
	// The tense can be forced (an editor's choice).
	{
		sentence: 'Talks on Friday.',
		published: '2023-09-13',
		tense: 'past',
		phrase: 'on Friday',
		expected: '2023-09-08'
	},
	{
		sentence: 'Talks on Friday.',
		published: '2023-09-13',
		tense: 'future',
		phrase: 'on Friday',
		expected: '2023-09-15'
	},
	// Casual days, and "yesterday" joined with its weekday.
	{
		sentence: 'He spoke with Putin today.',
		published: '2023-09-13',
		phrase: 'today',
		expected: '2023-09-13'
	},
	{
		sentence: 'It reached Russia yesterday Tuesday.',
		published: '2023-09-13',
		phrase: 'yesterday Tuesday',
		expected: '2023-09-12'
	},
	{
		sentence: 'The vote is tomorrow.',
		published: '2023-12-31',
		phrase: 'tomorrow',
		expected: '2024-01-01'
	},
	// A year stays a year; a month stays a month.
	{
		sentence: 'The two leaders already met in 2019.',
		published: '2023-09-13',
		phrase: 'in 2019',
		expected: '2019'
	},
	{
		sentence: 'The summit took place in 2011, near Ulan-Ude.',
		published: '2023-09-13',
		phrase: 'in 2011',
		expected: '2011'
	},
	{
		sentence: 'They met last year.',
		published: '2023-09-13',
		phrase: 'last year',
		expected: '2022'
	},
	{
		sentence: 'They met last year in March.',
		published: '2023-09-13',
		phrase: 'last year in March',
		expected: '2022-03'
	},
	{
		sentence: 'In November the talks stalled.',
		published: '2023-09-13',
		phrase: 'November',
		expected: '2022-11'
	},
	{
		sentence: 'The talks will resume in March.',
		published: '2023-09-13',
		phrase: 'March',
		expected: '2024-03'
	},
	{
		sentence: 'Exports fell in August 2021.',
		published: '2023-09-13',
		phrase: 'August 2021',
		expected: '2021-08'
	},
	// "four years after …": the earlier thing was four years before the story's present.
	{
		sentence: 'Four years after his last official visit, Kim is back in Russia.',
		published: '2023-09-13',
		phrase: 'Four years after',
		expected: '2019'
	},
	{
		sentence: 'Two days ago the army left.',
		published: '2023-09-13',
		phrase: 'Two days ago',
		expected: '2023-09-11'
	},
	// Dates in full, with a clock time.
	{
		sentence: 'She landed at 21:30 on 5 May 1987.',
		published: '2023-09-13',
		phrase: 'at 21:30 on 5 May 1987',
		expected: '1987-05-05',
		time: '21:30'
	}
];

describe('resolvePhrases: phrase, publication date, tense → EDTF', () => {
	it.each(cases)(
		'$sentence ($published) → $expected',
		({ sentence, published, tense, phrase, expected, time }) => {
			const found = resolvePhrases(sentence, { published, tense });
			const hit = found.find((r) => r.phrase === phrase);
			expect(hit, JSON.stringify(found)).toBeDefined();
			expect(hit!.date).toBe(expected);
			expect(hit!.time).toBe(time);
			expect(sentence.slice(hit!.index, hit!.index + phrase.length)).toBe(phrase);
			expect(hit!.reasoning).toContain(phrase.split(' ')[0]);
		}
	);

	it('flags a weekday that disagrees with "yesterday"', () => {
		const [hit] = resolvePhrases('They talked yesterday Monday.', { published: '2023-09-13' });
		expect(hit!.date).toBe('2023-09-12');
		expect(hit!.confidence).toBeLessThan(0.5);
		expect(hit!.reasoning).toMatch(/Tuesday, not a Monday/);
	});

	it('finds nothing in a sentence without a time', () => {
		expect(
			resolvePhrases('Moscow would like to acquire shells.', { published: '2023-09-13' })
		).toEqual([]);
	});
});

describe('resolvePhrases: what is not a date', () => {
	it.each([
		'The two leaders sat down at Höfði House.',
		'It met the cabinet that afternoon.',
		'Eleven months later the talks resumed.',
		'They may meet again.',
		'Talks lasted for two days.'
	])('%s → nothing', (sentence) => {
		expect(resolvePhrases(sentence, { published: '2023-09-13' })).toEqual([]);
	});
});

describe('resolvePhrases: a date without a year in a sentence that gives one', () => {
	it('takes the year said before it', () => {
		const found = resolvePhrases(
			'Reagan arrived in Moscow on 29 May 1988 and stayed until 2 June.',
			{ published: '1989-12-04' }
		);
		expect(found.map((r) => [r.phrase, r.date])).toEqual([
			['on 29 May 1988', '1988-05-29'],
			['2 June', '1988-06-02']
		]);
		expect(found[1]!.reasoning).toContain('“on 29 May 1988” earlier in the sentence');
	});
});
