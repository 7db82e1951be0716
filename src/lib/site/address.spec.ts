import { describe, expect, it } from 'vitest';
import { siteAddress } from './address.server';

describe('SITE_ORIGIN', () => {
	it.each([
		{ value: undefined, expected: null },
		{ value: '', expected: null },
		{ value: 'https://news.example', expected: 'https://news.example/' },
		{ value: 'https://news.example/', expected: 'https://news.example/' },
		{
			value: 'https://news.example/graphics/atlas',
			expected: 'https://news.example/graphics/atlas/'
		},
		{
			value: 'https://news.example/graphics/atlas//',
			expected: 'https://news.example/graphics/atlas/'
		}
	])('$value → $expected', ({ value, expected }) => {
		expect(siteAddress(value)).toBe(expected);
	});

	it.each(['news.example', 'ftp://news.example', 'https://news.example/?x=1'])(
		'refuses %s with a hint',
		(value) => {
			expect(() => siteAddress(value)).toThrow(
				/SITE_ORIGIN=https:\/\/news\.example\/graphics\/atlas/
			);
		}
	);
});
