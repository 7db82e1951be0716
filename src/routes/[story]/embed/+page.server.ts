import { loadStory, storyEntries } from '$lib/data/load.server';
import { siteAddress } from '$lib/site/address.server';
import { builderStory } from '$lib/embed/builder-story';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

/** The builder needs the story's name, span and events' names and dates, not all of it. */
export function load({ params }: { params: { story: string } }) {
	return { story: builderStory(loadStory(params.story)), site: siteAddress() };
}
