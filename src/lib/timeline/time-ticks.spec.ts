import { describe, expect, it } from 'vitest';
import { utcTicks as d3Ticks } from 'd3';
import { DAY, HOUR } from '$lib/data/instant';
import { utcTicks } from './time-ticks';

describe('utcTicks', () => {
	const starts = [
		Date.UTC(2011, 7, 23),
		Date.UTC(2023, 8, 10, 5),
		Date.UTC(1985, 10, 19),
		Date.UTC(2000, 0, 1)
	];
	const spans = [5 * HOUR, DAY, 3 * DAY, 12 * DAY, 40 * DAY, 200 * DAY, 800 * DAY, 4400 * DAY];
	const cases = starts.flatMap((start) =>
		spans.map((span) => ({ from: new Date(start).toISOString(), span: span / DAY, start }))
	);
	it.each(cases)('picks the ticks d3 picks: $from + $span days', ({ start, span }) => {
		for (const count of [1, 2, 3, 5, 8, 12, 20, 30]) {
			const stop = start + span * DAY;
			expect(utcTicks(start, stop, count).map(Number)).toEqual(
				d3Ticks(new Date(start), new Date(stop), count).map(Number)
			);
		}
	});
});
