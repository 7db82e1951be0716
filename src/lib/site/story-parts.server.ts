/**
 * Parts of a story page that are build-time HTML only, added by the server hook: the JSON-LD in
 * the head, the notes under the title, and "Who says what". None has anything to do in the
 * browser (their links are plain links), so none adds to the JavaScript the page loads (its
 * 60 KB budget). The hook fills empty, static elements of the page, which hydration leaves be.
 */
import { render } from 'svelte/server';
import StoryNotes from '$lib/explorer/StoryNotes.svelte';
import StoryVoices from '$lib/explorer/StoryVoices.svelte';
import { storyJsonLd } from '$lib/export/jsonld';
import type { Story } from '$lib/data/types';

export function storyHead(story: Story, site: string | null): string {
	return `<script type="application/ld+json">${storyJsonLd(story, site)}</script>`;
}

export function storyVoicesHtml(story: Story): string {
	if (!story.voices?.length) return '';
	const events = Object.fromEntries(story.events.map((e) => [e.id, e.title]));
	const { head, body } = render(StoryVoices, {
		props: { voices: story.voices, events, sourceHref: 'source/', language: story.language }
	});
	return `${head}${body}`;
}

export function storyNotesHtml(story: Story): string {
	const disputed = story.events.filter((e) => e.provenance.status === 'disputed').map((e) => e.id);
	const { head, body } = render(StoryNotes, { props: { disputed, sourceHref: 'source/' } });
	return `${head}${body}`;
}
