/**
 * Web Mercator maths for the map, the same projection Leaflet uses (EPSG:3857 on 256 px
 * tiles), kept free of Leaflet so layout and view decisions can be tested in node.
 */

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LatLon {
	lat: number;
	lon: number;
}

const RAD = Math.PI / 180;

/** Mercator y in "degrees": equal to the longitude scale, so distances compare directly. */
export function mercatorY(lat: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

export function unmercatorY(y: number): number {
	return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/** A point's position in world pixels at a zoom level (y grows southwards). */
export function project({ lat, lon }: LatLon, zoom: number): [number, number] {
	const scale = (256 * 2 ** zoom) / 360;
	return [(lon + 180) * scale, (180 - mercatorY(lat)) * scale];
}

/** South-west and north-east corners of some points, as Leaflet takes them. */
export function boundsOf(points: LatLon[]): [[number, number], [number, number]] | null {
	if (!points.length) return null;
	const lats = points.map((p) => p.lat);
	const lons = points.map((p) => p.lon);
	return [
		[Math.min(...lats), Math.min(...lons)],
		[Math.max(...lats), Math.max(...lons)]
	];
}

export type ViewChange = { kind: 'pan'; dx: number; dy: number } | { kind: 'fit' } | null;

/**
 * What the map must do to show some points (container pixels) in a view of `size`: nothing
 * when they are all in view (at least `padding` from its edges), a pan that centres them when
 * they fit at this zoom, or a fit (zooming out) when they do not. Moving only when needed keeps
 * the map from fighting the reader and from echoing changes back to the state.
 */
export function viewChange(
	points: [number, number][],
	size: { width: number; height: number },
	padding: number
): ViewChange {
	if (!points.length) return null;
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const [left, right] = [padding, size.width - padding];
	const [top, bottom] = [padding, size.height - padding];
	if (x0 >= left && x1 <= right && y0 >= top && y1 <= bottom) return null;
	if (x1 - x0 > right - left || y1 - y0 > bottom - top) return { kind: 'fit' };
	const dx = Math.round((x0 + x1 - size.width) / 2);
	const dy = Math.round((y0 + y1 - size.height) / 2);
	return { kind: 'pan', dx, dy };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function rectInside(inner: Rect, outer: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

// The explorer's state unwraps places when a story opens, before the map loads: that code
// lives on its own so the page does not load the map's maths up front.
export { antimeridianShift, unwrapPlaces } from './antimeridian.ts';
