/**
 * A Vite plugin: before every dev server start and build, make the basemap of every story
 * (data/stories, and the fixtures in a test build) into src/lib/map/basemap/<slug>.json,
 * which the map loads as one lazy chunk per story. Each file records a key of the places it
 * was cut for, so an unchanged story is not cut again; files of stories that are gone are
 * removed. Nothing to run or commit by hand (the folder is git-ignored).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { storyFolders } from '../../src/lib/data/load.server.ts';
import { BASEMAP_VERSION } from '../../src/lib/map/basemap.ts';
import { gzipSize, makeBasemap } from './generate.ts';

export const BASEMAP_DIR = 'src/lib/map/basemap';
/** Bump when the generator's output changes, so every cache is cut again. */
const GENERATOR = 10;

interface StoryPlaces {
	slug: string;
	places: { lat: number; lon: number }[];
}

/** Every story's slug and places, read leniently: validation reports broken files elsewhere. */
function storiesOnDisk(root: string): StoryPlaces[] {
	return storyFolders().flatMap(({ dir }) => {
		const stories = join(root, dir, 'stories');
		if (!existsSync(stories)) return [];
		return readdirSync(stories)
			.filter((n) => n.endsWith('.json'))
			.flatMap((name) => {
				try {
					const story = JSON.parse(readFileSync(join(stories, name), 'utf8')) as StoryPlaces;
					const places = (story.places ?? []).filter(
						(p) => Number.isFinite(p?.lat) && Number.isFinite(p?.lon)
					);
					return typeof story.slug === 'string' && places.length
						? [{ slug: story.slug, places }]
						: [];
				} catch {
					return [];
				}
			});
	});
}

const keyOf = (places: StoryPlaces['places']) =>
	createHash('sha256')
		.update(JSON.stringify([GENERATOR, BASEMAP_VERSION, places.map((p) => [p.lat, p.lon])]))
		.digest('hex')
		.slice(0, 16);

/** Make what is missing or stale; returns one line per story for a report. */
export function updateBasemaps(root = process.cwd(), force = false): string[] {
	const dir = join(root, BASEMAP_DIR);
	mkdirSync(dir, { recursive: true });
	const stories = storiesOnDisk(root);
	const lines: string[] = [];
	for (const story of stories) {
		const file = join(dir, `${story.slug}.json`);
		const key = keyOf(story.places);
		if (!force && existsSync(file)) {
			try {
				if ((JSON.parse(readFileSync(file, 'utf8')) as { key?: string }).key === key) continue;
			} catch {
				// unreadable: cut it again
			}
		}
		const basemap = { ...makeBasemap(story.places), key };
		writeFileSync(file, JSON.stringify(basemap));
		lines.push(
			`${story.slug}: ${(JSON.stringify(basemap).length / 1024).toFixed(1)} KB, ${(gzipSize(basemap) / 1024).toFixed(1)} KB gzip (${basemap.source})`
		);
	}
	const slugs = new Set(stories.map((s) => s.slug));
	for (const name of readdirSync(dir))
		if (name.endsWith('.json') && !slugs.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name));
	return lines;
}

export function storyBasemaps(): Plugin {
	return {
		name: 'event-atlas:story-basemaps',
		// Before any module is transformed: the map's import.meta.glob finds every file. Not for
		// `vite preview` (it serves what was built) nor vitest (its specs cut their own).
		config(_, { command, isPreview }) {
			if (isPreview || process.env.VITEST) return;
			if (command !== 'build' && command !== 'serve') return;
			for (const line of updateBasemaps()) console.log(`basemap ${line}`);
		}
	};
}
