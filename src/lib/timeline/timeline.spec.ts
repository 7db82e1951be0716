import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { monoWidth } from '$test/monospace';
import { setTextMeasure, textWidth, type TextStyle } from '$lib/measure';
import { binCounts, detailFor, MARK_LIMIT } from './density';
import { item } from '$test/timeline';
import { indexItems, itemsIn, lowerBound } from './items';
import { layoutMarks, type PlacedMark } from './layout';
import { axisTicks, type Tick } from './ticks';
import { focusWindows } from './gaps';
import { clampWindow, DAY, fullDomain, MIN_WINDOW, transformFor, windowFor } from './view';

// Text is measured in a known monospaced font, so expected widths need no code under test.
vi.hoisted(async () => (await import('$test/monospace')).installMonospaceCanvas());

/** Tick labels (12 px, centred on their tick) neither touch nor run off either end. */
function ticksFit(ticks: Tick[], width: number): boolean {
	const spans = ticks.map((tick) => {
		const centre = (tick.x / 100) * width;
		const half = monoWidth(tick.label, 12) / 2;
		return [centre - half, centre + half] as const;
	});
	return spans.every(
		([left, right], i) => left >= 0 && right <= width && (i === 0 || left > spans[i - 1]![1])
	);
}

const t = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const linear = (window: [number, number], width: number) => (x: number) =>
	((x - window[0]) / (window[1] - window[0])) * width;

describe('axis ticks adapt from years to hours', () => {
	it('measures in the stand-in font (else the expectations below mean nothing)', () => {
		expect(textWidth('Sep', { size: 12 })).toBe(monoWidth('Sep', 12));
	});

	it.each([
		{
			from: '2011-01-01',
			to: '2024-01-01',
			width: 1200,
			level: 'year',
			first: '2012',
			context: ''
		},
		{
			from: '2019-01-01',
			to: '2019-12-31',
			width: 1200,
			level: 'month',
			first: 'Feb',
			context: '2019'
		},
		{
			from: '2023-09-08',
			to: '2023-09-21',
			width: 1200,
			level: 'day',
			first: '9 Sep',
			context: '2023'
		},
		{
			from: '2023-09-13T00:00Z',
			to: '2023-09-13T23:00Z',
			width: 1200,
			level: 'hour',
			first: '01:00',
			context: '13 Sep 2023'
		},
		{
			from: '2023-09-08',
			to: '2023-09-21',
			width: 320,
			level: 'day',
			first: '10 Sep',
			context: '2023'
		}
	])(
		'$from → $to at $width px: $level ticks (a label at the very edge is left out)',
		({ from, to, width, level, first, context }) => {
			const axis = axisTicks([t(from), t(to)], width);
			expect(axis.level).toBe(level);
			expect(axis.ticks[0]?.label).toBe(first);
			expect(axis.context).toBe(context);
			expect(ticksFit(axis.ticks, width)).toBe(true);
			expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
		}
	);

	it.each([320, 390, 640, 1280, 1920])(
		'labels never overlap or run off the ends at %i px',
		(width) => {
			for (const [from, to] of [
				['2010-07-01', '2024-06-01'],
				['2023-01-01', '2023-12-31'],
				['2023-09-01', '2023-09-30'],
				['2023-09-12T00:00Z', '2023-09-14T00:00Z']
			] as const) {
				const axis = axisTicks([t(from), t(to)], width);
				expect(ticksFit(axis.ticks, width)).toBe(true);
				for (const tick of axis.ticks) {
					expect(tick.x).toBeGreaterThanOrEqual(0);
					expect(tick.x).toBeLessThanOrEqual(100);
				}
			}
		}
	);
});

/** Pairs in one lane where a label meets another label or another mark (with its bar). */
function collisions(marks: PlacedMark[]): string[] {
	const span = (m: PlacedMark): [number, number] | null => {
		if (!m.label) return null;
		const w = monoWidth(m.label, 12);
		return m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
	};
	const box = (m: PlacedMark): [number, number] => [
		Math.min(m.cx - m.r, m.bar?.x0 ?? Infinity),
		Math.max(m.cx + m.r, m.bar?.x1 ?? -Infinity)
	];
	const meet = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
	const found: string[] = [];
	for (const m of marks)
		for (const n of marks) {
			const l = span(m);
			if (m === n || m.lane !== n.lane || !l) continue;
			const other = span(n);
			if (meet(l, box(n)) || (other && meet(l, other))) found.push(`${m.item.id} × ${n.item.id}`);
		}
	return found;
}

describe('lanes', () => {
	const window: [number, number] = [t('2023-09-08'), t('2023-09-21')];
	const options = { x: linear(window, 1000), width: 1000, lanes: 3 };

	it.each([
		{
			name: 'far-apart events share the first lane, with full labels',
			items: [item('a', '2023-09-09'), item('b', '2023-09-18')],
			lanes: [0, 0],
			labels: ['Event a', 'Event b']
		},
		{
			name: 'events on the same day go to separate lanes',
			items: [item('a', '2023-09-13'), item('b', '2023-09-13'), item('c', '2023-09-13')],
			lanes: [0, 1, 2],
			labels: ['Event a', 'Event b', 'Event c']
		},
		{
			name: 'when all lanes are taken, the earlier label is cut short, never overlapped',
			items: [
				item('z', '2023-09-12'),
				item('a', '2023-09-13', { title: 'A very long title that runs on for a while' }),
				item('b', '2023-09-13', { title: 'Another long title that also runs on' }),
				item('c', '2023-09-13', { title: 'A third long title' }),
				item('d', '2023-09-14')
			],
			lanes: [0, 1, 2, 0, 0],
			labels: [
				'Event z',
				'A very long title that runs on for a while',
				'Another long title that also runs on',
				'cut',
				'Event d'
			]
		},
		{
			name: 'a label that gave way moves to its mark’s other side, where it has room',
			items: [item('a', '2023-09-13', { title: 'A third long title' }), item('d', '2023-09-14')],
			lanes: [0, 0],
			labels: ['A third long title', 'Event d']
		},
		{
			name: 'a disputed claim says so in its label',
			items: [
				item('a', '2023-09-10', { provenance: { status: 'disputed', quotes: [], context: [] } })
			],
			lanes: [0],
			labels: ['Event a (disputed)']
		}
	])('$name', ({ items, lanes, labels }) => {
		const marks = layoutMarks(items, { ...options, lanes: Math.max(...lanes) + 1 });
		expect(marks.map((m) => m.lane)).toEqual(lanes);
		labels.forEach((label, i) => {
			if (label === null) return;
			if (label === 'cut') expect(marks[i]!.label).toMatch(/^(A [^…]*…)?$/);
			else expect(marks[i]!.label).toBe(label);
		});
		expect(collisions(marks)).toEqual([]);
	});

	it('keeps marks and labels clear of the axis’s context label', () => {
		const items = [item('a', '2023-09-08T12:00:00Z'), item('b', '2023-09-12')];
		const free = layoutMarks(items, options);
		expect(free.map((m) => m.lane)).toEqual([0, 0]);
		// 'A context' is 65 px wide in the stand-in font: the first lane is held to 73 px.
		const held = layoutMarks(items, { ...options, context: 'A context' });
		// The first mark (at 38 px) moves down a lane; the second's label stays where it was.
		expect(held.map((m) => m.lane)).toEqual([1, 0]);
		expect(held[1]!.label).toBe('Event b');
	});

	it('always shows the selected label in full; the label it covers gives way', () => {
		const items = [
			item('z', '2023-09-12'),
			item('a', '2023-09-13', { title: 'A very long title that runs on for a while' }),
			item('d', '2023-09-14')
		];
		const plain = layoutMarks(items, { ...options, lanes: 1 });
		expect(plain.map((m) => m.lane)).toEqual([0, 0, 0]);
		expect(plain[1]!.truncated).toBe(true);
		expect(plain[2]!.label).toBe('Event d');

		const selected = layoutMarks(items, { ...options, lanes: 1, selectedId: 'a' });
		expect(selected[1]!.label).toBe('A very long title that runs on for a while');
		expect(selected[2]!.label).toBe('');
	});
});

describe('a selected label near the right edge', () => {
	it('moves to the left of its mark rather than run off', () => {
		const window: [number, number] = [t('2023-09-01'), t('2023-09-14')];
		const x = linear(window, 390);
		const [m] = layoutMarks(
			[item('a', '2023-09-13', { title: 'Putin and Kim meet at Vostochny' })],
			{
				x,
				width: 390,
				lanes: 3,
				selectedId: 'a'
			}
		);
		expect(m!.label).toBe('Putin and Kim meet at Vostochny');
		expect(m!.anchor).toBe('end');
		expect(m!.labelX).toBeLessThan(m!.cx);
	});
});

describe('a selected label with room for neither side', () => {
	it('is cut to its room as drawn, in bold', () => {
		// A stand-in font whose bold is a fifth wider, as real bold is wider than regular.
		const wide = (text: string, style: TextStyle) =>
			monoWidth(text, style.size) * ((style.weight ?? 400) >= 600 ? 1.2 : 1);
		setTextMeasure(wide);
		try {
			const window: [number, number] = [t('2023-09-01'), t('2023-09-30')];
			const [m] = layoutMarks(
				[item('a', '2023-09-02', { title: 'A title far too long for a phone-sized timeline' })],
				{ x: linear(window, 200), width: 200, lanes: 2, selectedId: 'a' }
			);
			expect(m!.truncated).toBe(true);
			expect(m!.label).toMatch(/…$/);
			// The label as drawn (bold, being selected) ends within the timeline.
			expect(m!.labelX + wide(m!.label, { size: 12, weight: 700 })).toBeLessThanOrEqual(198);
		} finally {
			setTextMeasure((text, style) => monoWidth(text, style.size));
		}
	});
});

describe('precision is drawn', () => {
	const window: [number, number] = [t('2010-01-01'), t('2024-01-01')];
	const x = linear(window, 1400);
	it.each([
		{ edtf: '2011-08-24', bar: null, imprecise: false },
		{ edtf: '2011', bar: [x(t('2011-01-01')), x(t('2012-01-01'))], imprecise: true },
		{ edtf: '2019-04', bar: null, imprecise: false },
		{ edtf: '2015/2017', bar: [x(t('2015-01-01')), x(t('2018-01-01'))], imprecise: false }
	])('$edtf', ({ edtf, bar, imprecise }) => {
		const [mark] = layoutMarks([item('a', edtf)], { x, width: 1400, lanes: 3 });
		if (bar === null) expect(mark!.bar).toBeNull();
		else {
			expect(mark!.bar!.x0).toBeCloseTo(bar[0]!, 0);
			expect(mark!.bar!.x1).toBeCloseTo(bar[1]!, 0);
			expect(mark!.bar!.imprecise).toBe(imprecise);
		}
	});

	it('a year-precision date covers its year, centred', () => {
		const [mark] = layoutMarks([item('a', '2011')], { x, width: 1400, lanes: 3 });
		expect(mark!.cx).toBeCloseTo((x(t('2011-01-01')) + x(t('2012-01-01'))) / 2, 0);
	});
});

describe('level of detail', () => {
	const many = indexItems(
		Array.from({ length: 5000 }, (_, i) =>
			item(`e${i}`, new Date(t('2011-01-01') + i * DAY).toISOString().slice(0, 10))
		)
	);

	it.each([
		{ visible: 15, expected: 'marks' },
		{ visible: MARK_LIMIT, expected: 'marks' },
		{ visible: MARK_LIMIT + 1, expected: 'density' },
		{ visible: 100_000, expected: 'density' }
	])('$visible events in view → $expected', ({ visible, expected }) => {
		expect(detailFor(visible)).toBe(expected);
	});

	it('bins count every event in the window exactly once', () => {
		const window: [number, number] = [t('2011-01-01'), t('2011-01-01') + 5000 * DAY];
		const counts = binCounts(many, window, 100);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
		expect(counts[0]).toBe(50);
	});

	it.each([
		{ from: '2011-01-01', to: '2011-01-10', count: 10 },
		{ from: '2012-06-01', to: '2012-06-30', count: 30 },
		{ from: '2000-01-01', to: '2001-01-01', count: 0 }
	])('finds the $count events of $from to $to by binary search', ({ from, to, count }) => {
		expect(itemsIn(many, [t(from), t(to)])).toHaveLength(count);
	});

	it('finds a span that starts before the window and ends in it', () => {
		const index = indexItems([item('trip', '2023-09-10/2023-09-19'), item('b', '2023-09-15')]);
		expect(itemsIn(index, [t('2023-09-14'), t('2023-09-16')]).map((i) => i.id)).toEqual([
			'trip',
			'b'
		]);
		expect(lowerBound(index.starts, t('2023-09-11'))).toBe(1);
	});
});

describe('the detail window', () => {
	const domain = fullDomain([t('2011-08-23'), t('2023-09-20')]);

	it.each([
		{ window: [t('2019-04-20'), t('2019-04-30')] as [number, number], width: 1000 },
		{ window: [t('2023-09-12'), t('2023-09-13')] as [number, number], width: 390 },
		{ window: domain, width: 1280 }
	])('round-trips through a zoom transform', ({ window, width }) => {
		const back = windowFor(transformFor(window, domain, width), domain, width);
		expect(back[0]).toBeCloseTo(window[0], -3);
		expect(back[1]).toBeCloseTo(window[1], -3);
	});

	it.each([
		{
			name: 'inside stays as it is',
			window: [t('2019-01-01'), t('2020-01-01')],
			expected: [t('2019-01-01'), t('2020-01-01')]
		},
		{
			name: 'too narrow widens around its centre',
			window: [t('2019-04-25T12:00Z'), t('2019-04-25T12:30Z')],
			expected: [t('2019-04-25T12:15Z') - MIN_WINDOW / 2, t('2019-04-25T12:15Z') + MIN_WINDOW / 2]
		},
		{
			name: 'past the end slides back in',
			window: [t('2023-01-01'), t('2025-01-01')],
			expected: [domain[1] - (t('2025-01-01') - t('2023-01-01')), domain[1]]
		},
		{
			name: 'wider than the story is the story',
			window: [t('2000-01-01'), t('2030-01-01')],
			expected: domain
		}
	])('clamp: $name', ({ window, expected }) => {
		const [a, b] = clampWindow(window as [number, number], domain);
		expect(a).toBeCloseTo(expected[0]!, -3);
		expect(b).toBeCloseTo(expected[1]!, -3);
	});
});

describe('focus windows come from clusters in the data', () => {
	it.each([
		{
			name: 'the summit story',
			dates: [
				'2011-08-23',
				'2011-08-24',
				'2019-04-24',
				'2019-04-25',
				'2023-03-17',
				'2023-09-10/2023-09-19',
				'2023-09-10',
				'2023-09-13',
				'2023-09-19'
			],
			// The ICC warrant of March 2023 stands alone, months before the September trip.
			labels: ['2011', '2019', 'Mar 2023', 'Sep 2023']
		},
		{
			name: 'two clusters in one year are named by month',
			dates: ['2023-03-01', '2023-03-03', '2023-09-10', '2023-09-12', '2020-01-01', '2020-01-02'],
			labels: ['2020', 'Mar 2023', 'Sep 2023']
		},
		{
			name: 'clusters of one event get a button too (five summits, 1985–1989)',
			dates: [
				'1985-11-19/1985-11-20',
				'1986-10-11/1986-10-12',
				'1987-12-08/1987-12-10',
				'1988-05-29/1988-06-02',
				'1989-12-02/1989-12-03'
			],
			labels: ['1985', '1986', '1987', '1988', '1989']
		},
		{
			name: 'a lone event far from a cluster has its own button',
			dates: ['2011-08-24', '2023-09-10', '2023-09-12', '2023-09-13'],
			labels: ['2011', '2023']
		},
		{
			name: 'one cluster needs no buttons',
			dates: ['2023-09-10', '2023-09-12', '2023-09-13'],
			labels: []
		},
		{
			name: 'evenly spread events have no clusters',
			dates: Array.from({ length: 40 }, (_, i) => `${2000 + i}-01-01`),
			labels: []
		}
	])('$name', ({ dates, labels }) => {
		const focuses = focusWindows(dates.map((d, i) => item(`e${i}`, d).when));
		expect(focuses.map((f) => f.label)).toEqual(labels);
		for (const f of focuses) expect(f.window[1] - f.window[0]).toBeGreaterThanOrEqual(2 * DAY);
	});
});

describe('labels never collide, whatever the story', () => {
	it('no label meets another label or another mark in its lane', () => {
		const days = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						day: fc.integer({ min: 0, max: 60 }),
						length: fc.integer({ min: 0, max: 6 }),
						words: fc.integer({ min: 1, max: 9 }),
						importance: fc.constantFrom(1 as const, 2 as const, 3 as const),
						disputed: fc.boolean()
					}),
					{ minLength: 1, maxLength: 40 }
				),
				fc.integer({ min: 300, max: 1400 }),
				fc.integer({ min: 1, max: 5 }),
				fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
				(events, width, lanes, context) => {
					const items = events.map((e, i) =>
						item(String(i), e.length ? `${days(e.day)}/${days(e.day + e.length)}` : days(e.day), {
							title: Array.from({ length: e.words }, (_, w) => `word${w}`).join(' '),
							importance: e.importance,
							provenance: {
								status: e.disputed ? 'disputed' : 'reported',
								quotes: [],
								context: []
							}
						})
					);
					const window: [number, number] = [t(days(0)), t(days(70))];
					const marks = layoutMarks(items, {
						x: linear(window, width),
						width,
						lanes,
						context
					});
					expect(collisions(marks)).toEqual([]);
					for (const m of marks) {
						if (!m.label) continue;
						const w = monoWidth(m.label, 12);
						const [a, b] =
							m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
						expect(a).toBeGreaterThanOrEqual(0);
						expect(b).toBeLessThanOrEqual(width);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
