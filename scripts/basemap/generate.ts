/**
 * A story's basemap from Natural Earth (world-atlas): land, country borders and country names,
 * cut to a region tight around the story's places. topojson-simplify thins the lines (by the
 * spherical area each point adds) until the file fits the map's budget; d3-geo clips polygons
 * and lines to the region. Regions across the antimeridian are drawn in one run of longitude
 * (Suva at 178°, Apia at 188°), as the map draws the places (src/lib/map/geo.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import {
	geoArea,
	geoEquirectangular,
	geoStream,
	polygonArea,
	polygonCentroid,
	polygonContains
} from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
	BASEMAP_VERSION,
	QUANTUM,
	encodeLine,
	type Basemap,
	type Box,
	type CountryLabel
} from '../../src/lib/map/basemap.ts';
import { unwrapPlaces, type LatLon } from '../../src/lib/map/geo.ts';

/** The basemap's share of the map's lazy chunks (≤ 120 KB gzip with Leaflet and the view). */
export const BASEMAP_BUDGET_GZIP = 30 * 1024;

type Ring = [number, number][];
/** The topology shape topojson-simplify's types take. */
type Topo = Topology<{ [name: string]: GeometryCollection<Record<string, unknown>> }>;
type Resolution = '10m' | '50m';

const require = createRequire(import.meta.url);
const topologies = new Map<string, Topo>();
function topology(name: string): Topo {
	let t = topologies.get(name);
	if (!t) {
		t = dequantize(
			JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as Topo
		);
		topologies.set(name, t);
	}
	return t;
}

/** Arcs in degrees rather than quantized deltas: what topojson-simplify's weights expect. */
function dequantize(topology: Topo): Topo {
	const t = topology.transform;
	if (!t) return topology;
	const arcs = topology.arcs.map((arc) => {
		let [x, y] = [0, 0];
		return arc.map(([dx, dy]) => {
			x += dx!;
			y += dy!;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
	const rest = { ...topology };
	delete rest.transform;
	return { ...rest, arcs } as Topo;
}

/** Presimplified once per resolution: every later cut only chooses a weight. */
const prepared = new Map<Resolution, { land: Topo; countries: Topo }>();
function prepare(resolution: Resolution) {
	let p = prepared.get(resolution);
	if (!p) {
		p = {
			land: presimplify(topology(`land-${resolution}`), sphericalTriangleArea),
			countries: presimplify(topology(`countries-${resolution}`), sphericalTriangleArea)
		};
		prepared.set(resolution, p);
	}
	return p;
}

/**
 * The region: the places' box with room around it (a fifth of its size, and at least enough
 * that a one-place story shows its country and neighbours), in the places' run of longitude,
 * never reaching the poles.
 */
export function storyRegion(places: LatLon[]): Box {
	const lons = places.map((p) => p.lon);
	const lats = places.map((p) => p.lat);
	const [w, e] = [Math.min(...lons), Math.max(...lons)];
	const [s, n] = [Math.min(...lats), Math.max(...lats)];
	// Room for the map to pan a popup beside any place at a phone's smallest zoom (~170 px at
	// zoom 3.5, more above, where popups open), and for a lone place's neighbours.
	const padX = Math.max((e - w) * 0.2, 12);
	const padY = Math.max((n - s) * 0.2, 12);
	const north = padY + 6;
	const r = (v: number) => Math.round(v * 10) / 10;
	return {
		west: r(w - padX),
		east: r(e + padX),
		south: r(Math.max(s - padY, -80)),
		north: r(Math.min(n + north, 84))
	};
}

/**
 * Polygons as d3-geo reads them, exterior rings clockwise: a polygon whose winding is the other
 * way (some in the source data, some after heavy simplification) would cover the rest of the
 * sphere instead, so it is turned around.
 */
function rewind(geometry: Geometry): Geometry {
	const fix = (polygon: Position[][]) =>
		geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
			? polygon.map((ring) => [...ring].reverse())
			: polygon;
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
	if (geometry.type === 'MultiPolygon')
		return { ...geometry, coordinates: geometry.coordinates.map(fix) };
	return geometry;
}

/**
 * Clip a geometry to the region: rings for polygons, runs for lines, in the region's run of
 * longitude. d3-geo does it on the sphere: an equirectangular projection in degrees, turned so
 * that its back meridian (where polygons are cut) lies opposite the region, then the region's
 * rectangle. Land that wraps the antimeridian or a pole is cut cleanly, never streaked across.
 */
function clip(geometry: Geometry, region: Box): Ring[] {
	const centre = (region.west + region.east) / 2;
	const projection = geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.rotate([-centre, 0])
		.precision(0)
		.clipExtent([
			[region.west - centre, -region.north],
			[region.east - centre, -region.south]
		]);
	const out: Ring[] = [];
	let current: Ring = [];
	const sink = {
		point(x: number, y: number) {
			current.push([x + centre, -y]);
		},
		lineStart() {
			current = [];
		},
		lineEnd() {
			if (current.length > 1) out.push(current);
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {}
	};
	geoStream(rewind(geometry), projection.stream(sink));
	return out;
}

const q = (v: number) => Math.round(v / QUANTUM);
const encode = (ring: Ring) =>
	encodeLine(
		ring
			.map(([x, y]) => [q(x), q(y)] as [number, number])
			.filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1])
	);

/**
 * Places for a name well inside a ring, best first: its centroid when that is inside, then the
 * point deepest inside each quarter of its box. The map shows the first one that fits beside
 * the story's own labels (as a cartographer moves a name off a busy spot).
 */
function anchors(ring: Ring): [number, number][] {
	const out: [number, number][] = [];
	const c = polygonCentroid(ring);
	if (polygonContains(ring, c)) out.push(c);
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const N = 16;
	const best = new Map<number, { p: [number, number]; d: number }>();
	for (let i = 1; i < N; i++)
		for (let j = 1; j < N; j++) {
			const p: [number, number] = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
			if (!polygonContains(ring, p)) continue;
			const d = Math.min(...ring.map(([x, y]) => Math.hypot(x - p[0], y - p[1])));
			const quarter = (i < N / 2 ? 0 : 1) + (j < N / 2 ? 0 : 2);
			if (d > (best.get(quarter)?.d ?? -1)) best.set(quarter, { p, d });
		}
	const deepest = [...best.values()].sort((a, b) => b.d - a.d).map((b) => b.p);
	return [...out, ...deepest].slice(0, 5);
}

function countryLabels(
	countries: FeatureCollection,
	region: Box,
	places: LatLon[]
): CountryLabel[] {
	const regionArea = (region.east - region.west) * (region.north - region.south);
	const labels: (CountryLabel & { area: number })[] = [];
	for (const country of countries.features) {
		const name = (country.properties as { name?: string } | null)?.name;
		if (!name || !country.geometry) continue;
		const rings = clip(country.geometry, region).filter((r) => r.length > 2);
		if (!rings.length) continue;
		const areas = rings.map((r) => Math.abs(polygonArea(r)));
		const largest = rings[areas.indexOf(Math.max(...areas))]!;
		const area = Math.max(...areas);
		const share = area / regionArea;
		// Near the story's places in this country, for the closer views a small story opens on.
		const o = (region.north - region.south) * 0.015;
		// (a coastal place may sit just off the simplified coast: look around it too).
		const near = places
			.map((p): [number, number] => [p.lon, p.lat])
			.flatMap(([x, y]): [number, number][] =>
				[0, 0.05, 0.1, 0.25, 0.5, 1, 2, 4].flatMap((k) => [
					[x, y - k * o],
					[x, y + k * o],
					[x + 2 * k * o, y],
					[x - 2 * k * o, y]
				])
			)
			.filter((p) => rings.some((r) => polygonContains(r, p)))
			.slice(0, 6);
		// A country the story happens in is named from the first view, however small; other
		// specks are left unnamed, their names would hide the map.
		const home = near.length > 0;
		if (!home && area < regionArea * 0.00001) continue;
		for (const [lon, lat] of [...anchors(largest), ...near])
			labels.push({
				name,
				lat: Math.round(lat * 100) / 100,
				lon: Math.round(lon * 100) / 100,
				// Large countries are named from the first view; small ones once zoomed in.
				minZoom: home || share > 0.003 ? 0 : share > 0.0005 ? 3 : 5,
				maxZoom: 99,
				rank: share > 0.03 ? 1 : 2,
				area
			});
	}
	// One anchor per spot: several places of a country may suggest the same one.
	const seen = new Set<string>();
	const unique = labels.filter((l) => {
		const key = `${l.name}@${l.lat},${l.lon}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return unique.sort((a, b) => b.area - a.area).map(({ area, ...label }) => (void area, label));
}

function cutAt(resolution: Resolution, keep: number, region: Box, places: LatLon[]): Basemap {
	const { land, countries } = prepare(resolution);
	const landTopo = simplify(land, quantile(land, 1 - keep));
	const countryTopo = simplify(countries, quantile(countries, 1 - keep));
	const landFeature = feature(
		landTopo,
		landTopo.objects.land as GeometryCollection
	) as FeatureCollection;
	const countryObject = countryTopo.objects.countries as GeometryCollection;
	const borders = mesh(countryTopo, countryObject, (a, b) => a !== b) as MultiLineString;
	const minArea = ((region.east - region.west) * (region.north - region.south) * 2e-6) / keep;
	const encoded = (rings: Ring[]) => rings.map(encode).filter((r) => r.length >= 4);
	return {
		version: BASEMAP_VERSION,
		source: `Natural Earth 1:${resolution === '10m' ? '10' : '50'}m (world-atlas), simplified to ${Math.round(keep * 1000) / 10}% of its points`,
		region,
		quantum: QUANTUM,
		// Islands too small to see at the region's scale are left out.
		land: encoded(
			landFeature.features
				.flatMap((f) => clip(f.geometry, region))
				.filter((ring) => Math.abs(polygonArea(ring)) > minArea)
		),
		borders: encoded(clip(borders, region)),
		labels: countryLabels(feature(countryTopo, countryObject) as FeatureCollection, region, places)
	};
}

export const gzipSize = (basemap: Basemap) => gzipSync(JSON.stringify(basemap)).length;

/**
 * The basemap of some places: the finest cut that fits the budget. Large regions start from
 * the 1:50m data (their detail would not show), small ones from 1:10m.
 */
export function makeBasemap(storyPlaces: LatLon[], budget = BASEMAP_BUDGET_GZIP): Basemap {
	// In the run of longitude the map draws them in (Apia at 188° beside Suva at 178°).
	const places = unwrapPlaces(storyPlaces);
	const region = storyRegion(places);
	const span = Math.max(region.east - region.west, region.north - region.south);
	const resolution: Resolution = span > 60 ? '50m' : '10m';
	// The finest data first; a region with too much coast for it falls back to 1:50m.
	let basemap: Basemap | null = null;
	const tries: [Resolution, number][] = [
		...(resolution === '10m'
			? ([
					['10m', 0.8],
					['10m', 0.35]
				] as [Resolution, number][])
			: []),
		...[0.8, 0.5, 0.3, 0.15, 0.08, 0.04].map((k): [Resolution, number] => ['50m', k])
	];
	for (const [res, keep] of tries) {
		basemap = cutAt(res, keep, region, places);
		if (gzipSize(basemap) <= budget) return basemap;
	}
	return basemap!;
}

/** Feature type re-exported for tests that decode land. */
export type { Feature };
