import { loadStory, storyEntries } from '$lib/data/load.server';
import { storyCsv } from '$lib/embed/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.csv.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const story = loadStory(params.story);
	return new Response(storyCsv(story), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
};
