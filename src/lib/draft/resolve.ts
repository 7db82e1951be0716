/**
 * Time phrases in a sentence, resolved against the publication date by the sentence's
 * tense, each with the EDTF date at the precision the phrase gives and the reasoning.
 *
 * chrono-node finds and parses the phrases. It resolves a bare weekday or month to the
 * *closest* one, which is wrong in a news report: "left … on Sunday" in an article of
 * Wednesday 13 September is Sunday 10 September, and "on Friday" is Friday 8 September, not
 * the 15th. Our refiner moves such dates the way the clause's tense points; a year parser
 * adds "in 2019" (chrono reads a bare year only inside longer dates); "four years after …"
 * is read as counting back from the story's present; "yesterday Tuesday" is one phrase whose
 * weekday must agree.
 */
import { casual, type Parser, type ParsedResult, type Refiner } from 'chrono-node/en';
import { tenseAt, type Tense } from './tense.ts';

export type Precision = 'year' | 'month' | 'day';

export interface Resolved {
	/** The phrase as written, e.g. "on Sunday". */
	phrase: string;
	/** Offset of the phrase in the sentence. */
	index: number;
	/** EDTF at the phrase's precision: 2023-09-10, 2019-04, 2019. */
	date: string;
	precision: Precision;
	/** Local clock time "HH:MM", when the phrase gives one. */
	time?: string;
	tense: Tense;
	reasoning: string;
	/** 0–1: how sure the reading is (a weekday that disagrees with "yesterday" is not). */
	confidence: number;
}

export interface ResolveOptions {
	/** Publication date, yyyy-mm-dd. */
	published: string;
	/** Force a tense (tests, or an editor's choice); by default the clause's own. */
	tense?: Tense;
}

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	twenty: 20
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const longDay = (t: number) =>
	new Intl.DateTimeFormat('en-GB', {
		timeZone: 'UTC',
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(t);
const monthName = (m: number) =>
	new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }).format(
		Date.UTC(2000, m - 1, 1)
	);

/** Noon UTC of a yyyy-mm-dd day: calendar arithmetic without the machine's zone. */
export function noonOf(day: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d, 12);
}

/** "in 2019", "since 1985", "during 2011": a bare year after a preposition. */
const yearParser: Parser = {
	pattern: () =>
		/\b(?:in|since|during|until|by|from|before|after|around|of|circa)\s+(?:the\s+year\s+)?((?:1[5-9]|20)\d\d)\b(?![-/.:]\d)/i,
	extract: (_context, match) => ({ year: Number(match[1]) })
};

const LOWERCASE_NAME = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|may|march)\.?$/;
const DURATION = /^(?:after|for|within|over)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?)$/i;

/** "four years after …": counts back from the story's present. */
const AFTER = /^(\w+)\s+(year|month|week|day)s?\s+after$/i;

/** Moves bare weekdays and months the way the tense of their clause points. */
function tenseRefiner(force?: Tense): Refiner {
	return {
		refine(context, results) {
			const ref = context.reference.instant.getTime();
			const refDate = new Date(ref);
			for (const r of results) {
				const tense = force ?? tenseAt(context.text, r.index, r.text.length);
				r.addTag(`tense/${tense}`);
				const s = r.start;
				if (AFTER.test(r.text)) continue;
				if (s.isCertain('weekday') && !s.isCertain('day') && tense !== 'present') {
					const wanted = s.get('weekday')!;
					const now = refDate.getUTCDay();
					const shift = tense === 'past' ? -((now - wanted + 7) % 7) : (wanted - now + 7) % 7;
					const day = new Date(ref + shift * DAY);
					s.imply('day', day.getUTCDate());
					s.imply('month', day.getUTCMonth() + 1);
					s.imply('year', day.getUTCFullYear());
					r.addTag('refiner/tense-weekday');
				} else if (s.isCertain('month') && !s.isCertain('year') && tense !== 'present') {
					const month = s.get('month')!;
					const day = s.isCertain('day') ? s.get('day')! : 1;
					const refMonth = refDate.getUTCMonth() + 1;
					const refDay = refDate.getUTCDate();
					const before = month < refMonth || (month === refMonth && day <= refDay);
					const year =
						refDate.getUTCFullYear() + (tense === 'past' ? (before ? 0 : -1) : before ? 1 : 0);
					s.imply('year', year);
					r.addTag('refiner/tense-month');
				}
			}
			return results;
		}
	};
}

/** "on 29 May 1988 … until 2 June": a date without its year takes the year said before it. */
const sentenceYearRefiner: Refiner = {
	refine(_context, results) {
		let said: (typeof results)[number] | null = null;
		for (const r of results) {
			if (r.start.isCertain('year')) said = r;
			else if (said && r.start.isCertain('month')) {
				r.start.imply('year', said.start.get('year')!);
				r.addTag('year/sentence');
				yearFrom.set(r, said.text.replace(/[\s,;:.]+$/, ''));
			}
		}
		return results;
	}
};

function parserFor(force?: Tense) {
	const parser = casual.clone();
	parser.parsers.push(yearParser);
	parser.refiners.push(tenseRefiner(force), sentenceYearRefiner);
	return parser;
}

function precisionOf(r: ParsedResult): Precision {
	const s = r.start;
	if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
	if (s.isCertain('month')) return 'month';
	return 'year';
}

function edtf(y: number, m: number, d: number, precision: Precision): string {
	const year = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(m)}`;
	return `${year}-${pad(m)}-${pad(d)}`;
}

const quoted = (s: string) => `“${s}”`;
/** The phrase whose year a year-less date took ("2 June" after "29 May 1988"). */
const yearFrom = new WeakMap<object, string>();

interface Piece {
	r: ParsedResult;
	y: number;
	m: number;
	d: number;
	precision: Precision;
	tense: Tense;
}

function piece(r: ParsedResult): Piece {
	const s = r.start;
	const tense = ([...r.tags()].find((t) => t.startsWith('tense/'))?.slice(6) ?? 'present') as Tense;
	return {
		r,
		y: s.get('year')!,
		m: s.get('month')!,
		d: s.get('day')!,
		precision: precisionOf(r),
		tense
	};
}

function explain(p: Piece, published: string): { reasoning: string; confidence: number } {
	const { r, tense } = p;
	const tags = r.tags();
	const pub = longDay(noonOf(published));
	const at = edtf(p.y, p.m, p.d, p.precision);
	const when =
		p.precision === 'day'
			? longDay(Date.UTC(p.y, p.m - 1, p.d))
			: p.precision === 'month'
				? `${monthName(p.m)} ${p.y}`
				: String(p.y);
	const text = quoted(r.text);
	if (tags.has('refiner/tense-weekday'))
		return {
			reasoning: `${text} in a ${tense}-tense clause of an article published ${pub}: the ${WEEKDAYS[r.start.get('weekday')!]} ${tense === 'past' ? 'on or before' : 'on or after'} publication, ${when}.`,
			confidence: 0.8
		};
	if (r.start.isCertain('weekday') && !r.start.isCertain('day'))
		return {
			reasoning: `${text} with no past or future verb beside it, in an article published ${pub}: the closest ${WEEKDAYS[r.start.get('weekday')!]}, ${when}; check it.`,
			confidence: 0.5
		};
	if (tags.has('year/sentence'))
		return {
			reasoning: `${text} gives no year; ${quoted(yearFrom.get(r) ?? '')} earlier in the sentence does: ${when}.`,
			confidence: 0.8
		};
	if (tags.has('refiner/tense-month'))
		return {
			reasoning: `${text} gives no year; in a ${tense}-tense clause of an article published ${pub} it is the ${tense === 'past' ? 'last' : 'next'} ${monthName(p.m)}: ${when}.`,
			confidence: 0.7
		};
	if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/i.test(r.text))
		return { reasoning: `${text} is the day of publication, ${pub}.`, confidence: 0.9 };
	if (/\byesterday\b/i.test(r.text))
		return {
			reasoning: `${text} is the day before publication (${pub}): ${when}.`,
			confidence: 0.9
		};
	if (/\btomorrow\b/i.test(r.text))
		return {
			reasoning: `${text} is the day after publication (${pub}): ${when}.`,
			confidence: 0.85
		};
	if (tags.has('result/relativeDate') || /\b(?:ago|last|next|this)\b/i.test(r.text))
		return {
			reasoning: `${text} counted from the publication date, ${pub}: ${when} (to the ${p.precision}).`,
			confidence: 0.8
		};
	if (p.precision === 'year')
		return {
			reasoning: `${text} names the year ${at}; the text gives no month or day.`,
			confidence: 0.9
		};
	if (!r.start.isCertain('year'))
		return {
			reasoning: `${text} gives no year; taken as the year of publication (${pub}): ${when}.`,
			confidence: 0.6
		};
	return { reasoning: `${text} is a date in full: ${when}.`, confidence: 0.95 };
}

/** A phrase that counts forward from an unnamed earlier event: that event was N units before now. */
function countBack(p: Piece, published: string): Resolved | null {
	const m = AFTER.exec(p.r.text);
	if (!m) return null;
	const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
	if (!Number.isFinite(n)) return null;
	const unit = m[2]!.toLowerCase();
	const ref = new Date(noonOf(published));
	let y = ref.getUTCFullYear();
	let mo = ref.getUTCMonth() + 1;
	let d = ref.getUTCDate();
	let precision: Precision = 'day';
	if (unit === 'year') [y, precision] = [y - n, 'year'];
	else if (unit === 'month') {
		const t = new Date(Date.UTC(y, mo - 1 - n, 1));
		[y, mo, precision] = [t.getUTCFullYear(), t.getUTCMonth() + 1, 'month'];
	} else {
		const t = new Date(noonOf(published) - n * (unit === 'week' ? 7 : 1) * DAY);
		[y, mo, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
	}
	const date = edtf(y, mo, d, precision);
	return {
		phrase: p.r.text,
		index: p.r.index,
		date,
		precision,
		tense: p.tense,
		reasoning: `${quoted(p.r.text)} something, said in an article published ${longDay(noonOf(published))}: that something happened ${n} ${unit}${n === 1 ? '' : 's'} earlier, in ${date}.`,
		confidence: 0.5
	};
}

/** Joins "yesterday" + "Tuesday", and "last year" + "in March", into one phrase. */
function joinPieces(pieces: Piece[], sentence: string, published: string): Resolved[] {
	const out: Resolved[] = [];
	for (let i = 0; i < pieces.length; i++) {
		const p = pieces[i]!;
		const next = pieces[i + 1];
		const gap = next ? sentence.slice(p.r.index + p.r.text.length, next.r.index) : '';
		const adjoining = next && /^[\s,]*(?:in|on|of)?\s*$/i.test(gap);
		const casualDay = /^(?:yesterday|today|tomorrow)$/i.test(p.r.text);
		if (
			next &&
			adjoining &&
			casualDay &&
			next.r.start.isCertain('weekday') &&
			!next.r.start.isCertain('day')
		) {
			const told = next.r.start.get('weekday')!;
			const actual = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
			const phrase = sentence.slice(p.r.index, next.r.index + next.r.text.length);
			const base = explain(p, published);
			out.push({
				phrase,
				index: p.r.index,
				date: edtf(p.y, p.m, p.d, 'day'),
				precision: 'day',
				tense: p.tense,
				reasoning:
					told === actual
						? `${base.reasoning} The weekday agrees: it was a ${WEEKDAYS[actual]}.`
						: `${base.reasoning} But that was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[told]}: check which the article means.`,
				confidence: told === actual ? 0.95 : 0.3
			});
			i++;
			continue;
		}
		const yearOnly = (q: Piece) => q.precision === 'year';
		const needsYear = (q: Piece) => q.precision !== 'year' && !q.r.start.isCertain('year');
		if (
			next &&
			adjoining &&
			((yearOnly(p) && needsYear(next)) || (needsYear(p) && yearOnly(next)))
		) {
			const [y, md] = yearOnly(p) ? [p, next] : [next, p];
			const phrase = sentence.slice(p.r.index, next.r.index + next.r.text.length);
			const date = edtf(y.y, md.m, md.d, md.precision);
			out.push({
				phrase,
				index: p.r.index,
				date,
				precision: md.precision,
				tense: p.tense,
				reasoning: `${quoted(phrase)}: ${quoted(md.r.text)} in the year ${quoted(y.r.text)} gives, ${date}.`,
				confidence: 0.8
			});
			i++;
			continue;
		}
		const back = countBack(p, published);
		if (back) {
			out.push(back);
			continue;
		}
		const { reasoning, confidence } = explain(p, published);
		const s = p.r.start;
		out.push({
			phrase: p.r.text,
			index: p.r.index,
			date: edtf(p.y, p.m, p.d, p.precision),
			precision: p.precision,
			...(s.isCertain('hour') && p.precision === 'day'
				? { time: `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` }
				: {}),
			tense: p.tense,
			reasoning,
			confidence
		});
	}
	return out;
}

/** Every time phrase in one sentence, resolved. */
export function resolvePhrases(sentence: string, options: ResolveOptions): Resolved[] {
	const reference = { instant: new Date(noonOf(options.published)), timezone: 'UTC' };
	const results = parserFor(options.tense)
		.parse(sentence, reference)
		// "after three weeks of talks", "for two days": a length of time, not a date.
		.filter((r) => !DURATION.test(r.text))
		// "sat down", "may": chrono's casual mode takes lowercase words for weekdays and months.
		.filter((r) => !LOWERCASE_NAME.test(r.text))
		// "that afternoon", "late that evening": a time of day of a date said elsewhere.
		.filter((r) => (['year', 'month', 'day', 'weekday'] as const).some((c) => r.start.isCertain(c)))
		// "eleven months later": counted from the event before, which the editor must place.
		.filter((r) => !/\blater$/i.test(r.text.trim()));
	// chrono keeps a trailing comma in "on Monday,"; the phrase is the words alone.
	for (const r of results) Object.assign(r, { text: r.text.replace(/[\s,;:.]+$/, '') });
	return joinPieces(results.map(piece), sentence, options.published);
}
