/**
 * `npx tsx scripts/build-basemap.ts`: writes each story's bundled basemap to
 * src/lib/map/basemap/<slug>.json from Natural Earth 1:10m (world-atlas): land and country
 * borders clipped to the story's region, simplified finely near its places (Vladivostok's
 * bays and the Tumen at Khasan stay sharp) and coarsely elsewhere, plus country labels.
 * The output is committed, so builds need no extra step; run this again after changing a
 * story's places. Every map is drawn from these files: no tile server is needed.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3';
import { format, resolveConfig } from 'prettier';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
	BASEMAP_VERSION,
	QUANTUM,
	type Basemap,
	type CountryLabel,
	type Box
} from '../src/lib/map/basemap.ts';
import { encodeLine } from '../src/lib/map/basemap.ts';
import { mercatorY, unmercatorY } from '../src/lib/map/geo.ts';

type Point = [number, number];

const OUT = 'src/lib/map/basemap';
const STORIES = 'data/stories';
/** Simplification tolerance in Mercator degrees: ≈0.5 px at zoom 5 … at zoom 9. */
const COARSE = 0.02;
const FINE = 0.002;
/** Half-size (degrees) of the finely drawn box around each place. */
const FINE_RADIUS = 1.5;
/**
 * Room around the places (Mercator degrees) for a popup beside or above any of them at the
 * smallest zoom a phone uses: ~170 px at zoom 3.5. Popups open upwards, hence more to the north.
 */
const ROOM = 22;
const POPUP_ROOM = 18;
/** Drop islands smaller than this (square Mercator degrees) away from the places. */
const MIN_AREA = 0.01;

/**
 * Country names placed by hand, as a cartographer would: one anchor each for the overview
 * and, near the story's places, local ones for closer zooms (the map shows one name per
 * country at a time). Each anchor is checked to lie inside its country.
 */
const LABELS: (CountryLabel & { iso: string })[] = [
	// The overview, with second choices for where a place label takes the first.
	{ iso: '643', name: 'Russia', lat: 53.6, lon: 116.5, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '643', name: 'Russia', lat: 56, lon: 130, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '643', name: 'Russia', lat: 48.5, lon: 134.8, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '156', name: 'China', lat: 45.2, lon: 124.5, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '408', name: 'North Korea', lat: 40.15, lon: 127, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '408', name: 'North Korea', lat: 40.9, lon: 128.3, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '408', name: 'North Korea', lat: 39.4, lon: 126.9, minZoom: 0, maxZoom: 6, rank: 1 },
	{ iso: '410', name: 'South Korea', lat: 36.4, lon: 128.1, minZoom: 0, maxZoom: 99, rank: 1 },
	{ iso: '392', name: 'Japan', lat: 36.6, lon: 138.6, minZoom: 0, maxZoom: 99, rank: 1 },
	{ iso: '392', name: 'Japan', lat: 38.6, lon: 140.1, minZoom: 0, maxZoom: 99, rank: 1 },
	{ iso: '392', name: 'Japan', lat: 43.5, lon: 142.6, minZoom: 0, maxZoom: 99, rank: 1 },
	{ iso: '496', name: 'Mongolia', lat: 48.3, lon: 107, minZoom: 0, maxZoom: 6, rank: 2 },
	// Closer in, near each group of places: the first that fits in view is shown.
	{ iso: '643', name: 'Russia', lat: 43.5, lon: 132.4, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 44.3, lon: 131.5, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 42.72, lon: 130.8, minZoom: 7.5, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 43.42, lon: 132, minZoom: 8, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 43.3, lon: 131.6, minZoom: 8, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 51.1, lon: 129.6, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 50.1, lon: 136, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '643', name: 'Russia', lat: 52.4, lon: 108.7, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '156', name: 'China', lat: 43.3, lon: 130.25, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '156', name: 'China', lat: 43.1, lon: 130, minZoom: 7.5, maxZoom: 99, rank: 2 },
	{ iso: '156', name: 'China', lat: 42.95, lon: 130.45, minZoom: 8, maxZoom: 99, rank: 2 },
	{ iso: '156', name: 'China', lat: 49.4, lon: 127, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '156', name: 'China', lat: 40.9, lon: 124.4, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '408', name: 'North Korea', lat: 41.9, lon: 129.55, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '408', name: 'North Korea', lat: 42.2, lon: 130.2, minZoom: 7.5, maxZoom: 99, rank: 2 },
	{ iso: '408', name: 'North Korea', lat: 39.6, lon: 126.3, minZoom: 6, maxZoom: 99, rank: 2 },
	{ iso: '496', name: 'Mongolia', lat: 49.9, lon: 106.6, minZoom: 6, maxZoom: 99, rank: 2 }
];

interface StoryPlaces {
	slug: string;
	places: { lat: number; lon: number }[];
}

const project = ([lon, lat]: Point): Point => [lon, mercatorY(lat)];

/**
 * The region a story's map may show: its places' box, made roughly square and padded so
 * the first view fits inside it at any shape of map, with room for a popup by every place.
 */
export function storyRegion(places: { lat: number; lon: number }[]): Box {
	const xs = places.map((p) => p.lon);
	const ys = places.map((p) => mercatorY(p.lat));
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const side = Math.max(x1 - x0, y1 - y0, 4);
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return {
		west: round(Math.min(cx - side * 0.95, x0 - ROOM)),
		east: round(Math.max(cx + side * 0.95, x1 + ROOM)),
		south: round(unmercatorY(Math.min(cy - side * 1.05, y0 - ROOM))),
		north: round(unmercatorY(Math.max(cy + side * 1.05, y1 + ROOM) + POPUP_ROOM))
	};
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Sutherland–Hodgman against one edge at a time; seams along the box lie outside the view. */
function clipRing(ring: Point[], box: Box): Point[] {
	const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
		[(p) => p[0] >= box.west, (a, b) => atX(a, b, box.west)],
		[(p) => p[0] <= box.east, (a, b) => atX(a, b, box.east)],
		[(p) => p[1] >= box.south, (a, b) => atY(a, b, box.south)],
		[(p) => p[1] <= box.north, (a, b) => atY(a, b, box.north)]
	];
	let out = ring;
	for (const [inside, cut] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const a = input[(i + input.length - 1) % input.length]!;
			const b = input[i]!;
			if (inside(b)) {
				if (!inside(a)) out.push(cut(a, b));
				out.push(b);
			} else if (inside(a)) out.push(cut(a, b));
		}
		if (out.length === 0) break;
	}
	return out;
}

function atX(a: Point, b: Point, x: number): Point {
	return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}
function atY(a: Point, b: Point, y: number): Point {
	return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

const inBox = (p: Point, b: Box) =>
	p[0] >= b.west && p[0] <= b.east && p[1] >= b.south && p[1] <= b.north;

/** Liang–Barsky: the part of segment ab inside the box, keeping a and b when uncut. */
function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	let [t0, t1] = [0, 1];
	const sides: [number, number][] = [
		[-dx, a[0] - box.west],
		[dx, box.east - a[0]],
		[-dy, a[1] - box.south],
		[dy, box.north - a[1]]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q < 0) return null;
		} else if (p < 0) t0 = Math.max(t0, q / p);
		else t1 = Math.min(t1, q / p);
	}
	if (t0 > t1) return null;
	const at = (t: number): Point => [a[0] + t * dx, a[1] + t * dy];
	return [t0 === 0 ? a : at(t0), t1 === 1 ? b : at(t1)];
}

/** Splits a line into the runs inside the box, cutting segments at its edges. */
function clipLine(line: Point[], box: Box): Point[][] {
	const runs: Point[][] = [];
	let run: Point[] = [];
	for (let i = 1; i < line.length; i++) {
		const segment = clipSegment(line[i - 1]!, line[i]!, box);
		if (!segment) {
			if (run.length > 1) runs.push(run);
			run = [];
			continue;
		}
		const [p, q] = segment;
		if (run.length && run.at(-1) !== p) {
			runs.push(run);
			run = [];
		}
		if (!run.length) run.push(p);
		run.push(q);
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** Douglas–Peucker in Mercator degrees, with a tolerance that depends on where a point is. */
function simplify(points: Point[], tolerance: (p: Point) => number): Point[] {
	if (points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const xy = points.map(project);
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let max = 0;
		let index = 0;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(xy[i]!, xy[first]!, xy[last]!);
			if (d > max) [max, index] = [d, i];
		}
		if (index && max > tolerance(points[index]!)) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

function segmentDistance(p: Point, a: Point, b: Point): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const len = dx * dx + dy * dy;
	const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** A closed ring is simplified as two halves, split at the point farthest from its start. */
function simplifyRing(ring: Point[], tolerance: (p: Point) => number): Point[] {
	const open = ring.slice(0, -1);
	if (open.length < 4) return ring;
	const start = project(open[0]!);
	let far = 1;
	for (let i = 1; i < open.length; i++) {
		const p = project(open[i]!);
		const f = project(open[far]!);
		if (Math.hypot(p[0] - start[0], p[1] - start[1]) > Math.hypot(f[0] - start[0], f[1] - start[1]))
			far = i;
	}
	const a = simplify(open.slice(0, far + 1), tolerance);
	const b = simplify([...open.slice(far), open[0]!], tolerance);
	return [...a, ...b.slice(1)];
}

function area(ring: Point[]): number {
	let sum = 0;
	const xy = ring.map(project);
	for (let i = 0, j = xy.length - 1; i < xy.length; j = i++)
		sum += (xy[j]![0] - xy[i]![0]) * (xy[j]![1] + xy[i]![1]);
	return Math.abs(sum / 2);
}

function quantize(points: Point[], closed: boolean): Point[] {
	const out: Point[] = [];
	for (const [x, y] of points) {
		const q: Point = [Math.round(x / QUANTUM), Math.round(y / QUANTUM)];
		const last = out.at(-1);
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	if (closed && out.length > 1) {
		const [first, last] = [out[0]!, out.at(-1)!];
		if (first[0] === last[0] && first[1] === last[1]) out.pop();
	}
	return out;
}

function buildBasemap(story: StoryPlaces, land: Topology, countries: Topology): Basemap {
	const region = storyRegion(story.places);
	const fineBoxes: Box[] = story.places.map((p) => ({
		west: p.lon - FINE_RADIUS * 1.4,
		east: p.lon + FINE_RADIUS * 1.4,
		south: p.lat - FINE_RADIUS,
		north: p.lat + FINE_RADIUS
	}));
	const near = (p: Point) => fineBoxes.some((b) => inBox(p, b));
	const tolerance = (p: Point) => (near(p) ? FINE : COARSE);

	const landGeo = feature(land, land.objects.land as GeometryCollection) as unknown as {
		features: { geometry: MultiPolygon | Polygon }[];
	};
	const rings: Point[][] = [];
	for (const f of landGeo.features) {
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const polygon of polygons)
			for (const ring of polygon) {
				const clipped = clipRing(ring.slice(0, -1) as Point[], region);
				if (clipped.length < 3) continue;
				if (area(clipped) < MIN_AREA && !clipped.some(near)) continue;
				const simple = simplifyRing([...clipped, clipped[0]!], tolerance);
				const q = quantize(simple, true);
				if (q.length >= 3) rings.push(q);
			}
	}

	const borderGeo = mesh(
		countries,
		countries.objects.countries as GeometryCollection,
		(a, b) => a !== b
	) as MultiLineString;
	const borders: Point[][] = [];
	for (const line of borderGeo.coordinates)
		for (const run of clipLine(line as Point[], region)) {
			const q = quantize(simplify(run, tolerance), false);
			if (q.length >= 2) borders.push(q);
		}

	const countryFeatures = feature(
		countries,
		countries.objects.countries as GeometryCollection
	) as unknown as { features: { id: string; geometry: MultiPolygon }[] };
	for (const label of LABELS) {
		const country = countryFeatures.features.find((f) => f.id === label.iso);
		if (!country || !geoContains(country.geometry, [label.lon, label.lat]))
			throw new Error(`The ${label.name} label at ${label.lat},${label.lon} is not in it`);
	}

	return {
		version: BASEMAP_VERSION,
		source: 'Natural Earth 1:10m (world-atlas), clipped and simplified',
		region,
		quantum: QUANTUM,
		land: rings.map((r) => encodeLine(r)),
		borders: borders.map((l) => encodeLine(l)),
		labels: LABELS.filter((l) => inBox([l.lon, l.lat], region)).map(
			({ name, lat, lon, minZoom, maxZoom, rank }) => ({ name, lat, lon, minZoom, maxZoom, rank })
		)
	};
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const land = readJson<Topology>('node_modules/world-atlas/land-10m.json');
const countries = readJson<Topology>('node_modules/world-atlas/countries-10m.json');

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(STORIES).filter((f) => f.endsWith('.json'))) {
	const story = readJson<StoryPlaces>(join(STORIES, name));
	const text = JSON.stringify(buildBasemap(story, land, countries));
	// Formatted as the repository's Prettier wants; the bundle gets it minified all the same.
	const file = join(OUT, `${story.slug}.json`);
	const options = await resolveConfig(file);
	writeFileSync(file, await format(text, { ...options, filepath: file }));
	const kb = (n: number) => (n / 1024).toFixed(1);
	console.log(
		`${file}: ${kb(text.length)} KB minified, ${kb(gzipSync(text, { level: 9 }).length)} KB gzip`
	);
}
