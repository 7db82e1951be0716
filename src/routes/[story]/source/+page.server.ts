import { loadStory, sourceText, storyEntries } from '$lib/data/load.server';
import { formatWhen } from '$lib/data/format';
import { siteAddress } from '$lib/site/address.server';
import { annotate, quoteRanges } from '$lib/source/annotate';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

/** The annotated article: only what the page shows, not the whole story. */
export function load({ params }: { params: { story: string } }) {
	const story = loadStory(params.story);
	return {
		site: siteAddress(),
		slug: story.slug,
		title: story.title,
		language: story.language,
		events: Object.fromEntries(
			story.events.map((e) => [
				e.id,
				{ title: e.title, when: formatWhen(e.when), status: e.provenance.status }
			])
		),
		voices: Object.fromEntries((story.voices ?? []).map((v) => [v.id, v.name])),
		sources: story.sources.map((source) => {
			const text = sourceText(story.slug, source.text);
			const annotated = annotate(text, quoteRanges(story, source.id, text));
			return {
				id: source.id,
				title: source.title,
				publisher: source.publisher,
				published: source.published,
				url: source.url,
				...annotated
			};
		})
	};
}
