/**
 * Category labels and shapes, shared by the timeline, map and list: never colour alone.
 * The shapes are a few polygons written out here rather than d3-shape's symbols, which cost
 * 4 KB gzip on a page whose budget is 60.
 */
import type { Category } from '$lib/data/schema';

export const CATEGORY_LABEL: Record<Category, string> = {
	summit: 'Summit',
	travel: 'Travel',
	visit: 'Visit',
	forum: 'Forum',
	legal: 'Legal',
	statement: 'Statement'
};

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

const SHAPES: Record<Category, (r: number) => string> = {
	summit: (r) => polygon(ring(10, [r * 1.25, r * 0.52])),
	travel: (r) => polygon(ring(3, [r * 1.2]).map(([x, y]) => [x, y + r * 0.15])),
	visit: (r) =>
		polygon(ring(4, [r * 1.15]).map(([x, y]) => [(x - y) / Math.SQRT2, (x + y) / Math.SQRT2])),
	forum: (r) => polygon(ring(4, [r * 1.25]).map(([x, y]) => [x * 0.8, y])),
	legal: (r) => polygon(ring(6, [r * 1.1])),
	statement: (r) => `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`
};

const cache = new Map<string, string>();

/** The category's shape as a path centred on 0,0, about `r` px in radius. */
export function categorySymbol(category: Category, r: number): string {
	const key = `${category}|${r}`;
	let path = cache.get(key);
	if (path === undefined) {
		path = SHAPES[category](r);
		cache.set(key, path);
	}
	return path;
}
