/**
 * Reads every story and validates it. Used by the build (vite plugin), by
 * `npm run check:data` and by the pages' load functions (at prerender time).
 *
 * Stories live in `data/` (stories/*.json, their article texts in sources/*.txt). A test
 * build (EVENT_ATLAS_FIXTURES=1) also reads `tests/fixtures/`, and a benchmark build
 * (EVENT_ATLAS_BENCH=1) `.bench/`: their stories are built and served but never listed.
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
	/** Slugs of the stories the index lists (fixtures are left out). */
	listed: Set<string>;
	/** The texts of each story's sources, by story slug and source file name. */
	texts: Map<string, Record<string, string>>;
}

/** The folders stories are read from, relative to the project: data/, and the test fixtures. */
export function storyFolders(): { dir: string; listed: boolean }[] {
	const folders = [{ dir: 'data', listed: true }];
	if (process.env.EVENT_ATLAS_FIXTURES) folders.push({ dir: 'tests/fixtures', listed: false });
	// The benchmark's generated big story (npm run bench), built only when asked for.
	if (process.env.EVENT_ATLAS_BENCH) folders.push({ dir: '.bench', listed: false });
	return folders;
}

function readTexts(dir: string, ending: string): [string, string][] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith(ending))
		.sort()
		.map((n) => [n, readFileSync(join(dir, n), 'utf8')]);
}

export function loadStories(root = process.cwd()): LoadResult {
	const stories: Story[] = [];
	const errors: DataError[] = [];
	const listed = new Set<string>();
	const texts = new Map<string, Record<string, string>>();
	for (const folder of storyFolders()) {
		const sources = Object.fromEntries(readTexts(resolve(root, folder.dir, 'sources'), '.txt'));
		for (const [name, text] of readTexts(resolve(root, folder.dir, 'stories'), '.json')) {
			const result = validateStory({ file: `${folder.dir}/stories/${name}`, text, sources });
			if (!result.story) {
				errors.push(...result.errors);
				continue;
			}
			if (stories.some((s) => s.slug === result.story.slug)) {
				errors.push({
					file: `${folder.dir}/stories/${name}`,
					path: 'slug',
					message: `another story already has the slug "${result.story.slug}"`,
					hint: 'every story needs its own slug (and file name)'
				});
				continue;
			}
			stories.push(result.story);
			texts.set(
				result.story.slug,
				Object.fromEntries(result.story.sources.map((s) => [s.text, sources[s.text] ?? '']))
			);
			if (folder.listed) listed.add(result.story.slug);
		}
	}
	return { stories, errors, listed, texts };
}

/** What the story files are now: names, sizes and times, cheap to read on every call. */
function signature(root: string): string {
	return storyFolders()
		.flatMap((f) => [`${f.dir}/stories`, `${f.dir}/sources`])
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
 * In a build the files do not change: they are read once and never looked at again (a
 * 5,000-event story asks for them once per event file). In `vite dev`, tests and scripts an
 * edited file is read again.
 */
const watching = import.meta.env?.DEV !== false;

/**
 * loadStories, done once per build: prerendering asks for the stories once per route and
 * story, and the files do not change in between. In `vite dev` an edited file is read again.
 */
export function loadStoriesOnce(root = process.cwd()): LoadResult {
	const cached = memo.get(root);
	if (cached && !watching) return cached.result;
	const now = signature(root);
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

/** The stories the index lists, in file order. */
export function listedStories(root?: string): Story[] {
	const { listed } = loadStoriesOnce(root);
	return loadStoriesOrThrow(root).filter((s) => listed.has(s.slug));
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

const eventIds = new WeakMap<Story, Set<string>>();

/** Whether a story has an event of this id (a set per story: a big story asks once per event). */
export function hasEvent(story: Story, id: string): boolean {
	let ids = eventIds.get(story);
	if (!ids) eventIds.set(story, (ids = new Set(story.events.map((e) => e.id))));
	return ids.has(id);
}

/** The text of one of a story's sources, as stored in `sources/` beside it. */
export function sourceText(slug: string, file: string): string {
	const text = loadStoriesOnce().texts.get(slug)?.[file];
	if (text === undefined) error(404, `No source text “${file}” for “${slug}”`);
	return text;
}
