/**
 * Dates as readers see them, at the precision the source gives ("2011", "Apr 2019",
 * "24 Aug 2011"). Client-safe: no EDTF parser here, only the parsed `When`.
 */
import { utcFormat } from 'd3';
import type { Precision, When } from './types.ts';

const FORMATS: Record<Precision, (d: Date) => string> = {
	year: utcFormat('%Y'),
	month: utcFormat('%b %Y'),
	day: utcFormat('%-d %b %Y'),
	time: utcFormat('%-d %b %Y')
};

const LONG: Record<Precision, (d: Date) => string> = {
	year: utcFormat('%Y'),
	month: utcFormat('%B %Y'),
	day: utcFormat('%-d %B %Y'),
	time: utcFormat('%-d %B %Y')
};

function qualify(label: string, when: When): string {
	return `${when.approximate ? 'c. ' : ''}${label}${when.uncertain ? '?' : ''}`;
}

function formatSpan(when: When, formats: Record<Precision, (d: Date) => string>): string {
	const start = new Date(when.start);
	const end = new Date(when.end);
	if (!when.span) return formats[when.precision](start);
	const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
	const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
	if (when.precision === 'day' || when.precision === 'time') {
		if (sameMonth) return `${start.getUTCDate()}–${formats.day(end)}`;
		if (sameYear) return `${formats.day(start).replace(/ \d{4}$/, '')} – ${formats.day(end)}`;
	}
	return `${formats[when.precision](start)} – ${formats[when.precision](end)}`;
}

/** Short label: "24 Aug 2011", "Apr 2019", "10–19 Sep 2023", "c. Aug 2011", "2011?". */
export function formatWhen(when: When): string {
	return qualify(formatSpan(when, FORMATS), when);
}

/** Long label for screen readers and the detail panel: "24 August 2011". */
export function formatWhenLong(when: When): string {
	const text = formatSpan(when, LONG);
	return `${when.approximate ? 'around ' : ''}${text}${when.uncertain ? ' (uncertain)' : ''}`;
}

/** A story's date range: "2011–2023", or one year. */
export function formatExtent([start, end]: [number, number]): string {
	const a = new Date(start).getUTCFullYear();
	const b = new Date(end).getUTCFullYear();
	return a === b ? String(a) : `${a}–${b}`;
}
