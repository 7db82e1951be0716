import { loadStory, storyEntries } from '$lib/data/load.server';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

export function load({ params }) {
	return { story: loadStory(params.story) };
}
