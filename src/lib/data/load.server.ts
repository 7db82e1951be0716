/**
 * Reads every story in `data/` and validates it. Used by the build (vite plugin), by
 * `npm run check:data` and by the pages' load functions (at prerender time).
 */
import { error } from '@sveltejs/kit';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatError, validateStory, type DataError } from './validate.ts';
import type { Story } from './types.ts';
import { siteAddress } from '../site/address.server.ts';

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

/** What the story files are now: names, sizes and times, cheap to read on every call. */
function signature(root: string): string {
	return ['data/stories', 'data/sources']
		.map((dir) => resolve(root, dir))
		.filter((dir) => existsSync(dir))
		.flatMap((dir) =>
			readdirSync(dir)
				.sort()
				.map((name) => {
					const stat = statSync(join(dir, name));
					return `${dir}/${name}:${stat.size}:${stat.mtimeMs}`;
				})
		)
		.join('\n');
}

const memo = new Map<string, { signature: string; result: LoadResult }>();

/**
 * loadStories, done once per build: prerendering asks for the stories once per route and
 * story, and the files do not change in between. In `vite dev` an edited file is read again.
 */
export function loadStoriesOnce(root = process.cwd()): LoadResult {
	const now = signature(root);
	const cached = memo.get(root);
	if (cached?.signature === now) return cached.result;
	const result = loadStories(root);
	memo.set(root, { signature: now, result });
	return result;
}

/** All stories, or an Error listing every problem of every file. */
export function loadStoriesOrThrow(root?: string): Story[] {
	const { stories, errors } = loadStoriesOnce(root);
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

/** The load function of every page about one story: the story, and the site's address. */
export function loadStoryPage({ params }: { params: { story: string } }) {
	return { story: loadStory(params.story), site: siteAddress() };
}

/** One story by its slug, or a 404 for the page asking for it. */
export function loadStory(slug: string): Story {
	const story = loadStoriesOrThrow().find((s) => s.slug === slug);
	if (!story) error(404, `No story “${slug}”`);
	return story;
}
