import { error } from '@sveltejs/kit';
import { hasEvent, loadStoriesOrThrow, loadStory } from '$lib/data/load.server';
import { oembedResponse } from '$lib/embed/oembed.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** One file per event: the oEmbed of `/<slug>/?event=<id>`, the embed opened on that event. */
export const entries: EntryGenerator = () =>
	loadStoriesOrThrow().flatMap((story) =>
		story.events.map((event) => ({ story: story.slug, event: event.id }))
	);

export const GET: RequestHandler = ({ params }) => {
	if (!hasEvent(loadStory(params.story), params.event))
		error(404, `The story has no event “${params.event}”.`);
	return oembedResponse(params.story, params.event, '../../');
};
