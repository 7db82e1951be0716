/**
 * The basemap generator (scripts/basemap/generate.ts) on stories of every shape: the region
 * holds the places and their neighbours, stays off the poles and continuous across the
 * antimeridian, names the countries of Natural Earth, and fits the map's budget.
 */
import { describe, expect, it } from 'vitest';
import { BASEMAP_BUDGET_GZIP, gzipSize, makeBasemap } from '../../../scripts/basemap/generate.ts';
import { decodeLine, encodeLine, type Basemap } from './basemap.ts';
import { unwrapPlaces } from './geo.ts';

/** Even-odd point in polygon over all rings, as the land is filled. */
function onLand(basemap: Basemap, lat: number, lon: number): boolean {
	let inside = false;
	for (const ring of basemap.land.map((r) => decodeLine(r, basemap.quantum)))
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ai, bi] = ring[i]!;
			const [aj, bj] = ring[j]!;
			if (ai > lat !== aj > lat && lon < ((bj - bi) * (lat - ai)) / (aj - ai) + bi)
				inside = !inside;
		}
	return inside;
}

const names = (b: Basemap) => new Set(b.labels.map((l) => l.name));

describe('encodeLine and decodeLine', () => {
	it('round-trip integer points as delta-encoded [lat, lon]', () => {
		const points: [number, number][] = [
			[131900, 43133],
			[131894, 43024],
			[131900, 43133]
		];
		expect(encodeLine(points)).toEqual([131900, 43133, -6, -109, 6, 109]);
		expect(decodeLine(encodeLine(points), 0.001)).toEqual(
			points.map(([x, y]) => [y / 1000, x / 1000])
		);
	});
});

const SHAPES = [
	{
		name: 'East Asia (the summit story)',
		places: [
			{ lat: 39.02, lon: 125.74 },
			{ lat: 43.12, lon: 131.89 },
			{ lat: 51.88, lon: 128.33 },
			{ lat: 51.83, lon: 107.6 }
		],
		land: [[43.12, 131.89]],
		countries: ['Russia', 'China', 'North Korea', 'South Korea', 'Japan']
	},
	{
		name: 'across the Atlantic (Washington to Moscow)',
		places: [
			{ lat: 38.9, lon: -77.04 },
			{ lat: 64.15, lon: -21.94 },
			{ lat: 46.2, lon: 6.15 },
			{ lat: 55.75, lon: 37.62 },
			{ lat: 35.9, lon: 14.51 }
		],
		land: [
			[46.2, 6.15],
			[55.75, 37.62]
		],
		countries: ['United States of America', 'Iceland', 'Switzerland', 'Russia', 'Italy']
	},
	{
		name: 'one place (Paris)',
		places: [{ lat: 48.86, lon: 2.35 }],
		land: [[48.86, 2.35]],
		countries: ['France', 'Belgium', 'Germany', 'Switzerland', 'United Kingdom']
	},
	{
		name: 'across the antimeridian (Suva, Apia, Honolulu)',
		places: [
			{ lat: -18.14, lon: 178.44 },
			{ lat: -13.83, lon: -171.76 },
			{ lat: 21.31, lon: -157.86 }
		],
		land: [],
		countries: ['Fiji', 'Samoa']
	}
];

describe.each(SHAPES)('the basemap of $name', ({ places, land, countries }) => {
	const basemap = makeBasemap(places);
	const { region } = basemap;

	it('holds every place, with room around it, and never reaches a pole', () => {
		for (const p of unwrapPlaces(places)) {
			expect(p.lat).toBeGreaterThan(region.south + 1);
			expect(p.lat).toBeLessThan(region.north - 1);
			expect(p.lon).toBeGreaterThan(region.west + 1);
			expect(p.lon).toBeLessThan(region.east - 1);
		}
		expect(region.north).toBeLessThanOrEqual(85);
		expect(region.south).toBeGreaterThanOrEqual(-85);
		expect(region.east - region.west).toBeLessThan(180);
	});

	it('draws land under the inland places, and no line wider than the region', () => {
		for (const [lat, lon] of land as [number, number][])
			expect(onLand(basemap, lat, lon)).toBe(true);
		for (const line of [...basemap.land, ...basemap.borders]) {
			const lons = decodeLine(line, basemap.quantum).map((p) => p[1]);
			expect(Math.min(...lons)).toBeGreaterThanOrEqual(region.west - 0.01);
			expect(Math.max(...lons)).toBeLessThanOrEqual(region.east + 0.01);
		}
	});

	it('names the countries of the region from Natural Earth', () => {
		for (const name of countries) expect(names(basemap)).toContain(name);
		for (const label of basemap.labels) {
			expect(label.lon).toBeGreaterThanOrEqual(region.west);
			expect(label.lon).toBeLessThanOrEqual(region.east);
		}
	});

	it(`fits the map's budget (${BASEMAP_BUDGET_GZIP / 1024} KB gzip)`, () => {
		expect(gzipSize(basemap)).toBeLessThanOrEqual(BASEMAP_BUDGET_GZIP);
	});
});

it('keeps Vladivostok’s peninsula: the city on land, Amur Bay to its west at sea', () => {
	const basemap = makeBasemap(SHAPES[0]!.places);
	expect(onLand(basemap, 43.12, 131.89)).toBe(true);
	expect(onLand(basemap, 43.1, 131.75)).toBe(false);
});

it('a region of thousands of places still fits the budget', () => {
	const places = Array.from({ length: 300 }, (_, i) => ({
		lat: 38 + ((i * 37) % 200) / 10,
		lon: -8 + ((i * 53) % 320) / 10
	}));
	expect(gzipSize(makeBasemap(places))).toBeLessThanOrEqual(BASEMAP_BUDGET_GZIP);
});

it('gives each label its own spot (the map keys labels by name and place)', () => {
	for (const { places } of SHAPES) {
		const keys = makeBasemap(places).labels.map((l) => `${l.name}@${l.lat},${l.lon}`);
		expect(new Set(keys).size).toBe(keys.length);
	}
});
