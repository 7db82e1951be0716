import { describe, expect, it } from 'vitest';
import { embedHeight, GRAPHIC } from './graphic';
import { DEFAULT_OPTIONS } from './options';
import { parseEmbedOptions } from './parse';

describe('parseEmbedOptions', () => {
	it.each([
		{ query: '', expected: DEFAULT_OPTIONS, warnings: 0 },
		{
			query: 'view=timeline&theme=dark&tiles=on&controls=minimal&scale=proportional',
			expected: {
				...DEFAULT_OPTIONS,
				view: 'timeline',
				theme: 'dark',
				tiles: true,
				controls: 'minimal',
				scale: 'proportional'
			},
			warnings: 0
		},
		{
			query: 'view=map&layout=stack',
			expected: { ...DEFAULT_OPTIONS, view: 'map', layout: 'stack' },
			warnings: 0
		},
		{ query: 'layout=grid', expected: DEFAULT_OPTIONS, warnings: 1 },
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

describe('embedHeight', () => {
	it("is the graphic views' fixed height, the full explorer's fallback", () => {
		const { padding, gap, caption, header } = GRAPHIC;
		expect(embedHeight({ view: 'map' })).toBe(
			2 * padding + GRAPHIC.map + 2 * gap + caption + header
		);
		expect(embedHeight({ view: 'timeline' })).toBe(
			2 * padding + GRAPHIC.timeline + 2 * gap + caption + header
		);
		// Fits a sticky graphic on a 768 px tall phone with room to spare.
		expect(embedHeight({ view: 'map' })).toBeLessThan(640);
		expect(embedHeight({ view: 'both' })).toBe(600);
		expect(embedHeight({ view: 'both' }, 900)).toBe(900);
	});
});
