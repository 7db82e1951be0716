import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant-text';

describe('parseInstant', () => {
	it.each([
		{ text: '2019-04-25', expected: Date.UTC(2019, 3, 25) },
		{ text: '2019-04-25T06:00Z', expected: Date.UTC(2019, 3, 25, 6) },
		{ text: '2019-04-25T06:00:30Z', expected: Date.UTC(2019, 3, 25, 6, 0, 30) },
		{ text: '2019-04-25T06:00:30.250Z', expected: Date.UTC(2019, 3, 25, 6, 0, 30, 250) },
		{ text: '2019-04-25T15:00:00+09:00', expected: Date.UTC(2019, 3, 25, 6) },
		{ text: '2019-04-25T15:00+09:00', expected: Date.UTC(2019, 3, 25, 6) },
		{ text: '2019-04-25T02:30:00.5-03:30', expected: Date.UTC(2019, 3, 25, 6, 0, 0, 500) },
		{ text: '2019-04-25T06:00:00+24:00', expected: null },
		{ text: '2019-04-25T06:00:60Z', expected: null },
		{ text: '2024-02-29', expected: Date.UTC(2024, 1, 29) },
		{ text: '2023-02-29', expected: null },
		{ text: '2023-02-30', expected: null },
		{ text: '2019-13-01', expected: null },
		{ text: '2019-04-25T24:00Z', expected: null },
		{ text: '2019-04-25T06:00', expected: null }, // local time: whose?
		{ text: '2019-04', expected: null },
		{ text: '25/04/2019', expected: null },
		{ text: ' 2019-04-25', expected: null },
		{ text: '', expected: null },
		{ text: 1556150400000, expected: null },
		{ text: null, expected: null }
	])('$text', ({ text, expected }) => {
		expect(parseInstant(text)).toBe(expected);
	});
});

describe('formatInstant', () => {
	it.each([
		{ ms: Date.UTC(2019, 3, 25), expected: '2019-04-25' },
		{ ms: Date.UTC(2019, 3, 25, 6, 30), expected: '2019-04-25T06:30Z' },
		{ ms: Date.UTC(2019, 3, 25, 6, 30, 15), expected: '2019-04-25T06:30:15Z' },
		{ ms: Date.UTC(2019, 3, 25, 6, 30, 15, 20), expected: '2019-04-25T06:30:15.020Z' }
	])('$expected', ({ ms, expected }) => {
		expect(formatInstant(ms)).toBe(expected);
		expect(parseInstant(expected)).toBe(ms);
	});
});
