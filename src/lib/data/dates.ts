/**
 * EDTF parsing, done once when a story is loaded (build time). The `edtf` package does the
 * grammar and the calendar (it rejects 2023-02-30); we keep only what the app needs.
 */
import edtf, { parse } from 'edtf';
import type { Precision, When } from './types.ts';

const PRECISION: Record<number, Precision> = { 0: 'time', 1: 'year', 2: 'month', 3: 'day' };

interface EdtfDate {
	min: number;
	max: number;
	precision?: number;
	approximate?: { value: number };
	uncertain?: { value: number };
	lower?: EdtfDate;
	upper?: EdtfDate;
}

export type ParseResult = { ok: true; when: When } | { ok: false; reason: string };

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain calendar day (1000-01-01 to 9999-12-31) as UTC ms, or null for anything else. */
function plainDay(text: string): number | null {
	const m = ISO_DAY.exec(text);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y < 1000) return null;
	const ms = Date.UTC(y, mo - 1, d);
	const date = new Date(ms);
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? ms : null;
}

/**
 * The common case without the EDTF grammar: a day, or a span from a day to a later one.
 * The grammar (an Earley parser) takes about a millisecond a date, which a story of 5,000
 * events pays three times in a build. Anything else (and every error) goes to the grammar;
 * the spec checks both give the same answer.
 */
function parseDays(text: string): ParseResult | null {
	const [from, to, more] = text.split('/');
	if (more !== undefined || from === undefined) return null;
	const start = plainDay(from);
	if (start === null) return null;
	if (to === undefined) return { ok: true, when: dayWhen(text, start, start + DAY_MS - 1, false) };
	const last = plainDay(to);
	if (last === null || last <= start) return null;
	return { ok: true, when: dayWhen(text, start, last + DAY_MS - 1, true) };
}

function dayWhen(edtf: string, start: number, end: number, span: boolean): When {
	return { edtf, start, end, precision: 'day', span, approximate: false, uncertain: false };
}

/** Parse an EDTF date or interval; `reason` says in plain words why it is not one. */
export function parseWhen(text: string): ParseResult {
	return parseDays(text) ?? parseEdtf(text);
}

/** parseWhen through the EDTF grammar alone (exported for the spec). */
export function parseEdtf(text: string): ParseResult {
	let parsed: EdtfDate;
	let type: string;
	try {
		// The grammar's own type, not edtf's `.type` getter: that reads the constructor's
		// name, which bundlers rename.
		type = parse(text).type;
		parsed = edtf(text);
	} catch (error) {
		const message = (error as Error).message;
		if (/upper bound/.test(message)) {
			return { ok: false, reason: `the span "${text}" ends before it starts` };
		}
		return {
			ok: false,
			reason: `"${text}" is not a valid EDTF date, or names a day that does not exist`
		};
	}
	if (type === 'Interval') {
		const lower = parsed.lower;
		const upper = parsed.upper;
		if (!lower || !upper || !Number.isFinite(lower.min) || !Number.isFinite(upper.max)) {
			return { ok: false, reason: `the span "${text}" needs both a start and an end` };
		}
		return {
			ok: true,
			when: {
				edtf: text,
				start: lower.min,
				end: upper.max,
				precision: PRECISION[Math.min(lower.precision ?? 3, upper.precision ?? 3)] ?? 'day',
				span: true,
				approximate: Boolean(lower.approximate?.value || upper.approximate?.value),
				uncertain: Boolean(lower.uncertain?.value || upper.uncertain?.value)
			}
		};
	}
	if (type !== 'Date') {
		return { ok: false, reason: `"${text}" is an EDTF ${type}; use a date or a span` };
	}
	return {
		ok: true,
		when: {
			edtf: text,
			start: parsed.min,
			end: parsed.max,
			precision: PRECISION[parsed.precision ?? 0] ?? 'time',
			span: false,
			approximate: Boolean(parsed.approximate?.value),
			uncertain: Boolean(parsed.uncertain?.value)
		}
	};
}
