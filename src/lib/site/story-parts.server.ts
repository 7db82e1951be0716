/**
 * Parts of a story page that are build-time HTML only, added by the server hook: the JSON-LD in
 * the head, and "Who says what" after the explorer. Neither has anything to do in the browser,
 * so neither adds to the JavaScript the page loads (its 60 KB budget).
 */
import { render } from 'svelte/server';
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
