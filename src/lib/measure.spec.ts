import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, truncate } from './measure';

const REGULAR = { size: 12 };
const BOLD = { size: 12, weight: 700 };
/** Titles as stories have them: accents, dashes, curly quotes, CJK, an emoji, odd spaces. */
const letters = fc.constantFrom(
	...'aAmWi Ké ñü–—…“”,.()19中文\u00a0\t'.split(''),
	'😀',
	'Kim ',
	'Jong-un '
);
const titles = fc.array(letters, { maxLength: 30 }).map((parts) => parts.join(''));

describe('textWidth (house font table)', () => {
	it('measures a label as the sum of its letters, accents as their base letter', () => {
		expect(textWidth('Kim', REGULAR)).toBeCloseTo(
			textWidth('K', REGULAR) + textWidth('i', REGULAR) + textWidth('m', REGULAR)
		);
		expect(textWidth('é', REGULAR)).toBe(textWidth('e', REGULAR));
		expect(textWidth('W', BOLD)).toBeGreaterThan(textWidth('W', REGULAR));
	});

	it('counts a character outside the basic plane once, as a full em', () => {
		expect(textWidth('😀', REGULAR)).toBe(12);
		expect(textWidth('中', REGULAR)).toBe(12);
	});
});

describe('truncate', () => {
	it('keeps the longest start of the title that fits before an ellipsis', () => {
		fc.assert(
			fc.property(
				titles,
				fc.double({ min: 0, max: 300, noNaN: true }),
				fc.boolean(),
				(t, max, b) => {
					const style = b ? BOLD : REGULAR;
					const cut = truncate(t, max, style);
					if (textWidth(t, style) <= max) {
						expect(cut).toBe(t);
						return;
					}
					if (cut === '') {
						// Not even four code units fit.
						const four = `${t.slice(0, 4).trimEnd()}…`;
						expect(textWidth(four, style) > max || t.length < 4).toBe(true);
						return;
					}
					expect(cut.endsWith('…')).toBe(true);
					expect(textWidth(cut, style)).toBeLessThanOrEqual(max);
					const kept = cut.length - 1;
					// One more code unit (past any spaces the cut dropped) would not fit.
					let next = kept;
					while (next < t.length && t.slice(0, next + 1).trimEnd().length === kept) next++;
					if (next < t.length)
						expect(textWidth(`${t.slice(0, next + 1).trimEnd()}…`, style)).toBeGreaterThan(max);
				}
			),
			{ numRuns: 3000 }
		);
	});
});
