import { describe, expect, it } from 'vitest';
import { anchorQuote, describeDifference, nearestPassage, utf16Range } from './anchor.ts';

const SOURCE = 'Kim left Pyongyang on Sunday. The two leaders met in 2019. Kim left again.';

describe('anchorQuote', () => {
	it.each([
		{
			quote: 'The two leaders met in 2019.',
			expected: {
				prefix: 'Kim left Pyongyang on Sunday. ',
				suffix: ' Kim left again.',
				start: 30,
				end: 58
			}
		},
		{
			quote: 'Kim left Pyongyang',
			expected: { prefix: '', suffix: ' on Sunday. The two leaders met ', start: 0, end: 18 }
		}
	])('anchors “$quote” with its context and position', ({ quote, expected }) => {
		const [text, position] = anchorQuote(SOURCE, quote)!;
		expect(text).toEqual({
			type: 'TextQuoteSelector',
			exact: quote,
			prefix: expected.prefix,
			suffix: expected.suffix
		});
		expect(position).toEqual({
			type: 'TextPositionSelector',
			start: expected.start,
			end: expected.end
		});
		expect(SOURCE.slice(position.start, position.end)).toBe(quote);
	});

	it('keeps at most 32 characters either side', () => {
		const long = `${'a'.repeat(50)} quoted words ${'b'.repeat(50)}`;
		const [text] = anchorQuote(long, 'quoted words')!;
		expect(text.prefix).toBe(`${'a'.repeat(31)} `);
		expect(text.suffix).toBe(` ${'b'.repeat(31)}`);
	});

	it('counts positions in code points, as the W3C model asks', () => {
		const source = '𝔸 emoji 😀 then the quote.';
		const [, position] = anchorQuote(source, 'the quote')!;
		expect(position.start).toBe(Array.from('𝔸 emoji 😀 then ').length);
		expect(position.start).toBe(source.indexOf('the quote') - 2);
		const [a, b] = utf16Range(source, position);
		expect(source.slice(a, b)).toBe('the quote');
	});

	it('returns null for words the source does not hold', () => {
		expect(anchorQuote(SOURCE, 'The two leaders met in 2018.')).toBeNull();
	});
});

describe('nearestPassage and describeDifference', () => {
	it.each([
		{
			quote: 'The two leaders talked in 2019.',
			passage: 'The two leaders met in 2019.',
			difference: 'source has “met”, quote has “talked”'
		},
		{
			quote: 'Kim left Pyongyang on Monday.',
			passage: 'Kim left Pyongyang on Sunday.',
			difference: 'source has “Sunday”, quote has “Monday”'
		},
		{
			quote: 'leaders met in 2019',
			passage: 'leaders met in 2019.',
			difference: 'source has “.”'
		}
	])('finds “$passage” for “$quote”', ({ quote, passage, difference }) => {
		const found = nearestPassage(SOURCE, quote)!;
		expect(found.text).toBe(passage);
		expect(SOURCE.slice(found.start, found.end)).toBe(passage);
		expect(describeDifference(found.text, quote)).toBe(difference);
	});

	it('says when only spacing differs', () => {
		expect(describeDifference('met in  2019', 'met in 2019')).toMatch(/whitespace/);
	});
});
