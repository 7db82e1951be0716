/**
 * Instants as links, host messages, the timeline and the bench data write them: one grammar.
 *
 *   yyyy-mm-dd                         midnight UTC of that day
 *   yyyy-mm-ddThh:mm[:ss[.sss]]Z       an ISO 8601 instant in UTC
 *   yyyy-mm-ddThh:mm[:ss[.sss]]±hh:mm  an ISO 8601 instant with its offset
 *
 * A local time without an offset is refused (whose clock?), and so is a day that does not
 * exist: Date.parse would roll 2023-02-30 over to March.
 */

import { DAY, HOUR, MINUTE, SECOND } from './instant.ts';

const INSTANT =
	/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** UTC ms for a text in the grammar above; null for anything else (never throws). */
export function parseInstant(text: unknown): number | null {
	if (typeof text !== 'string') return null;
	const m = INSTANT.exec(text);
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
	const wall = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
	const probe = new Date(wall);
	if (
		probe.getUTCFullYear() !== +y! ||
		probe.getUTCMonth() !== +mo! - 1 ||
		probe.getUTCDate() !== +d! ||
		probe.getUTCHours() !== +h ||
		probe.getUTCMinutes() !== +mi ||
		probe.getUTCSeconds() !== +s
	)
		return null;
	const ms = wall + Number(frac.padEnd(3, '0'));
	if (!zone || zone === 'Z') return ms;
	const sign = zone[0] === '-' ? -1 : 1;
	const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
	if (oh > 23 || om > 59) return null;
	return ms - sign * (oh * HOUR + om * MINUTE);
}

/**
 * The shortest text in the grammar for UTC ms: `2019-04-25` at midnight, otherwise
 * `2019-04-25T06:30Z`, with seconds and milliseconds only when there are some.
 */
export function formatInstant(ms: number): string {
	const iso = new Date(ms).toISOString();
	if (ms % DAY === 0) return iso.slice(0, 10);
	if (ms % MINUTE === 0) return `${iso.slice(0, 16)}Z`;
	if (ms % SECOND === 0) return `${iso.slice(0, 19)}Z`;
	return iso;
}
