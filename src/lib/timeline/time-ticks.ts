/**
 * UTC time ticks, as d3-time's `utcTicks` chooses them (the same intervals and the same pick
 * of the interval nearest span / count), in a few lines instead of d3-time and d3-array on
 * the page's first load.
 */
import { DAY, HOUR, MINUTE } from '$lib/data/instant';

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const YEAR = 365 * DAY;
const MONTH = 30 * DAY;
const DURATION: Record<Unit, number> = {
	minute: MINUTE,
	hour: HOUR,
	day: DAY,
	week: 7 * DAY,
	month: MONTH,
	year: YEAR
};
const INTERVALS: [Unit, number][] = [
	['minute', 1],
	['minute', 5],
	['minute', 15],
	['minute', 30],
	['hour', 1],
	['hour', 3],
	['hour', 6],
	['hour', 12],
	['day', 1],
	['day', 2],
	['week', 1],
	['month', 1],
	['month', 3],
	['year', 1]
];

/** d3-array's tickIncrement for steps of 1, 2, 5 × 10ⁿ. */
function niceStep(span: number, count: number): number {
	const step0 = span / Math.max(1, count);
	let step = 10 ** Math.floor(Math.log10(step0));
	const error = step0 / step;
	if (error >= Math.sqrt(50)) step *= 10;
	else if (error >= Math.sqrt(10)) step *= 5;
	else if (error >= Math.sqrt(2)) step *= 2;
	return Math.max(1, Math.round(step));
}

/** The start of `unit` at or before t (weeks start on Sunday, as in d3). */
function floor(t: number, unit: Unit): number {
	const d = new Date(t);
	const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
	if (unit === 'year') return Date.UTC(y, 0, 1);
	if (unit === 'month') return Date.UTC(y, m, 1);
	if (unit === 'week') return Date.UTC(y, m, day - d.getUTCDay());
	const step = DURATION[unit];
	return Math.floor(t / step) * step;
}

function offset(t: number, unit: Unit, n: number): number {
	const d = new Date(t);
	if (unit === 'year') return Date.UTC(d.getUTCFullYear() + n, 0, 1);
	if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
	return t + n * DURATION[unit];
}

/** Is t on a multiple of `step` units, as d3's `interval.every(step)` counts them? */
function onStep(t: number, unit: Unit, step: number): boolean {
	const d = new Date(t);
	const field: Record<Unit, number> = {
		minute: d.getUTCMinutes(),
		hour: d.getUTCHours(),
		day: Math.floor(t / DAY),
		week: 0,
		month: d.getUTCMonth(),
		year: d.getUTCFullYear()
	};
	return field[unit] % step === 0;
}

/** About `count` tick dates between start and stop, on round UTC boundaries. */
export function utcTicks(start: number, stop: number, count: number): Date[] {
	const target = (stop - start) / count;
	let i = INTERVALS.findIndex(([unit, step]) => DURATION[unit] * step > target);
	let unit: Unit;
	let step: number;
	if (i === -1) {
		unit = 'year';
		step = niceStep((stop - start) / YEAR, count);
	} else {
		if (i > 0) {
			const [a, b] = [INTERVALS[i - 1]!, INTERVALS[i]!];
			if (target / (DURATION[a[0]] * a[1]) < (DURATION[b[0]] * b[1]) / target) i--;
		}
		[unit, step] = INTERVALS[i]!;
	}
	const out: Date[] = [];
	let t = floor(start, unit);
	if (t < start) t = offset(t, unit, 1);
	for (; t <= stop && out.length < 1000; t = offset(t, unit, 1)) {
		if (onStep(t, unit, step)) out.push(new Date(t));
	}
	return out;
}

/** Is t at the start of a UTC year, month, day, hour? */
export const isYear = (t: number) => floor(t, 'year') === t;
export const isMonth = (t: number) => floor(t, 'month') === t;
export const isDay = (t: number) => floor(t, 'day') === t;
export const isHour = (t: number) => floor(t, 'hour') === t;
