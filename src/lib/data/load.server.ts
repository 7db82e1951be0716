/**
 * Reads every story in `data/` and validates it. Used by the build (vite plugin), by
 * `npm run check:data` and by the pages' load functions (at prerender time).
 */
import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatError, validateStory, type DataError } from './validate.ts';
import type { Story } from './types.ts';

export interface LoadResult {
	stories: Story[];
	errors: DataError[];
}

export function loadStories(root = process.cwd()): LoadResult {
	const storiesDir = resolve(root, 'data/stories');
	const sourcesDir = resolve(root, 'data/sources');
	const sources: Record<string, string> = {};
	if (existsSync(sourcesDir)) {
		for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'))) {
			sources[name] = readFileSync(join(sourcesDir, name), 'utf8');
		}
	}
	const files = existsSync(storiesDir)
		? readdirSync(storiesDir)
				.filter((n) => n.endsWith('.json'))
				.sort()
		: [];
	const stories: Story[] = [];
	const errors: DataError[] = [];
	for (const name of files) {
		const file = `data/stories/${name}`;
		const result = validateStory({
			file,
			text: readFileSync(join(storiesDir, name), 'utf8'),
			sources
		});
		if (result.story) stories.push(result.story);
		else errors.push(...result.errors);
	}
	return { stories, errors };
}

/** All stories, or an Error listing every problem of every file. */
export function loadStoriesOrThrow(root?: string): Story[] {
	const { stories, errors } = loadStories(root);
	if (errors.length > 0) {
		throw new Error(
			`Story data is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatError).join('\n')}`
		);
	}
	return stories;
}

/** Prerender entries for routes with a [story] parameter: one per story. */
export function storyEntries(): { story: string }[] {
	return loadStoriesOrThrow().map((s) => ({ story: s.slug }));
}

/** One story by its slug, or a 404 for the page asking for it. */
export function loadStory(slug: string): Story {
	const story = loadStoriesOrThrow().find((s) => s.slug === slug);
	if (!story) error(404, `No story “${slug}”`);
	return story;
}
