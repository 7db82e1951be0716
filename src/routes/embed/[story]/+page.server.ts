import { error } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadStoriesOrThrow().map((s) => ({ story: s.slug }));

export function load({ params }) {
	const story = loadStoriesOrThrow().find((s) => s.slug === params.story);
	if (!story) error(404, `No story “${params.story}”`);
	return { story };
}
