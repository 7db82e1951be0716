import { base } from '$app/paths';
import { loadStory, storyEntries } from '$lib/data/load.server';
import { oembed } from '$lib/embed/snippet';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is oembed.json.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

/** SvelteKit's stand-in origin while prerendering, unless `kit.prerender.origin` names the site. */
const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

export const GET: RequestHandler = ({ params, url }) => {
	const story = loadStory(params.story);
	// oEmbed consumers paste the html into other sites, so its address should be absolute:
	// set kit.prerender.origin to the public origin for that. Until then it is root-relative.
	const origin = url.origin === PLACEHOLDER_ORIGIN ? '' : url.origin;
	const body = oembed({ appUrl: `${origin}${base}/`, slug: story.slug, title: story.title });
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
