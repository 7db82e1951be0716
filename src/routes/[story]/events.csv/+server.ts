import { error } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import { storyCsv } from '$lib/embed/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.csv.
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => loadStoriesOrThrow().map((s) => ({ story: s.slug }));

export const GET: RequestHandler = ({ params }) => {
	const story = loadStoriesOrThrow().find((s) => s.slug === params.story);
	if (!story) error(404, `No story “${params.story}”`);
	return new Response(storyCsv(story), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
};
