import { error } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import { storyGeoJson } from '$lib/embed/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.geojson.
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => loadStoriesOrThrow().map((s) => ({ story: s.slug }));

export const GET: RequestHandler = ({ params }) => {
	const story = loadStoriesOrThrow().find((s) => s.slug === params.story);
	if (!story) error(404, `No story “${params.story}”`);
	return new Response(`${JSON.stringify(storyGeoJson(story), null, '\t')}\n`, {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
};
