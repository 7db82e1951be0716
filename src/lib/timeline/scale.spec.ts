import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '$lib/data/dates';
import { formatDuration } from '$lib/data/duration';
import { DAY, HOUR, dayStart } from '$lib/data/instant';
import { findGaps, type Gap, type Span } from './gaps';
import { timeScale } from './scale';

const day = (iso: string): Span => ({ start: dayStart(iso), end: dayStart(iso) + DAY - 1 });
const summit: Span[] = (
	JSON.parse(readFileSync('data/stories/kim-putin-summits.json', 'utf8')) as {
		events: { date: string }[];
	}
).events.map((e) => {
	const parsed = parseWhen(e.date);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.when;
});
const yearly: Span[] = [2001, 2004, 2008, 2012, 2015].flatMap((y) =>
	[3, 5, 9].map((d) => day(`${y}-06-0${d}`))
);
const even: Span[] = Array.from({ length: 30 }, () => day(`2020-01-01`)).map((s, i) => ({
	start: s.start + i * 7 * DAY,
	end: s.end + i * 7 * DAY
}));
const clock: Span[] = [8, 9, 9.5, 11, 13, 14, 16.25, 18].map((h) => {
	const t = dayStart('2024-03-02') + h * HOUR;
	return { start: t, end: t };
});
/** Gaps with their labels, as a loaded story has them. */
const labelled = (spans: Span[]): Gap[] =>
	findGaps(spans).map(([a, b]) => [a, b, formatDuration(a, b)]);
const extentOf = (spans: Span[]): [number, number] => [
	Math.min(...spans.map((s) => s.start)),
	Math.max(...spans.map((s) => s.end))
];

describe('the break rule', () => {
	it.each([
		{
			shape: 'the summit story',
			spans: summit,
			labels: ['7 years 8 months', '3 years 11 months', '6 months']
		},
		{
			shape: 'five yearly clusters',
			spans: yearly,
			labels: ['3 years', '4 years', '4 years', '3 years']
		},
		{ shape: 'evenly spread events', spans: even, labels: [] },
		{ shape: 'one day with clock times', spans: clock, labels: [] },
		{ shape: 'two events', spans: summit.slice(0, 2), labels: [] }
	])('$shape: $labels', ({ spans, labels }) => {
		expect(findGaps(spans).map(([a, b]) => formatDuration(a, b))).toEqual(labels);
	});

	it('keeps at most eight breaks, the longest', () => {
		// Pairs of events a day apart, with gaps of 1 to 11 years between the pairs.
		const spans = Array.from({ length: 12 }, (_, i) => 2000 + (i * (i + 1)) / 2).flatMap((y) => [
			day(`${y}-01-01`),
			day(`${y}-01-02`)
		]);
		const gaps = findGaps(spans);
		expect(gaps).toHaveLength(8);
		expect(gaps[0]![1] - gaps[0]![0]).toBeGreaterThan(3 * 365 * DAY);
	});

	it('does not collapse when the gaps hide less than a quarter of the span', () => {
		// One ten-week pause in two years of weekly events.
		const weekly = Array.from({ length: 100 }, (_, i) => ({
			start: even[0]!.start + i * 7 * DAY,
			end: even[0]!.end + i * 7 * DAY
		}));
		const spans = weekly.filter((_, i) => i < 40 || i > 49);
		expect(findGaps(weekly)).toEqual([]);
		expect(findGaps(spans)).toEqual([]);
	});
});

describe('the piecewise scale', () => {
	const scale = timeScale(summit, labelled(summit), extentOf(summit), 1280);
	const at = (iso: string) => scale.x(dayStart(iso) + DAY / 2);

	it('gives the crowded week room and the empty years a narrow break', () => {
		expect(at('2023-09-13') - at('2023-09-12')).toBeGreaterThanOrEqual(24);
		expect(at('2023-09-13') - at('2023-09-10')).toBeGreaterThanOrEqual(40);
		expect(scale.breaks.map((b) => b.label)).toEqual([
			'7 years 8 months',
			'3 years 11 months',
			'6 months'
		]);
		for (const b of scale.breaks) expect(b.x1 - b.x0).toBeLessThanOrEqual(80);
	});

	it('is monotone, fills the width and inverts', () => {
		expect(scale.x(scale.domain[0])).toBeCloseTo(0);
		expect(scale.x(scale.domain[1])).toBeCloseTo(1280);
		let previous = -Infinity;
		for (let t = scale.domain[0]; t <= scale.domain[1]; t += 5 * DAY) {
			const px = scale.x(t);
			expect(px).toBeGreaterThan(previous);
			expect(scale.invert(px)).toBeCloseTo(t, -3);
			previous = px;
		}
	});

	it('is linear "to scale"', () => {
		const proportional = timeScale(summit, labelled(summit), extentOf(summit), 1280, true);
		expect(proportional.breaks).toEqual([]);
		const gap = (iso: string, iso2: string) =>
			proportional.x(dayStart(iso2)) - proportional.x(dayStart(iso));
		expect(gap('2023-09-12', '2023-09-13')).toBeLessThan(1);
	});

	it('shortens a break label to what fits on a phone', () => {
		const phone = timeScale(summit, labelled(summit), extentOf(summit), 390);
		for (const b of phone.breaks) expect(b.x1 - b.x0).toBeLessThanOrEqual(45);
		expect(phone.breaks.map((b) => b.shown)).toEqual([
			['7 yr', '8 mo'],
			['3 yr', '11 mo'],
			['6 mo']
		]);
		expect(scale.breaks[0]!.shown).toEqual(['7 years', '8 months']);
	});

	it('plain stories get one linear segment', () => {
		const plain = timeScale(even, labelled(even), extentOf(even), 800);
		expect(plain.segments).toHaveLength(1);
		const week = plain.x(even[1]!.start) - plain.x(even[0]!.start);
		expect(plain.x(even[20]!.start) - plain.x(even[19]!.start)).toBeCloseTo(week);
	});
});

describe('durations', () => {
	it.each([
		['2011-08-24', '2019-04-25', '7 years 8 months'],
		['2019-04-25', '2023-09-13', '4 years 5 months'],
		['2023-03-17', '2023-09-10', '6 months'],
		['2023-09-10', '2023-09-13', '3 days'],
		['2020-01-01', '2021-01-01', '1 year']
	])('%s to %s is %s', (a, b, text) => {
		expect(formatDuration(dayStart(a), dayStart(b))).toBe(text);
	});
});
