/** Map maths that only tests need: inverting the projection and Leaflet's first view. */
import { project, unmercatorY, type LatLon } from '$lib/map/geo';

export function unproject([x, y]: [number, number], zoom: number): LatLon {
	const scale = (256 * 2 ** zoom) / 360;
	return { lat: unmercatorY(180 - y / scale), lon: x / scale - 180 };
}

/**
 * The view Leaflet's fitBounds picks for some points in a map of `size`: the largest zoom
 * (a multiple of `snap`) at which they fit inside `padding`, centred on their box. Lets tests
 * reproduce the first view without a browser.
 */
export function fitView(
	points: LatLon[],
	size: { width: number; height: number },
	padding: number,
	snap = 0.25
): { zoom: number; originX: number; originY: number; width: number; height: number } {
	const xy = points.map((p) => project(p, 0));
	const xs = xy.map((p) => p[0]);
	const ys = xy.map((p) => p[1]);
	const [dx, dy] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
	const fit = Math.min(
		dx ? Math.log2((size.width - 2 * padding) / dx) : Infinity,
		dy ? Math.log2((size.height - 2 * padding) / dy) : Infinity
	);
	const zoom = Math.floor(fit / snap) * snap;
	const k = 2 ** zoom;
	const [cx, cy] = [
		((Math.min(...xs) + Math.max(...xs)) / 2) * k,
		((Math.min(...ys) + Math.max(...ys)) / 2) * k
	];
	return { zoom, originX: cx - size.width / 2, originY: cy - size.height / 2, ...size };
}

/** Width of a label when no canvas can measure it: a generous average glyph width. */
export function estimateWidth(text: string, fontSize: number, letterSpacing = 0): number {
	return Math.ceil(text.length * (fontSize * 0.58 + letterSpacing));
}
