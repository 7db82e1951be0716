import { describe, expect, it } from 'vitest';
import { pageOf, pageRange } from './paging';

describe('pageOf', () => {
	it.each([
		{ index: -1, expected: 0 },
		{ index: 0, expected: 0 },
		{ index: 49, expected: 0 },
		{ index: 50, expected: 1 },
		{ index: 4999, expected: 99 }
	])('event $index is on page $expected', ({ index, expected }) => {
		expect(pageOf(index)).toBe(expected);
	});
});

describe('pageRange', () => {
	it.each([
		{ page: 0, total: 15, expected: { page: 0, from: 0, to: 15 } },
		{ page: 0, total: 0, expected: { page: 0, from: 0, to: 0 } },
		{ page: 1, total: 120, expected: { page: 1, from: 50, to: 100 } },
		{ page: 2, total: 120, expected: { page: 2, from: 100, to: 120 } },
		// A page past the end (the filters shrank the list) shows the last one.
		{ page: 9, total: 120, expected: { page: 2, from: 100, to: 120 } },
		{ page: -3, total: 120, expected: { page: 0, from: 0, to: 50 } }
	])('page $page of $total events', ({ page, total, expected }) => {
		expect(pageRange(page, total)).toEqual(expected);
	});
});
