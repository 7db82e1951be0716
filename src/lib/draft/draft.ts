/**
 * Article text → a draft story: one event per time phrase in a sentence, dated by
 * resolve.ts, quoting its sentence verbatim (so the quote check passes as drafted), with the
 * places the gazetteer finds in it and the people compromise finds. Pure: runs in node (the
 * `draft` CLI) and in the browser (the studio). The editor judges what it proposes.
 */
// Types only from data/: the studio loads this module lazily, and a value import would pull
// the schema (valibot) into it and split the story pages' shared chunks differently.
import type { StoryFile, StoryFileEvent } from '../data/schema.ts';
import { splitSentences } from './sentences.ts';
import { resolvePhrases, type Resolved } from './resolve.ts';
import { slugify, type Gazetteer, type Place } from './gazetteer.ts';
import { findPeople } from './people.ts';

export interface ArticleMeta {
	slug: string;
	title: string;
	publisher: string;
	/** yyyy-mm-dd */
	published: string;
	url?: string;
	/** IANA zone of the story; UTC when not given. */
	timeZone?: string;
	language?: string;
}

/** What the studio shows beside a drafted event: where it came from and how sure we are. */
export interface DraftNote {
	/** The sentence's offsets in the article text. */
	start: number;
	end: number;
	/** The time phrase's offsets in the article text. */
	phraseStart: number;
	phraseEnd: number;
	confidence: number;
	reasoning: string;
}

export interface Draft {
	story: StoryFile;
	/** The article as saved to data/sources/<slug>.txt: line ends normalised, one final newline. */
	source: string;
	notes: Record<string, DraftNote>;
}

/** The schema's MAX (checked equal in draft.spec.ts). */
export const LIMITS = { title: 200, dek: 400, summary: 2000, quote: 4000 } as const;
/** The default six categories' ids (checked equal to DEFAULT_CATEGORIES in draft.spec.ts). */
export const DEFAULT_CATEGORY_IDS = ['summit', 'travel', 'visit', 'forum', 'legal', 'statement'];

export function normaliseArticle(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';
}

const CATEGORY_WORDS: [string, RegExp][] = [
	['summit', /\b(summit|talks|met|meet|meeting|counterpart)\b/i],
	[
		'travel',
		/\b(left|leaves?|arriv\w*|reach\w*|flew|fly|travel\w*|train|journey|depart\w*|returned?|crossed)\b/i
	],
	['forum', /\b(forum|conference|congress|festival|expo\w*)\b/i],
	['legal', /\b(court|warrant|sanction\w*|law|ruling|trial|indict\w*|resolution)\b/i],
	['statement', /\b(said|says|told|declared|announced|stated|warned)\b/i],
	['visit', /\b(visit\w*|tour\w*)\b/i]
];

/** The default category a sentence reads like, when the story uses the default six. */
export function guessCategory(sentence: string, categories: string[]): string {
	if (categories.some((c) => !DEFAULT_CATEGORY_IDS.includes(c))) return categories[0]!;
	return CATEGORY_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? 'visit';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A short title: the clause the phrase stands in, without the phrase. */
export function draftTitle(sentence: string, phrase: Resolved): string {
	const clause = clauseOf(sentence, phrase)
		.replace(/[“”"‘]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,.]*(?:and|but|then)?\s*/i, '')
		.replace(/\s+(?:on|in|at|during|since)\s*$/i, '')
		.replace(/[\s,.;:!?]+$/, '')
		.trim();
	const words = clause.split(' ');
	const text = words.length >= 3 ? clause : sentence.replace(/[.!?]+$/, '');
	return capitalise(text.length > 90 ? `${text.slice(0, 88).replace(/\s+\S*$/, '')}…` : text);
}

/** The clause a phrase stands in, with the phrase taken out. */
function clauseOf(sentence: string, phrase: Resolved): string {
	const before = sentence.slice(0, phrase.index);
	const after = sentence.slice(phrase.index + phrase.phrase.length);
	const cut = /[,;:–—]|\band\b|\bbut\b/g;
	const starts = [...before.matchAll(cut)];
	const from = starts.length ? starts.at(-1)!.index + starts.at(-1)![0].length : 0;
	const end = after.search(cut);
	return `${before.slice(from)} ${end < 0 ? after : after.slice(0, end)}`;
}

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

export interface DraftOptions {
	gazetteer: Gazetteer;
	/** The story's categories, when it declares its own. */
	categories?: string[];
}

export function draftStory(article: string, meta: ArticleMeta, options: DraftOptions): Draft {
	const source = normaliseArticle(article);
	const categories = options.categories ?? DEFAULT_CATEGORY_IDS;
	const places = new Map<string, Place>();
	for (const { place } of options.gazetteer.find(source)) places.set(place.id, place);

	const events: StoryFileEvent[] = [];
	const notes: Record<string, DraftNote> = {};
	const ids = new Set<string>();
	for (const sentence of splitSentences(source, meta.language ?? 'en')) {
		if (sentence.text.length > LIMITS.quote) continue;
		for (const phrase of resolvePhrases(sentence.text, { published: meta.published })) {
			// A dateline or timestamp line is the article's own date, not an event.
			if (phrase.phrase.length >= 0.6 * sentence.text.replace(/\W+$/, '').length) continue;
			const title = draftTitle(sentence.text, phrase);
			const id = uniqueId(`${slugify(title, 40)}-${phrase.date.slice(0, 4)}`, ids);
			// Places of the phrase's own clause: "left Pyongyang on Sunday and reached Russia
			// yesterday" puts Pyongyang on Sunday only; a clause with none takes the sentence's.
			const inClause = options.gazetteer.find(clauseOf(sentence.text, phrase));
			const here = (inClause.length ? inClause : []).map((f) => f.place.id);
			const category = guessCategory(sentence.text, categories);
			events.push({
				id,
				title,
				summary: sentence.text.slice(0, LIMITS.summary),
				date: phrase.date,
				...(phrase.time ? { time: { local: phrase.time, approximate: false } } : {}),
				places: [...new Set(here)],
				participants: findPeople(sentence.text),
				category,
				importance: category === 'summit' ? 3 : phrase.confidence < 0.6 ? 1 : 2,
				provenance: {
					status: 'reported',
					quotes: [
						{
							text: sentence.text,
							resolves: { phrase: phrase.phrase, date: phrase.date, reasoning: phrase.reasoning }
						}
					],
					context: []
				}
			});
			notes[id] = {
				start: sentence.start,
				end: sentence.start + sentence.text.length,
				phraseStart: sentence.start + phrase.index,
				phraseEnd: sentence.start + phrase.index + phrase.phrase.length,
				confidence: phrase.confidence,
				reasoning: phrase.reasoning
			};
		}
	}

	const title = meta.title.trim() || source.split('\n')[0]!.trim() || meta.slug;
	const story: StoryFile = {
		slug: meta.slug,
		title: title.slice(0, LIMITS.title),
		dek: `Drafted from “${title}” (${meta.publisher}, ${meta.published}).`.slice(0, LIMITS.dek),
		language: meta.language ?? 'en',
		timeZone: meta.timeZone || 'UTC',
		sources: [
			{
				id: 'article',
				title: title.slice(0, LIMITS.title),
				publisher: meta.publisher,
				published: meta.published,
				...(meta.url ? { url: meta.url } : {}),
				text: `${meta.slug}.txt`
			}
		],
		places: [...places.values()],
		events,
		journeys: []
	};
	return { story, source, notes };
}
