import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdtf, parseWhen } from './dates.ts';
import { formatExtent, formatWhen, formatWhenLong, formatZone } from './format.ts';

const utc = (s: string) => Date.parse(s);

describe('parseWhen', () => {
	it.each([
		{
			edtf: '2011-08-24',
			start: '2011-08-24T00:00:00Z',
			end: '2011-08-24T23:59:59.999Z',
			precision: 'day',
			span: false,
			approximate: false,
			uncertain: false
		},
		{
			edtf: '2019-04',
			start: '2019-04-01T00:00:00Z',
			end: '2019-04-30T23:59:59.999Z',
			precision: 'month',
			span: false,
			approximate: false,
			uncertain: false
		},
		{
			edtf: '2011',
			start: '2011-01-01T00:00:00Z',
			end: '2011-12-31T23:59:59.999Z',
			precision: 'year',
			span: false,
			approximate: false,
			uncertain: false
		},
		{
			edtf: '2011-08~',
			start: '2011-08-01T00:00:00Z',
			end: '2011-08-31T23:59:59.999Z',
			precision: 'month',
			span: false,
			approximate: true,
			uncertain: false
		},
		{
			edtf: '2023-09-13?',
			start: '2023-09-13T00:00:00Z',
			end: '2023-09-13T23:59:59.999Z',
			precision: 'day',
			span: false,
			approximate: false,
			uncertain: true
		},
		{
			edtf: '2023-09-10/2023-09-19',
			start: '2023-09-10T00:00:00Z',
			end: '2023-09-19T23:59:59.999Z',
			precision: 'day',
			span: true,
			approximate: false,
			uncertain: false
		}
	])('$edtf', ({ edtf, start, end, ...rest }) => {
		const result = parseWhen(edtf);
		expect(result).toEqual({ ok: true, when: { edtf, start: utc(start), end: utc(end), ...rest } });
	});

	it.each([
		{ edtf: '2023-02-30', reason: /not a valid EDTF date/ },
		{ edtf: '2023-13', reason: /not a valid EDTF date/ },
		{ edtf: '24 Aug 2011', reason: /not a valid EDTF date/ },
		{ edtf: '2023-09-19/2023-09-10', reason: /ends before it starts/ }
	])('rejects $edtf', ({ edtf, reason }) => {
		const result = parseWhen(edtf);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});
});

describe('parseWhen reads plain days without the grammar, as the grammar would', () => {
	const day = fc
		.record({
			y: fc.integer({ min: 990, max: 2100 }),
			m: fc.integer({ min: 0, max: 13 }),
			d: fc.integer({ min: 0, max: 32 })
		})
		.map(
			({ y, m, d }) =>
				`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
		);
	it('for days, valid or not', () => {
		fc.assert(
			fc.property(day, (text) => {
				expect(parseWhen(text)).toEqual(parseEdtf(text));
			})
		);
	});
	it('for spans of days, in order or not', () => {
		fc.assert(
			fc.property(day, day, (a, b) => {
				expect(parseWhen(`${a}/${b}`)).toEqual(parseEdtf(`${a}/${b}`));
			})
		);
	});
	it.each([
		'2024-02-29',
		'2023-02-29',
		'2019-04-25/2019-04-25',
		'2019-04-26/2019-04-25',
		'2019-04'
	])('%s', (text) => expect(parseWhen(text)).toEqual(parseEdtf(text)));
});

describe('formatWhen keeps the precision of the source', () => {
	const when = (edtf: string) => {
		const r = parseWhen(edtf);
		if (!r.ok) throw new Error(r.reason);
		return r.when;
	};
	it.each([
		{ edtf: '2011', short: '2011', long: '2011' },
		{ edtf: '2019-04', short: 'Apr 2019', long: 'April 2019' },
		{ edtf: '2011-08-24', short: '24 Aug 2011', long: '24 August 2011' },
		{ edtf: '2011-08~', short: 'c. Aug 2011', long: 'around August 2011' },
		{ edtf: '2023-09-13?', short: '13 Sep 2023?', long: '13 September 2023 (uncertain)' },
		{ edtf: '2023-09-10/2023-09-19', short: '10–19 Sep 2023', long: '10–19 September 2023' },
		{
			edtf: '2023-08-30/2023-09-02',
			short: '30 Aug – 2 Sep 2023',
			long: '30 August – 2 September 2023'
		},
		{ edtf: '2019/2023', short: '2019–2023', long: '2019–2023' }
	])('$edtf → $short', ({ edtf, short, long }) => {
		expect(formatWhen(when(edtf))).toBe(short);
		expect(formatWhenLong(when(edtf))).toBe(long);
	});

	it.each([
		{
			extent: [utc('2011-08-23T00:00:00Z'), utc('2023-09-19T23:59:59Z')] as [number, number],
			expected: '2011–2023'
		},
		{
			extent: [utc('2023-09-10T00:00:00Z'), utc('2023-09-19T23:59:59Z')] as [number, number],
			expected: '2023'
		}
	])('extent $expected', ({ extent, expected }) => {
		expect(formatExtent(extent)).toBe(expected);
	});
});

describe('formatZone names a zone as a reader would', () => {
	it.each([
		{ zone: 'Asia/Vladivostok', expected: 'Vladivostok' },
		{ zone: 'America/Argentina/Buenos_Aires', expected: 'Buenos Aires' },
		{ zone: 'America/Port_of_Spain', expected: 'Port of Spain' },
		{ zone: 'UTC', expected: 'UTC' }
	])('$zone → $expected', ({ zone, expected }) => {
		expect(formatZone(zone)).toBe(expected);
	});
});

describe('EDTF level 1 dates read at their precision', () => {
	const when = (text: string) => {
		const parsed = parseWhen(text);
		if (!parsed.ok) throw new Error(parsed.reason);
		return parsed.when;
	};
	it.each([
		['2011-08~', 'c. Aug 2011', 'around August 2011'],
		['2023-09-13?', '13 Sep 2023?', '13 September 2023 (uncertain)'],
		['2011-08-24%', 'c. 24 Aug 2011?', 'around 24 August 2011 (uncertain)'],
		['2011/2013', '2011–2013', '2011–2013'],
		['2011-08/2012-03', 'Aug 2011 – Mar 2012', 'August 2011 – March 2012'],
		['201X', '2010s', '2010s'],
		['19XX', '1900s', '1900s'],
		['2019-XX', '2019', '2019']
	])('%s → "%s" ("%s")', (text, short, long) => {
		expect(formatWhen(when(text))).toBe(short);
		expect(formatWhenLong(when(text))).toBe(long);
	});

	it('unspecified digits cover the span they denote', () => {
		const w = when('201X');
		expect(new Date(w.start).toISOString().slice(0, 10)).toBe('2010-01-01');
		expect(new Date(w.end).toISOString().slice(0, 10)).toBe('2019-12-31');
	});
});
