import { describe, expect, it } from 'vitest';
import { fitView, unproject } from '$test/map';
import { boundsOf, mercatorY, project, unmercatorY, unwrapPlaces, viewChange } from './geo.ts';

describe('mercator', () => {
	it.each([
		{ lat: 0, y: 0 },
		{ lat: 45, y: 50.4987 },
		{ lat: -45, y: -50.4987 },
		{ lat: 85.0511, y: 180 }
	])('maps latitude $lat to $y and back', ({ lat, y }) => {
		expect(mercatorY(lat)).toBeCloseTo(y, 3);
		expect(unmercatorY(mercatorY(lat))).toBeCloseTo(lat, 9);
	});

	// Leaflet's EPSG:3857 at 256 px tiles: the world is 256 × 2^zoom pixels wide.
	it.each([
		{ point: { lat: 0, lon: 0 }, zoom: 0, expected: [128, 128] },
		{ point: { lat: 0, lon: 180 }, zoom: 0, expected: [256, 128] },
		{ point: { lat: 0, lon: -180 }, zoom: 2, expected: [0, 512] },
		{ point: { lat: 85.0511287798, lon: 0 }, zoom: 1, expected: [256, 0] }
	])('projects $point at zoom $zoom to $expected pixels', ({ point, zoom, expected }) => {
		const [x, y] = project(point, zoom);
		expect(x).toBeCloseTo(expected[0]!, 4);
		expect(y).toBeCloseTo(expected[1]!, 4);
		const back = unproject([x, y], zoom);
		expect(back.lat).toBeCloseTo(point.lat, 6);
		expect(back.lon).toBeCloseTo(point.lon, 6);
	});
});

describe('boundsOf', () => {
	it.each([
		{ points: [], expected: null },
		{
			points: [{ lat: 1, lon: 2 }],
			expected: [
				[1, 2],
				[1, 2]
			]
		},
		{
			points: [
				{ lat: 43.1, lon: 131.9 },
				{ lat: 39, lon: 125.7 },
				{ lat: 51.9, lon: 128.3 }
			],
			expected: [
				[39, 125.7],
				[51.9, 131.9]
			]
		}
	])('bounds $points', ({ points, expected }) => {
		expect(boundsOf(points)).toEqual(expected);
	});
});

describe('viewChange', () => {
	const size = { width: 400, height: 300 };
	it.each([
		{ name: 'no points', points: [], expected: null },
		{
			name: 'all in view',
			points: [
				[50, 50],
				[350, 250]
			],
			expected: null
		},
		{ name: 'on the padding line', points: [[20, 20]], expected: null },
		{ name: 'inside the padding', points: [[10, 150]], expected: { kind: 'pan', dx: -190, dy: 0 } },
		{ name: 'out to the right', points: [[600, 150]], expected: { kind: 'pan', dx: 400, dy: 0 } },
		{
			name: 'two out, fitting',
			points: [
				[-100, -50],
				[-20, 10]
			],
			expected: { kind: 'pan', dx: -260, dy: -170 }
		},
		{
			name: 'too far apart',
			points: [
				[0, 0],
				[1000, 100]
			],
			expected: { kind: 'fit' }
		}
	] as const)('$name', ({ points, expected }) => {
		expect(
			viewChange(
				points.map((p) => [...p]),
				size,
				20
			)
		).toEqual(expected);
	});
});

describe('fitView', () => {
	it('centres the points and fits them inside the padding', () => {
		const points = [
			{ lat: 39, lon: 125.7 },
			{ lat: 51.9, lon: 137 }
		];
		const view = fitView(points, { width: 600, height: 400 }, 40);
		const px = points.map((p) => project(p, view.zoom));
		for (const [x, y] of px) {
			expect(x - view.originX).toBeGreaterThanOrEqual(40);
			expect(x - view.originX).toBeLessThanOrEqual(560);
			expect(y - view.originY).toBeGreaterThanOrEqual(40);
			expect(y - view.originY).toBeLessThanOrEqual(360);
		}
		expect(view.zoom % 0.25).toBe(0);
		// One snap step closer, they would not fit.
		const [a, b] = points.map((p) => project(p, view.zoom + 0.25));
		expect(Math.abs(b![0] - a![0]) > 520 || Math.abs(b![1] - a![1]) > 320).toBe(true);
	});
});

describe('places across the antimeridian', () => {
	it.each([
		{
			name: 'Suva, Apia, Honolulu: the Pacific, not the world',
			lons: [178.44, -171.77, -157.86],
			expected: [178.44, 188.23, 202.14]
		},
		{
			name: 'the Atlantic stays as it is',
			lons: [-77.04, -21.94, 6.15, 37.62],
			expected: [-77.04, -21.94, 6.15, 37.62]
		},
		{
			name: 'East Asia stays as it is',
			lons: [125.74, 131.89, 128.33],
			expected: [125.74, 131.89, 128.33]
		},
		{ name: 'one place', lons: [-9.14], expected: [-9.14] }
	])('$name', ({ lons, expected }) => {
		const places = unwrapPlaces(lons.map((lon) => ({ lat: 0, lon })));
		places.forEach((p, i) => expect(p.lon).toBeCloseTo(expected[i]!, 6));
		const span = Math.max(...places.map((p) => p.lon)) - Math.min(...places.map((p) => p.lon));
		expect(span).toBeLessThan(180);
	});
});
