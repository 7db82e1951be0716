/**
 * Dates as readers see them, at the precision the source gives ("2011", "Apr 2019",
 * "24 Aug 2011"). Client-safe and dependency-free: English month names from a table rather
 * than Intl, whose short months differ between ICU versions ("Sep" or "Sept"), which would
 * make prerendered and hydrated text disagree.
 */
import { dayStart } from './instant';
import type { Precision, When } from './types';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SHORT = MONTHS.map((m) => m.slice(0, 3));

/** One UTC instant at a precision: "2011", "Aug 2011", "24 Aug 2011" (long: "24 August 2011"). */
export function formatDate(ms: number, precision: Precision, long = false): string {
	const d = new Date(ms);
	const month = (long ? MONTHS : SHORT)[d.getUTCMonth()]!;
	const year = String(d.getUTCFullYear());
	if (precision === 'year') return year;
	if (precision === 'month') return `${month} ${year}`;
	return `${d.getUTCDate()} ${month} ${year}`;
}

/** A yyyy-mm-dd day as "13 Sep 2023". */
export function formatIsoDay(iso: string, long = false): string {
	return formatDate(dayStart(iso), 'day', long);
}

function qualify(label: string, when: When): string {
	return `${when.approximate ? 'c. ' : ''}${label}${when.uncertain ? '?' : ''}`;
}

/** A date with unspecified digits (EDTF "201X", "19XX", "2019-XX") as the span it denotes. */
function formatUnspecified(when: When, long: boolean): string {
	const [a, b] = [new Date(when.start), new Date(when.end)];
	const [y0, y1] = [a.getUTCFullYear(), b.getUTCFullYear()];
	const years = y1 - y0 + 1;
	if (years > 1)
		return (years === 10 || years === 100) && y0 % years === 0 ? `${y0}s` : `${y0}–${y1}`;
	return formatDate(when.start, a.getUTCMonth() === b.getUTCMonth() ? 'month' : 'year', long);
}

function formatSpan(when: When, long: boolean): string {
	const precision = when.precision === 'time' ? 'day' : when.precision;
	if (!when.span && /X/.test(when.edtf)) return formatUnspecified(when, long);
	if (!when.span) return formatDate(when.start, precision, long);
	const start = new Date(when.start);
	const end = new Date(when.end);
	const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
	const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
	if (precision === 'day') {
		if (sameMonth) return `${start.getUTCDate()}–${formatDate(when.end, 'day', long)}`;
		if (sameYear)
			return `${formatDate(when.start, 'day', long).replace(/ \d+$/, '')} – ${formatDate(when.end, 'day', long)}`;
	}
	// Years join without spaces ("2011–2013"); months and days are spaced ("Aug 2011 – Mar 2012").
	const dash = precision === 'year' ? '–' : ' – ';
	return `${formatDate(when.start, precision, long)}${dash}${formatDate(when.end, precision, long)}`;
}

/**
 * Short label, at the date's precision, EDTF level 1 included: "24 Aug 2011", "Apr 2019",
 * "10–19 Sep 2023", "2011–2013", "c. Aug 2011" (approximate), "13 Sep 2023?" (uncertain),
 * "2010s" (unspecified digits, "201X").
 */
export function formatWhen(when: When): string {
	return qualify(formatSpan(when, false), when);
}

/** Long label for screen readers and the detail panel: "24 August 2011". */
export function formatWhenLong(when: When): string {
	return `${when.approximate ? 'around ' : ''}${formatSpan(when, true)}${when.uncertain ? ' (uncertain)' : ''}`;
}

/** A story's date range: "2011–2023", or one year. */
export function formatExtent([start, end]: [number, number]): string {
	const a = new Date(start).getUTCFullYear();
	const b = new Date(end).getUTCFullYear();
	return a === b ? String(a) : `${a}–${b}`;
}

/**
 * An IANA zone as a reader names it: its last part, with spaces ("Asia/Vladivostok" →
 * "Vladivostok", "America/Argentina/Buenos_Aires" → "Buenos Aires"; "UTC" stays).
 */
export function formatZone(zone: string): string {
	return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}
