/** The oEmbed files: a story's (`/<slug>/oembed.json`) and one per event (`/<slug>/oembed/<id>.json`). */
import { storyCredit } from '$lib/data/credit';
import { loadStory } from '$lib/data/load.server';
import { prettyJson } from '$lib/exports/endpoint.server';
import { siteAddress } from '$lib/site/address.server';
import { oembed } from './snippet';

/**
 * `relative` is the app's address relative to the file: oEmbed consumers paste the html into
 * other sites, so it is absolute with SITE_ORIGIN; without it, relative, so no made-up host is
 * published.
 */
export function oembedResponse(slug: string, event: string | null, relative: string): Response {
	const story = loadStory(slug);
	const body = oembed({
		appUrl: siteAddress() ?? relative,
		slug: story.slug,
		title: story.title,
		credit: storyCredit(story),
		event
	});
	return new Response(prettyJson(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
