/**
 * Every page says its language, and its Content-Security-Policy allows exactly the hosts it
 * uses: a story's page and embed take the story's language, and its own tile server (when it
 * names one) joins img-src; every other page is English and allows no other host.
 */
import type { Handle } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import { tileSource } from '$lib/map/tiles';

export const handle: Handle = async ({ event, resolve }) => {
	const slug = event.params.story;
	const story = slug ? loadStoriesOrThrow().find((s) => s.slug === slug) : undefined;
	const lang = story?.language ?? 'en';
	const tiles = story?.tiles ? tileSource(story.tiles.url) : null;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let out = html.replace('%lang%', lang);
			if (tiles)
				out = out.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${tiles}`);
			return out;
		}
	});
};
