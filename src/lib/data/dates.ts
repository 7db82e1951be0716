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

/** Parse an EDTF date or interval; `reason` says in plain words why it is not one. */
export function parseWhen(text: string): ParseResult {
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
