import { base } from '$app/paths';
import { loadStory, storyEntries } from '$lib/data/load.server';
import { oembed } from '$lib/embed/snippet';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is oembed.json.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params, url }) => {
	const story = loadStory(params.story);
	// oEmbed consumers paste the html into other sites, so its address is absolute:
	// kit.prerender.origin names the site (svelte.config.js).
	const body = oembed({ appUrl: `${url.origin}${base}/`, slug: story.slug, title: story.title });
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
