/**
 * The studio's one state: the article and its details, the drafted events with the editor's
 * decisions, the live checks and the preview story. Kept in the browser's localStorage so
 * work survives a reload; nothing here ever makes a request.
 */
import type { DataError, ValidationResult, StoryInput } from '../data/validate.ts';
import type { StoryFile } from '../data/schema.ts';
import type { Story } from '../data/types.ts';
import type { ArticleMeta } from '../draft/draft.ts';
import type { Place } from '../draft/gazetteer.ts';
import { PREVIEW_KEY } from './preview.ts';
import { assemble, itemsFromStory, mergeEvents, type Decision, type DraftItem } from './edit.ts';

const KEY = 'event-atlas:studio';
const PLACES_KEY = 'event-atlas:studio:places';

interface Saved {
	meta: ArticleMeta;
	article: string;
	base: StoryFile | null;
	items: DraftItem[];
}

export const EMPTY_META: ArticleMeta = {
	slug: '',
	title: '',
	publisher: '',
	published: '',
	url: '',
	timeZone: 'UTC',
	language: 'en'
};

export class StudioState {
	meta = $state<ArticleMeta>({ ...EMPTY_META });
	article = $state('');
	/** The drafted story without its events (those are `items`). */
	base = $state<StoryFile | null>(null);
	items = $state<DraftItem[]>([]);
	/** The event whose sentence the article shows. */
	selected = $state<string | null>(null);
	busy = $state(false);
	/** Counts finished drafts: the events list takes the focus after each. */
	drafted = $state(0);
	/** A problem with the editor's input (not the story's): shown beside the form. */
	message = $state('');

	/** The source text as it will be saved: line ends normalised, one final newline. */
	source = $derived(this.article.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n');

	/** The story file as it would be downloaded now. */
	output = $derived.by((): StoryFile | null => {
		if (!this.base) return null;
		const m = this.meta;
		const source = {
			...this.base.sources[0]!,
			title: m.title,
			publisher: m.publisher,
			published: m.published,
			text: `${m.slug}.txt`
		};
		if (m.url) source.url = m.url;
		else delete source.url;
		return assemble(
			{
				...this.base,
				slug: m.slug,
				title: m.title,
				timeZone: m.timeZone || 'UTC',
				sources: [source, ...this.base.sources.slice(1)]
			},
			this.items
		);
	});
	json = $derived(this.output ? JSON.stringify(this.output, null, '\t') + '\n' : '');
	/** The checks of npm run check:data; loaded with the editing tools, not with the page. */
	validate = $state.raw<((input: StoryInput) => ValidationResult) | null>(null);
	check = $derived.by((): { story: Story | null; errors: DataError[] } => {
		if (!this.output || !this.validate) return { story: null, errors: [] };
		return this.validate({
			file: `data/stories/${this.meta.slug || '(slug)'}.json`,
			text: this.json,
			sources: { [`${this.meta.slug}.txt`]: this.source }
		});
	});

	/** Places an editor confirmed in earlier drafts: found before the gazetteer's namesakes. */
	confirmed = $state<Place[]>([]);

	restore() {
		try {
			const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
			if (saved?.meta) {
				this.meta = { ...EMPTY_META, ...saved.meta };
				this.article = saved.article ?? '';
				this.base = saved.base ?? null;
				this.items = saved.items ?? [];
			}
			this.confirmed = JSON.parse(localStorage.getItem(PLACES_KEY) ?? '[]') as Place[];
		} catch {
			// A damaged save is left in place for the editor to recover by hand; start afresh.
			this.message = 'The saved draft in this browser could not be read; starting afresh.';
		}
	}

	save() {
		const saved: Saved = {
			meta: this.meta,
			article: this.article,
			base: this.base,
			items: this.items
		};
		localStorage.setItem(KEY, JSON.stringify(saved));
		localStorage.setItem(PLACES_KEY, JSON.stringify(this.confirmed));
		const preview = JSON.stringify({ slug: this.meta.slug, json: this.json, source: this.source });
		if (this.json && localStorage.getItem(PREVIEW_KEY) !== preview)
			localStorage.setItem(PREVIEW_KEY, preview);
	}

	async draft() {
		const m = this.meta;
		if (!this.article.trim())
			return void (this.message = 'Paste or drop the article’s text first.');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(m.published))
			return void (this.message =
				'Give the publication date: it is what “on Sunday” and “yesterday” are counted from.');
		if (!m.slug) m.slug = slugOf(m.title || this.article.split('\n')[0]!);
		this.message = '';
		this.busy = true;
		try {
			// The drafting code and the gazetteer load only now: the studio opens fast, story pages never see them.
			const [{ draftStory }, { Gazetteer, parseGazetteer }, table] = await Promise.all([
				import('../draft/draft.ts'),
				import('../draft/gazetteer.ts'),
				import('virtual:gazetteer')
			]);
			gazetteer ??= parseGazetteer(table.default);
			const known = [...this.confirmed, ...(this.base?.places ?? [])];
			const draft = draftStory(
				this.article,
				{ ...m },
				{ gazetteer: new Gazetteer(gazetteer, known) }
			);
			const { events, ...rest } = draft.story;
			// Places the editor added by hand stay, even when the new draft does not find them.
			const all = [...(this.base?.places ?? []), ...rest.places];
			const places = all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
			this.base = { ...rest, events: [], places };
			this.items = events.map((event) => ({
				event,
				note: draft.notes[event.id],
				decision: 'pending' as Decision
			}));
			this.selected = this.items[0]?.event.id ?? null;
			this.drafted++;
			if (!events.length)
				this.message =
					'No sentence of this text states a date: add events by hand, or check the text.';
		} finally {
			this.busy = false;
		}
	}

	decide(id: string, decision: Decision) {
		const item = this.items.find((i) => i.event.id === id);
		if (item) item.decision = decision;
	}

	/** Folds an event into the one before it (in the article's order). */
	mergeWithPrevious(id: string) {
		const at = this.items.findIndex((i) => i.event.id === id);
		const before = this.items.slice(0, at).findLastIndex((i) => i.decision !== 'rejected');
		if (at < 1 || before < 0) return;
		this.items[before]!.event = mergeEvents(this.items[before]!.event, this.items[at]!.event);
		this.items.splice(at, 1);
		this.selected = this.items[before]!.event.id;
	}

	addPlace(place: Place) {
		if (!this.base) return;
		this.base.places = [...this.base.places.filter((p) => p.id !== place.id), place];
		this.confirmed = [...this.confirmed.filter((p) => p.name !== place.name), place];
	}

	removePlace(id: string) {
		if (!this.base) return;
		this.base.places = this.base.places.filter((p) => p.id !== id);
		for (const item of this.items) item.event.places = item.event.places.filter((p) => p !== id);
	}

	/** Opens a story file (and, if given, its source text) to edit it. */
	open(storyText: string, sourceText?: string) {
		let story: StoryFile;
		try {
			story = JSON.parse(storyText) as StoryFile;
			if (!Array.isArray(story.events) || !Array.isArray(story.sources))
				throw new Error('not a story');
		} catch {
			this.message =
				'That file is not an Event Atlas story (a JSON file with "sources" and "events").';
			return;
		}
		const source = story.sources[0];
		this.meta = {
			...EMPTY_META,
			slug: story.slug ?? '',
			title: story.title ?? '',
			publisher: source?.publisher ?? '',
			published: source?.published ?? '',
			url: source?.url ?? '',
			timeZone: story.timeZone ?? 'UTC',
			language: story.language ?? 'en'
		};
		if (sourceText !== undefined) this.article = sourceText;
		const { events, ...rest } = story;
		this.base = { ...rest, events: [] };
		this.items = itemsFromStory({ ...story, events }, this.article);
		this.selected = this.items[0]?.event.id ?? null;
		this.message =
			sourceText === undefined
				? 'Opened the story; open its .txt source too, or paste the article, for the quote checks.'
				: '';
	}

	reset() {
		this.meta = { ...EMPTY_META };
		this.article = '';
		this.base = null;
		this.items = [];
		this.selected = null;
		this.message = '';
	}
}

let gazetteer: ReturnType<typeof import('../draft/gazetteer.ts').parseGazetteer> | undefined;

export function slugOf(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'story'
	);
}
