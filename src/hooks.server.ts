/**
 * Every page says its language, and its Content-Security-Policy allows exactly the hosts it
 * uses: a story's page and embed take the story's language, and its own tile server (when it
 * names one) joins img-src; every other page is English and allows no other host.
 */
import type { Handle } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import { tileSource } from '$lib/map/tiles';
import { siteAddress } from '$lib/site/address.server';
import { storyHead, storyNotesHtml, storyVoicesHtml } from '$lib/site/story-parts.server';

export const handle: Handle = async ({ event, resolve }) => {
	const slug = event.params.story;
	const story = slug ? loadStoriesOrThrow().find((s) => s.slug === slug) : undefined;
	const lang = story?.language ?? 'en';
	const tiles = story?.tiles ? tileSource(story.tiles.url) : null;
	// The story page (not its embed) gets its JSON-LD and "Who says what" as build-time HTML.
	const storyPage = story && event.route.id === '/[story]';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let out = html.replace('%lang%', lang);
			if (tiles)
				out = out.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${tiles}`);
			if (storyPage) {
				out = out.replace('</head>', `${storyHead(story, siteAddress())}</head>`);
				// Empty, static elements of the page: hydration never looks inside them.
				out = out
					.replace(
						/(<div class="story-notes[^"]*">)(<\/div>)/,
						(_, a, b) => a + storyNotesHtml(story) + b
					)
					.replace(
						/(<div class="story-voices[^"]*">)(<\/div>)/,
						(_, a, b) => a + storyVoicesHtml(story) + b
					);
			}
			return out;
		}
	});
};
