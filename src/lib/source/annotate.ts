/**
 * The annotated article: a source text cut into paragraphs, and each paragraph into runs of
 * text that the same events quote. Pure; the `/<slug>/source/` page renders it at build time.
 */
import { utf16Range } from '$lib/data/anchor';
import type { AnchoredQuote, Story } from '$lib/data/types';

export interface Segment {
	text: string;
	/** Ids of the events whose quotes cover this run, in story (time) order. */
	events: string[];
	/** Ids of the voices (people quoted) whose words cover it. */
	voices: string[];
	/** Anchor ids of the quotes that start here (`at-<code point offset>`), for "in context" links. */
	anchors: string[];
}

export interface Paragraph {
	segments: Segment[];
}

export interface AnnotatedSource {
	paragraphs: Paragraph[];
	/** Distinct passages events quote (a passage two events quote counts once). */
	passages: number;
	/** Paragraphs holding at least one of them. */
	quotedParagraphs: number;
}

export interface Range {
	start: number;
	end: number;
	/** An event id, or a voice id when `voice` is set. */
	event: string;
	voice?: boolean;
	anchor: string;
}

/** The quotes of a story from one of its sources, as UTF-16 ranges of that source's text. */
export function quoteRanges(story: Story, sourceId: string, text: string): Range[] {
	const first = story.sources[0]?.id;
	const ranges = (id: string, quotes: AnchoredQuote[], voice: boolean): Range[] =>
		quotes.flatMap((quote) => {
			if ((quote.source ?? first) !== sourceId || !quote.selector) return [];
			const position = quote.selector[1];
			const [start, end] = utf16Range(text, position);
			return [
				{ start, end, event: id, anchor: `at-${position.start}`, ...(voice ? { voice } : {}) }
			];
		});
	return [
		...story.events.flatMap((e) => ranges(e.id, e.provenance.quotes, false)),
		...(story.voices ?? []).flatMap((v) => ranges(v.id, v.quotes, true))
	];
}

/** Paragraphs are separated by blank lines; lines inside one stay together. */
function paragraphBounds(text: string): [number, number][] {
	const bounds: [number, number][] = [];
	const re = /\S[\s\S]*?(?=\n[ \t]*\n|\s*$)/g;
	for (const m of text.matchAll(re)) bounds.push([m.index, m.index + m[0].length]);
	return bounds;
}

export function annotate(text: string, ranges: readonly Range[]): AnnotatedSource {
	const paragraphs: Paragraph[] = [];
	let quotedParagraphs = 0;
	for (const [pStart, pEnd] of paragraphBounds(text)) {
		const inside = ranges.filter((r) => r.start < pEnd && r.end > pStart);
		const cuts = new Set([pStart, pEnd]);
		for (const r of inside) {
			cuts.add(Math.max(r.start, pStart));
			cuts.add(Math.min(r.end, pEnd));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const [a, b] = [points[i]!, points[i + 1]!];
			const covering = inside.filter((r) => r.start <= a && r.end >= b);
			const events = [...new Set(covering.filter((r) => !r.voice).map((r) => r.event))];
			const voices = [...new Set(covering.filter((r) => r.voice).map((r) => r.event))];
			const anchors = [...new Set(inside.filter((r) => r.start === a).map((r) => r.anchor))];
			const last = segments.at(-1);
			// Runs with the same events and no quote starting between them read as one passage.
			if (last && anchors.length === 0 && same(last.events, events) && same(last.voices, voices))
				last.text += text.slice(a, b);
			else segments.push({ text: text.slice(a, b), events, voices, anchors });
		}
		if (inside.some((r) => !r.voice)) quotedParagraphs++;
		paragraphs.push({ segments });
	}
	const passages = new Set(ranges.filter((r) => !r.voice).map((r) => `${r.start}:${r.end}`)).size;
	return { paragraphs, passages, quotedParagraphs };
}

const same = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
