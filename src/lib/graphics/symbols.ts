/**
 * Category symbols, shared by the timeline, map and list: never colour alone. A few polygons
 * written out here rather than d3-shape's symbols, which cost 4 KB gzip on a tight budget.
 */
import type { CategorySymbol } from '$lib/data/categories';

const round = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: [number, number][]) =>
	`M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
/** Points evenly around a circle, starting at the top; `radii` alternate (for stars). */
const ring = (n: number, radii: number[]): [number, number][] =>
	Array.from({ length: n }, (_, i) => {
		const angle = (i / n) * 2 * Math.PI - Math.PI / 2;
		const r = radii[i % radii.length]!;
		return [r * Math.cos(angle), r * Math.sin(angle)];
	});

const SHAPES: Record<CategorySymbol, (r: number) => string> = {
	star: (r) => polygon(ring(10, [r * 1.25, r * 0.52])),
	triangle: (r) => polygon(ring(3, [r * 1.2]).map(([x, y]) => [x, y + r * 0.15])),
	square: (r) =>
		polygon(ring(4, [r * 1.15]).map(([x, y]) => [(x - y) / Math.SQRT2, (x + y) / Math.SQRT2])),
	diamond: (r) => polygon(ring(4, [r * 1.25]).map(([x, y]) => [x * 0.8, y])),
	hexagon: (r) => polygon(ring(6, [r * 1.1])),
	circle: (r) => `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`
};

const cache = new Map<string, string>();

/** The symbol as a path centred on 0,0, about `r` px in radius. */
export function symbolPath(symbol: CategorySymbol, r: number): string {
	const key = `${symbol}|${r}`;
	let path = cache.get(key);
	if (path === undefined) {
		path = SHAPES[symbol](r);
		cache.set(key, path);
	}
	return path;
}
