/**
 * Guards the generated basemaps (scripts/build-basemap.ts writes them; they are committed):
 * one per story, covering its places on land, sharp where the story needs it, small.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASEMAP_VERSION, decodeLine, encodeLine, type Basemap } from './basemap.ts';

const stories = readdirSync('data/stories')
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`data/stories/${f}`, 'utf8')) as StoryPlaces);

interface StoryPlaces {
	slug: string;
	places: { id: string; lat: number; lon: number }[];
}

/** Even-odd point in polygon over all rings, as the land is filled. */
function onLand(rings: [number, number][][], lat: number, lon: number): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ai, bi] = ring[i]!;
			const [aj, bj] = ring[j]!;
			if (ai > lat !== aj > lat && lon < ((bj - bi) * (lat - ai)) / (aj - ai) + bi)
				inside = !inside;
		}
	return inside;
}

describe('encodeLine and decodeLine', () => {
	it.each([
		{ points: [], flat: [] },
		{ points: [[131900, 43133]], flat: [131900, 43133] },
		{
			points: [
				[131900, 43133],
				[131894, 43024],
				[131900, 43133]
			],
			flat: [131900, 43133, -6, -109, 6, 109]
		}
	] as { points: [number, number][]; flat: number[] }[])(
		'round-trips $points',
		({ points, flat }) => {
			expect(encodeLine(points)).toEqual(flat);
			expect(decodeLine(flat, 0.001)).toEqual(points.map(([x, y]) => [y / 1000, x / 1000]));
		}
	);
});

describe.each(stories)('the basemap of $slug', (story) => {
	const path = `src/lib/map/basemap/${story.slug}.json`;
	const basemap = JSON.parse(readFileSync(path, 'utf8')) as Basemap;
	// As the bundle carries it: minified.
	const text = JSON.stringify(basemap);
	const land = basemap.land.map((ring) => decodeLine(ring, basemap.quantum));

	it('is current: run `npx tsx scripts/build-basemap.ts` after changing places', () => {
		expect(basemap.version).toBe(BASEMAP_VERSION);
		expect(basemap.source).toMatch(/Natural Earth/);
	});

	it('stays small: under 80 KB, 30 KB gzipped', () => {
		expect(text.length).toBeLessThan(80 * 1024);
		expect(gzipSync(text).length).toBeLessThan(30 * 1024);
	});

	it.each(story.places)('covers $id, with room around it', ({ lat, lon }) => {
		const { west, east, south, north } = basemap.region;
		expect(lon - west).toBeGreaterThan(5);
		expect(east - lon).toBeGreaterThan(5);
		expect(lat - south).toBeGreaterThan(5);
		expect(north - lat).toBeGreaterThan(5);
	});

	it.each(story.places)('puts $id on land', ({ lat, lon }) => {
		expect(onLand(land, lat, lon)).toBe(true);
	});

	it('draws the coasts near its places finely', () => {
		for (const { lat, lon } of story.places) {
			const near = (p: [number, number]) => Math.abs(p[0] - lat) < 1 && Math.abs(p[1] - lon) < 1.4;
			const vertices = land.flat().filter(near).length;
			// Inland places have no coast within a degree; coastal ones have plenty of detail.
			expect(vertices === 0 || vertices > 40).toBe(true);
		}
	});
});

describe('the summit story basemap', () => {
	const basemap = JSON.parse(
		readFileSync('src/lib/map/basemap/kim-putin-summits.json', 'utf8')
	) as Basemap;

	it('names the countries that matter', () => {
		const names = new Set(basemap.labels.map((l) => l.name));
		for (const name of ['Russia', 'North Korea', 'China', 'South Korea', 'Japan'])
			expect(names).toContain(name);
	});

	it('draws the Vladivostok peninsula and Russky Island sharply', () => {
		const land = basemap.land.map((ring) => decodeLine(ring, basemap.quantum));
		const box = (p: [number, number]) => p[0] > 42.9 && p[0] < 43.3 && p[1] > 131.7 && p[1] < 132.1;
		expect(land.flat().filter(box).length).toBeGreaterThan(60);
		// Amur Bay, west of the city, is sea; the Golden Horn's shore is land.
		expect(onLand(land, 43.1, 131.8)).toBe(false);
		expect(onLand(land, 43.12, 131.89)).toBe(true);
	});
});
