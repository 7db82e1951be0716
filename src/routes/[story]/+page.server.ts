import { loadStoryPage, storyEntries } from '$lib/data/load.server';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;
export const load = loadStoryPage;
