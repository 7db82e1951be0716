import { loadStoriesOrThrow } from '$lib/data/load.server';
import { summarise } from '$lib/data/types';

export function load() {
	return { stories: loadStoriesOrThrow().map(summarise) };
}
