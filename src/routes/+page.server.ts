import { listedStories } from '$lib/data/load.server';
import { summarise } from '$lib/data/types';

export function load() {
	return { stories: listedStories().map(summarise) };
}
