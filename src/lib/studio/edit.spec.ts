import { describe, expect, it } from 'vitest';
import type { StoryFile, StoryFileEvent } from '../data/schema.ts';
import { assemble, fieldFor, itemsFromStory, mergeEvents, spanOf } from './edit.ts';

const event = (id: string, date: string, quote: string, places: string[] = []): StoryFileEvent => ({
	id,
	title: id,
	summary: quote,
	date,
	places,
	participants: [],
	category: 'travel',
	importance: 2,
	provenance: { status: 'reported', quotes: [{ text: quote }], context: [] }
});

describe('spanOf', () => {
	it.each([
		{ a: '2023-09-10', b: '2023-09-12', expected: '2023-09-10/2023-09-12' },
		{ a: '2023-09-12', b: '2023-09-10', expected: '2023-09-10/2023-09-12' },
		{ a: '2019', b: '2019', expected: '2019' },
		{ a: '2011', b: '2023-09-10/2023-09-13', expected: '2011/2023-09-13' }
	])('$a + $b → $expected', ({ a, b, expected }) => expect(spanOf(a, b)).toBe(expected));
});

describe('mergeEvents', () => {
	it('keeps both quotes and places, and spans both dates', () => {
		const merged = mergeEvents(
			event('a', '2023-09-10', 'One.', ['x']),
			event('b', '2023-09-12', 'Two.', ['x', 'y'])
		);
		expect(merged.id).toBe('a');
		expect(merged.date).toBe('2023-09-10/2023-09-12');
		expect(merged.places).toEqual(['x', 'y']);
		expect(merged.provenance.quotes!.map((q) => q.text)).toEqual(['One.', 'Two.']);
	});
});

describe('fieldFor', () => {
	it.each([
		{ path: 'title', id: undefined, expected: 'studio-title' },
		{ path: 'sources[0].url', id: 'article', expected: 'studio-url' },
		{ path: 'events[2].title', id: 'left', expected: 'ev-left-title' },
		{
			path: 'events[0].provenance.context[1].citation.url',
			id: 'x',
			expected: 'ev-x-context-1-url'
		},
		{ path: 'events[0].provenance.correction', id: 'x', expected: 'ev-x-correction-text' },
		{ path: 'events[0].provenance.quotes[0].text', id: 'x', expected: 'ev-x' },
		{ path: 'places[3].lat', id: 'suva', expected: 'place-suva' }
	])('$path → $expected', ({ path, id, expected }) =>
		expect(fieldFor({ file: 'f', path, id, message: '', hint: '' })).toBe(expected)
	);
});

describe('assemble and itemsFromStory', () => {
	const article = 'He left on Sunday. He came back.';
	const base = {
		slug: 's',
		events: [event('a', '2023-09-10', 'He left on Sunday.'), event('b', '2023-09-11', 'Not there.')]
	} as unknown as StoryFile;

	it('leaves rejected events out, keeps the rest in order', () => {
		const items = itemsFromStory(base, article);
		items[0]!.decision = 'rejected';
		expect(assemble(base, items).events.map((e) => e.id)).toEqual(['b']);
	});

	it('finds an opened event’s quote in the article', () => {
		const [found, missing] = itemsFromStory(base, article);
		expect(found!.note).toMatchObject({ start: 0, end: 18 });
		expect(missing!.note).toBeUndefined();
	});
});
