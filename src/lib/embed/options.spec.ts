import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseEmbedOptions } from './options';

describe('parseEmbedOptions', () => {
	it.each([
		{ query: '', expected: DEFAULT_OPTIONS, warnings: 0 },
		{
			query: 'view=timeline&theme=dark&tiles=on&controls=minimal&scale=proportional',
			expected: {
				view: 'timeline',
				theme: 'dark',
				tiles: true,
				controls: 'minimal',
				scale: 'proportional'
			},
			warnings: 0
		},
		{
			query: 'view=map&tiles=off',
			expected: { ...DEFAULT_OPTIONS, view: 'map', tiles: false },
			warnings: 0
		},
		{ query: 'view=globe', expected: DEFAULT_OPTIONS, warnings: 1 },
		{
			query: 'theme=sepia&controls=none&tiles=maybe&scale=log',
			expected: DEFAULT_OPTIONS,
			warnings: 4
		},
		{ query: 'event=summit-2019&from=2019-01-01', expected: DEFAULT_OPTIONS, warnings: 0 }
	])('?$query', ({ query, expected, warnings }) => {
		const result = parseEmbedOptions(new URLSearchParams(query));
		expect(result.options).toEqual(expected);
		expect(result.warnings).toHaveLength(warnings);
	});
});
