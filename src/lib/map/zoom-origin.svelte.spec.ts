import L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { newPixelOrigin } from './zoom-origin.ts';

let map: L.Map | null = null;
afterEach(() => {
	map?.remove();
	map = null;
});

describe('newPixelOrigin', () => {
	it("is where Leaflet's own layers scale to, after pans and at other zooms", () => {
		const div = document.createElement('div');
		div.style.cssText = 'width: 400px; height: 300px';
		document.body.append(div);
		map = L.map(div, { zoomAnimation: false, fadeAnimation: false }).setView([39, 125.75], 5);
		// Leaflet's private method, which the map's own renderers use: the reference.
		const leaflet = (center: L.LatLng, zoom: number) =>
			(
				map as unknown as { _getNewPixelOrigin: (c: L.LatLng, z: number) => L.Point }
			)._getNewPixelOrigin(center, zoom);
		const cases: [number, number, number][] = [
			[39, 125.75, 5],
			[43.1, 131.9, 8],
			[-17.7, 178.4, 3],
			[51.5, -0.1, 12]
		];
		for (const pan of [
			[0, 0],
			[120, -45],
			[-333, 210]
		] as [number, number][]) {
			map.panBy(pan, { animate: false });
			for (const [lat, lon, zoom] of cases) {
				const center = L.latLng(lat, lon);
				const ours = newPixelOrigin(L, map, center, zoom);
				expect([ours.x, ours.y]).toEqual([leaflet(center, zoom).x, leaflet(center, zoom).y]);
			}
		}
		// Not a sum that ignores the pans: the pane has moved.
		expect(L.DomUtil.getPosition(map.getPane('mapPane')!).x).not.toBe(0);
	});
});
