import { loadStory, storyEntries } from '$lib/data/load.server';
import { storyGeoJson } from '$lib/embed/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.geojson.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const story = loadStory(params.story);
	return new Response(`${JSON.stringify(storyGeoJson(story), null, '\t')}\n`, {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
};
