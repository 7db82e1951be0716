import { describe, expect, it } from 'vitest';
import { linkSearch, parseLink } from './url';

const ids = { events: new Set(['summit-2019', 'summit-2023']) };
const d = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('parseLink', () => {
	it.each([
		{ query: '', expected: { event: null, window: null, notices: 0 } },
		{ query: 'event=summit-2019', expected: { event: 'summit-2019', window: null, notices: 0 } },
		{ query: 'event=no-such-id', expected: { event: null, window: null, notices: 1 } },
		{
			query: 'from=2019-01-01&to=2019-12-31',
			expected: { event: null, window: [d('2019-01-01'), d('2019-12-31')], notices: 0 }
		},
		{
			query: 'from=2023-09-12T06:00Z&to=2023-09-13T18:30Z',
			expected: {
				event: null,
				window: [Date.parse('2023-09-12T06:00Z'), Date.parse('2023-09-13T18:30Z')],
				notices: 0
			}
		},
		{
			query: 'from=2023-09-12T06:00:00%2B09:00&to=2023-09-14T00:00:00%2B09:00',
			expected: {
				event: null,
				window: [Date.UTC(2023, 8, 11, 21), Date.UTC(2023, 8, 13, 15)],
				notices: 0
			}
		},
		{
			query: 'from=2023-09-12T06:00:30.5Z&to=2023-09-12T07:00:00-03:30',
			expected: {
				event: null,
				window: [Date.UTC(2023, 8, 12, 6, 0, 30, 500), Date.UTC(2023, 8, 12, 10, 30)],
				notices: 0
			}
		},
		{
			query: 'event=summit-2019&event=summit-2023',
			expected: { event: 'summit-2019', window: null, notices: 1 }
		},
		{
			query: 'from=2023-09-12T06:00&to=2023-09-13',
			expected: { event: null, window: null, notices: 1 }
		},
		{ query: 'from=2019-12-31&to=2019-01-01', expected: { event: null, window: null, notices: 1 } },
		{ query: 'from=2023-02-30&to=2023-03-05', expected: { event: null, window: null, notices: 1 } },
		{ query: 'from=yesterday', expected: { event: null, window: null, notices: 1 } },
		{ query: 'event=bad&from=x&to=y', expected: { event: null, window: null, notices: 2 } }
	])('?$query', ({ query, expected }) => {
		const parsed = parseLink(new URLSearchParams(query), ids);
		expect(parsed.event).toBe(expected.event);
		expect(parsed.window).toEqual(expected.window);
		expect(parsed.notices).toHaveLength(expected.notices);
	});
});

describe('filters in links', () => {
	const vocabulary = {
		...ids,
		categories: new Set(['summit', 'travel']),
		places: new Set(['vladivostok', 'pyongyang'])
	};
	it.each([
		{ query: 'cat=summit,travel', categories: ['summit', 'travel'], places: [], q: '', notices: 0 },
		{
			query: 'place=vladivostok&q=forum',
			categories: [],
			places: ['vladivostok'],
			q: 'forum',
			notices: 0
		},
		{
			query: 'cat=summit,parade&place=moscow',
			categories: ['summit'],
			places: [],
			q: '',
			notices: 2
		},
		{
			query: `q=${'a'.repeat(250)}`,
			categories: [],
			places: [],
			q: 'a'.repeat(200),
			notices: 1
		}
	])('?$query', ({ query, categories, places, q, notices }) => {
		const parsed = parseLink(new URLSearchParams(query), vocabulary);
		expect(parsed.categories).toEqual(categories);
		expect(parsed.places).toEqual(places);
		expect(parsed.query).toBe(q);
		expect(parsed.notices).toHaveLength(notices);
	});

	it('writes filters and reads them back', () => {
		const state = {
			event: null,
			window: null,
			categories: ['summit'],
			places: ['pyongyang'],
			query: 'train'
		};
		expect(linkSearch(state)).toBe('?cat=summit&place=pyongyang&q=train');
		const parsed = parseLink(new URLSearchParams(linkSearch(state)), vocabulary);
		expect([parsed.categories, parsed.places, parsed.query]).toEqual([
			['summit'],
			['pyongyang'],
			'train'
		]);
	});

	it('keeps "to scale" in the link and reports a scale it does not know', () => {
		const search = linkSearch({ event: null, window: null, proportional: true });
		expect(search).toBe('?scale=proportional');
		expect(parseLink(new URLSearchParams(search), vocabulary).proportional).toBe(true);
		expect(parseLink(new URLSearchParams(''), vocabulary).proportional).toBe(false);
		const bad = parseLink(new URLSearchParams('scale=log'), vocabulary);
		expect(bad.proportional).toBe(false);
		expect(bad.notices.join(' ')).toMatch(/scale “log”/);
	});
});

describe('linkSearch', () => {
	it.each([
		{ state: { event: null, window: null }, base: '', expected: '' },
		{ state: { event: 'summit-2019', window: null }, base: '', expected: '?event=summit-2019' },
		{
			state: { event: null, window: [d('2019-01-01'), d('2020-01-01')] as [number, number] },
			base: '',
			expected: '?from=2019-01-01&to=2020-01-01'
		},
		{
			state: { event: 'summit-2023', window: null },
			base: 'view=map&event=old&from=2011-01-01',
			expected: '?view=map&event=summit-2023'
		}
	])('$expected', ({ state, base, expected }) => {
		expect(linkSearch(state, new URLSearchParams(base))).toBe(expected);
	});

	it('rounds windows of days to whole days', () => {
		const window: [number, number] = [
			Date.parse('2023-08-03T02:33Z'),
			Date.parse('2023-09-14T20:36Z')
		];
		expect(linkSearch({ event: null, window })).toBe('?from=2023-08-03&to=2023-09-15');
	});

	it('round-trips through parseLink', () => {
		const state = {
			event: 'summit-2019',
			window: [Date.parse('2023-09-12T06:00Z'), d('2023-09-14')] as [number, number]
		};
		const parsed = parseLink(new URLSearchParams(linkSearch(state)), ids);
		expect({ event: parsed.event, window: parsed.window }).toEqual(state);
	});
});

describe('the status filter in links', () => {
	const vocabulary = { ...ids, statuses: new Set(['reported', 'disputed', 'context']) };
	it.each([
		{ query: 'status=disputed', statuses: ['disputed'], notices: 0 },
		{ query: 'status=reported,context', statuses: ['reported', 'context'], notices: 0 },
		{ query: 'status=disputed,wrong', statuses: ['disputed'], notices: 1 }
	])('reads $query', ({ query, statuses, notices }) => {
		const link = parseLink(new URLSearchParams(query), vocabulary);
		expect(link.statuses).toEqual(statuses);
		expect(link.notices).toHaveLength(notices);
	});

	it('writes the statuses and reads them back', () => {
		const search = linkSearch({ event: null, window: null, statuses: ['disputed'] });
		expect(search).toBe('?status=disputed');
		expect(parseLink(new URLSearchParams(search), vocabulary).statuses).toEqual(['disputed']);
	});
});
