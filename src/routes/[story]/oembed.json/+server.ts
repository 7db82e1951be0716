import { loadStory, storyEntries } from '$lib/data/load.server';
import { oembed } from '$lib/embed/snippet';
import { prettyJson } from '$lib/exports/endpoint.server';
import { siteAddress } from '$lib/site/address.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is oembed.json.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const story = loadStory(params.story);
	// oEmbed consumers paste the html into other sites: absolute with SITE_ORIGIN; without
	// it, relative to this file (/<slug>/oembed.json), so no made-up host is published.
	const appUrl = siteAddress() ?? '../';
	const body = oembed({ appUrl, slug: story.slug, title: story.title });
	return new Response(prettyJson(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
