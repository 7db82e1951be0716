/**
 * The studio's pure edits: the story the editor's decisions make, merging two drafted
 * events, where in the form a validation problem points, and opening a story file again.
 */
import type { DataError } from '../data/validate.ts';
import type { StoryFile, StoryFileEvent } from '../data/schema.ts';
import type { DraftNote } from '../draft/draft.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface DraftItem {
	event: StoryFileEvent;
	/** Where the event came from in the article; absent for an event the editor added. */
	note?: DraftNote;
	decision: Decision;
}

/** The story file as it would be downloaded: every event the editor has not rejected. */
export function assemble(base: StoryFile, items: DraftItem[]): StoryFile {
	const { $schema, ...rest } = base;
	void $schema;
	return {
		$schema: '../../static/schema/story.schema.json',
		...rest,
		events: items.filter((i) => i.decision !== 'rejected').map((i) => i.event)
	};
}

/** The span from the earlier to the later of two EDTF dates (the same date stays one). */
export function spanOf(a: string, b: string): string {
	const start = (d: string) => d.split('/')[0]!;
	const end = (d: string) => d.split('/').at(-1)!;
	const from = [start(a), start(b)].sort()[0]!;
	const to = [end(a), end(b)].sort().at(-1)!;
	return from === to ? from : `${from}/${to}`;
}

/** `b` folded into `a`: both quotes, all places and people, the span of both dates. */
export function mergeEvents(a: StoryFileEvent, b: StoryFileEvent): StoryFileEvent {
	const people = new Map(
		[...(a.participants ?? []), ...(b.participants ?? [])].map((p) => [p.name, p])
	);
	return {
		...a,
		date: spanOf(a.date, b.date),
		// A clock time belongs to one day; a merged span has none.
		...(spanOf(a.date, b.date) === a.date ? {} : { time: undefined }),
		places: [...new Set([...a.places, ...b.places])],
		participants: [...people.values()],
		importance: Math.max(a.importance, b.importance) as StoryFileEvent['importance'],
		provenance: {
			...a.provenance,
			quotes: [...(a.provenance.quotes ?? []), ...(b.provenance.quotes ?? [])],
			context: [...(a.provenance.context ?? []), ...(b.provenance.context ?? [])]
		}
	};
}

const META: Record<string, string> = {
	slug: 'studio-slug',
	title: 'studio-title',
	dek: 'studio-dek',
	timeZone: 'studio-zone',
	'sources[0].title': 'studio-title',
	'sources[0].publisher': 'studio-publisher',
	'sources[0].published': 'studio-published',
	'sources[0].url': 'studio-url'
};

/** The id of the form field (or, failing that, the card) a validation problem is about. */
export function fieldFor(error: DataError): string | null {
	if (META[error.path]) return META[error.path]!;
	const event = /^events\[\d+\]\.?(.*)$/.exec(error.path);
	if (event && error.id) {
		const rest = event[1]!;
		const simple = /^(title|summary|date|category|importance)$/.exec(rest);
		if (simple) return `ev-${error.id}-${simple[1]}`;
		if (rest === 'provenance.status' || rest === 'provenance.quotes')
			return `ev-${error.id}-status`;
		const context = /^provenance\.context\[(\d+)\]\.(?:citation\.)?(\w+)/.exec(rest);
		if (context) return `ev-${error.id}-context-${context[1]}-${context[2]}`;
		if (rest === 'provenance.context') return `ev-${error.id}-add-context`;
		const correction = /^provenance\.correction(?:\.(?:citation\.)?(\w+))?/.exec(rest);
		if (correction) return `ev-${error.id}-correction-${correction[1] ?? 'text'}`;
		return `ev-${error.id}`;
	}
	const place = /^places\[\d+\]/.exec(error.path);
	if (place && error.id) return `place-${error.id}`;
	return null;
}

/** An opened story's events, each placed in the article by its first quote when it is there. */
export function itemsFromStory(story: StoryFile, article: string): DraftItem[] {
	return story.events.map((event) => {
		const quote = event.provenance.quotes?.[0];
		const at = quote ? article.indexOf(quote.text) : -1;
		const phrase = quote?.resolves?.phrase;
		const phraseAt = at >= 0 && phrase ? article.indexOf(phrase, at) : -1;
		return {
			event,
			decision: 'accepted',
			...(at >= 0
				? {
						note: {
							start: at,
							end: at + quote!.text.length,
							phraseStart: phraseAt >= 0 ? phraseAt : at,
							phraseEnd: phraseAt >= 0 ? phraseAt + phrase!.length : at,
							confidence: 1,
							reasoning: quote!.resolves?.reasoning ?? 'Checked by an editor.'
						}
					}
				: {})
		};
	});
}
