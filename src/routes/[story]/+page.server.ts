import { render } from 'svelte/server';
import { loadStoryPage, storyEntries } from '$lib/data/load.server';
import StoryNotes from '$lib/explorer/StoryNotes.svelte';
import StoryVoices from '$lib/explorer/StoryVoices.svelte';
import { storyJsonLd } from '$lib/export/jsonld';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

/** The story, plus what the page renders once at build time: "Who says what" and the JSON-LD. */
export function load({ params }: { params: { story: string } }) {
	const page = loadStoryPage({ params });
	const { story, site } = page;
	const events = Object.fromEntries(story.events.map((e) => [e.id, e.title]));
	// The component's styles come in `head` (css="injected"): they travel with its HTML.
	const voices = story.voices?.length
		? render(StoryVoices, {
				props: { voices: story.voices, events, sourceHref: 'source/', language: story.language }
			})
		: undefined;
	const voicesHtml = voices ? `${voices.head}${voices.body}` : undefined;
	const disputed = story.events.filter((e) => e.provenance.status === 'disputed').map((e) => e.id);
	const notes = render(StoryNotes, { props: { disputed, sourceHref: 'source/' } });
	return {
		...page,
		voicesHtml,
		notesHtml: `${notes.head}${notes.body}`,
		jsonLd: storyJsonLd(story, site)
	};
}
