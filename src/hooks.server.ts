/** Every page says its language: a story's page and embed take the story's, the rest English. */
import type { Handle } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';

export const handle: Handle = async ({ event, resolve }) => {
	const slug = event.params.story;
	const lang = (slug && loadStoriesOrThrow().find((s) => s.slug === slug)?.language) || 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
