/**
 * Quotes anchored the W3C Web Annotation way (https://www.w3.org/TR/annotation-model/#selectors):
 * a `TextQuoteSelector` (the exact words with a little text either side, which survives edits
 * elsewhere in the source) and a `TextPositionSelector` (character offsets, counted in Unicode
 * code points as the model asks). Computed at build time against the stored source text.
 *
 * When a quote is not in the source, `nearestPassage` finds where it most likely came from
 * (an approximate substring match) and `describeDifference` says what differs, word by word.
 */
import { diffWords } from 'diff';

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}

export interface TextPositionSelector {
	type: 'TextPositionSelector';
	/** Code points before the quote. */
	start: number;
	/** Code points before the end of the quote (exclusive). */
	end: number;
}

/** Both selectors, as a Web Annotation target's list of equivalent selectors. */
export type QuoteSelectors = [TextQuoteSelector, TextPositionSelector];

/** Characters of context either side: enough to tell repeated words apart, as hypothes.is does. */
export const CONTEXT_CHARS = 32;

/** Code points in the UTF-16 text before `index`. */
const codePointsBefore = (text: string, index: number): number =>
	Array.from(text.slice(0, index)).length;

/** Selectors for `quote` in `source`, or null when it is not there verbatim. */
export function anchorQuote(source: string, quote: string): QuoteSelectors | null {
	const index = source.indexOf(quote);
	if (index === -1 || quote.length === 0) return null;
	const end = index + quote.length;
	const start = codePointsBefore(source, index);
	return [
		{
			type: 'TextQuoteSelector',
			exact: quote,
			prefix: Array.from(source.slice(Math.max(0, index - CONTEXT_CHARS * 2), index))
				.slice(-CONTEXT_CHARS)
				.join(''),
			suffix: Array.from(source.slice(end, end + CONTEXT_CHARS * 2))
				.slice(0, CONTEXT_CHARS)
				.join('')
		},
		{ type: 'TextPositionSelector', start, end: start + Array.from(quote).length }
	];
}

/** UTF-16 offsets of a position selector's code points in `text`, for slicing. */
export function utf16Range(text: string, selector: TextPositionSelector): [number, number] {
	let cp = 0;
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		if (cp === selector.start && start === -1) start = i;
		if (cp === selector.end) return [start, i];
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) i++;
		cp++;
	}
	return [Math.max(start, 0), text.length];
}

export interface Passage {
	/** UTF-16 offsets in the source. */
	start: number;
	end: number;
	text: string;
	/** Characters to change to turn the passage into the quote. */
	distance: number;
}

/** Longest quote (characters) compared against a source: the error path stays quick. */
const MAX_COMPARED = 2000;

/**
 * The passage of `source` closest to `quote` by edit distance, where the passage may start
 * and end anywhere (Sellers' approximate substring match), widened to whole words.
 */
export function nearestPassage(source: string, quote: string): Passage | null {
	const q = quote.slice(0, MAX_COMPARED);
	const m = q.length;
	const n = source.length;
	if (m === 0 || n === 0) return null;
	// cost[j] = best edit distance of q[0..i) ending at source[j); start[j] = where that match began.
	let cost = new Uint32Array(n + 1);
	let from = new Uint32Array(n + 1);
	for (let j = 0; j <= n; j++) from[j] = j;
	let nextCost = new Uint32Array(n + 1);
	let nextFrom = new Uint32Array(n + 1);
	for (let i = 1; i <= m; i++) {
		nextCost[0] = i;
		nextFrom[0] = 0;
		const qc = q.charCodeAt(i - 1);
		for (let j = 1; j <= n; j++) {
			const substitute = cost[j - 1]! + (source.charCodeAt(j - 1) === qc ? 0 : 1);
			const skipQuote = cost[j]! + 1;
			const skipSource = nextCost[j - 1]! + 1;
			if (substitute <= skipQuote && substitute <= skipSource) {
				nextCost[j] = substitute;
				nextFrom[j] = from[j - 1]!;
			} else if (skipQuote <= skipSource) {
				nextCost[j] = skipQuote;
				nextFrom[j] = from[j]!;
			} else {
				nextCost[j] = skipSource;
				nextFrom[j] = nextFrom[j - 1]!;
			}
		}
		[cost, nextCost] = [nextCost, cost];
		[from, nextFrom] = [nextFrom, from];
	}
	let best = 1;
	for (let j = 1; j <= n; j++) if (cost[j]! < cost[best]!) best = j;
	let start = from[best]!;
	let end = best;
	// Whole words: a reader recognises "attended an economic forum", not "ttended an econom".
	while (start > 0 && /\S/.test(source[start - 1]!)) start--;
	while (end < n && /\S/.test(source[end]!)) end++;
	return { start, end, text: source.slice(start, end), distance: cost[best]! };
}

/** What differs between the source's passage and the quote: `[-source words-]{+quote words+}`. */
export function describeDifference(passage: string, quote: string): string {
	const parts = diffWords(passage, quote);
	const changed = parts.filter((p) => p.added || p.removed);
	if (changed.length === 0) return 'the same words, but the whitespace or punctuation differs';
	return changed
		.map((p) => (p.removed ? `source has “${p.value.trim()}”` : `quote has “${p.value.trim()}”`))
		.join(', ');
}

/** One line for an error message: a passage, clipped around its middle when long. */
export function clip(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
