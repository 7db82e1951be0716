import { describe, expect, it } from 'vitest';
import type { DraftItem } from './edit.ts';
import { segments } from './segments.ts';

const item = (
	id: string,
	start: number,
	end: number,
	decision: DraftItem['decision'] = 'pending'
) =>
	({
		event: { id },
		note: { start, end, phraseStart: start, phraseEnd: start, confidence: 1, reasoning: '' },
		decision
	}) as unknown as DraftItem;

describe('segments', () => {
	it.each([
		{ name: 'no events', items: [], expected: [{ text: 'A. B. C.' }] },
		{
			name: 'one sentence',
			items: [item('b', 3, 5)],
			expected: [{ text: 'A. ' }, { text: 'B.', id: 'b', rejected: false }, { text: ' C.' }]
		},
		{
			name: 'two events of one sentence, marked once',
			items: [item('x', 0, 2), item('y', 0, 2, 'rejected')],
			expected: [{ text: 'A.', id: 'x', rejected: false }, { text: ' B. C.' }]
		}
	])('$name', ({ items, expected }) => {
		const parts = segments('A. B. C.', items);
		expect(parts).toEqual(expected);
		expect(parts.map((p) => p.text).join('')).toBe('A. B. C.');
	});
});
