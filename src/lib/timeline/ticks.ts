/**
 * Axis ticks that adapt from years to hours and never overlap: try d3's time ticks from
 * dense to sparse and keep the densest set whose labels fit, each formatted at its level.
 */
import { isDay, isHour, isMonth, isYear, utcTicks } from './time-ticks';
import { formatDate } from '$lib/data/format';
import { textWidth } from '$lib/measure';
import { fitLabel, type Break, type TimeScale } from './scale';

export type TickLevel = 'year' | 'month' | 'day' | 'hour';

export interface Tick {
	value: number;
	label: string;
	/** Position along the axis, in percent of its width. */
	x: number;
}

export interface Axis {
	ticks: Tick[];
	level: TickLevel;
	/** What the tick labels leave out: the year (or the day, at hour level) at the left. */
	context: string;
	/** On a collapsed scale: each cluster's context under its ticks (x in percent). */
	contexts?: { x: number; label: string; t0: number; t1: number }[];
	/** Collapsed stretches in view, in percent of the width, with their labels. */
	breaks?: { x0: number; x1: number; label: string; shown: string[] }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const FORMAT: Record<TickLevel, (d: Date) => string> = {
	year: (d) => String(d.getUTCFullYear()),
	month: (d) => formatDate(+d, 'month').slice(0, 3),
	day: (d) => formatDate(+d, 'day').replace(/ \d+$/, ''),
	hour: (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
};

/** Month ticks that fall on 1 January say the year instead. */
const MONTH_OR_YEAR = (d: Date) => (d.getUTCMonth() === 0 ? FORMAT.year(d) : FORMAT.month(d));
/** Hour ticks at midnight say the day instead. */
const HOUR_OR_DAY = (d: Date) => (d.getUTCHours() === 0 ? FORMAT.day(d) : FORMAT.hour(d));

export function levelOf(values: Date[]): TickLevel {
	if (values.every((d) => isYear(+d))) return 'year';
	if (values.every((d) => isMonth(+d))) return 'month';
	if (values.every((d) => isDay(+d))) return 'day';
	return 'hour';
}

const GAP = 12;

export function axisTicks(window: [number, number], widthPx: number): Axis {
	const toPct = (t: number) => ((t - window[0]) / (window[1] - window[0])) * 100;
	const maxCount = Math.max(2, Math.floor(widthPx / 56));
	let fallback: Axis | null = null;
	for (let count = maxCount; count >= 1; count = count > 6 ? Math.floor(count * 0.75) : count - 1) {
		const values = utcTicks(window[0], window[1], count).filter((d) => isHour(+d) || count <= 2);
		if (values.length === 0) continue;
		const level = levelOf(values);
		const format =
			level === 'month' ? MONTH_OR_YEAR : level === 'hour' ? HOUR_OR_DAY : FORMAT[level];
		// A label that would run off either end is left out rather than cut.
		const ticks = values
			.map((d) => ({ value: +d, label: format(d), x: toPct(+d) }))
			.filter((t) => {
				const half = textWidth(t.label, { size: 12 }) / 2;
				const centre = (t.x / 100) * widthPx;
				return centre - half >= 0 && centre + half <= widthPx;
			});
		fallback ??= { ticks, level, context: '' };
		if (fits(ticks, widthPx)) return { ticks, level, context: contextLabel(window, level) };
	}
	const only = fallback?.ticks.slice(0, 1) ?? [];
	return {
		ticks: only,
		level: fallback?.level ?? 'year',
		context: contextLabel(window, fallback?.level ?? 'year')
	};
}

/** Labels are centred on their tick; neighbours must not touch, nor run off the ends. */
function fits(ticks: Tick[], widthPx: number): boolean {
	let lastRight = -Infinity;
	for (const tick of ticks) {
		const half = textWidth(tick.label, { size: 12 }) / 2;
		const centre = (tick.x / 100) * widthPx;
		if (centre - half < lastRight + GAP) return false;
		lastRight = centre + half;
	}
	return true;
}

function contextLabel([a, b]: [number, number], level: TickLevel): string {
	if (level === 'year') return '';
	const from = new Date(a);
	const to = new Date(b);
	if (level === 'hour') {
		const [f, t] = [formatDate(a, 'day'), formatDate(b, 'day')];
		return f === t ? f : `${f} – ${t}`;
	}
	const [f, t] = [from.getUTCFullYear(), to.getUTCFullYear()];
	return f === t ? String(f) : `${f}–${t}`;
}

/**
 * Ticks for a collapsed scale: each cluster in view gets its own ticks (at its own level) and
 * its context ("2011") under them; each break its duration.
 */
export function scaleAxis(scale: TimeScale, window: [number, number], widthPx: number): Axis {
	if (scale.segments.length === 1) return axisTicks(window, widthPx);
	const p0 = scale.x(window[0]);
	const k = widthPx / (scale.x(window[1]) - p0);
	const px = (t: number) => (scale.x(t) - p0) * k;
	const pct = (x: number) => (x / widthPx) * 100;
	const axis: Required<Axis> = { ticks: [], level: 'year', context: '', contexts: [], breaks: [] };
	let first = true;
	for (const s of scale.segments) {
		const a = Math.max(s.t0, window[0]);
		const b = Math.min(s.t1, window[1]);
		if (b <= a) continue;
		const [xa, xb] = [px(a), px(b)];
		if (s.gap) {
			const { label } = s as Break;
			axis.breaks.push({ x0: pct(xa), x1: pct(xb), label, shown: fitLabel(label, xb - xa - 6) });
			continue;
		}
		if (xb - xa < 24) continue;
		const sub = axisTicks([a, b], xb - xa);
		if (first) axis.level = sub.level;
		first = false;
		for (const t of sub.ticks) axis.ticks.push({ ...t, x: pct(xa + (t.x / 100) * (xb - xa)) });
		const context = sub.context || contextLabel([a, b], 'month');
		if (textWidth(context, { size: 12 }) <= xb - xa - 4)
			axis.contexts.push({ x: pct(xa), label: context, t0: s.t0, t1: s.t1 });
	}
	return axis;
}
