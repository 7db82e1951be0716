/**
 * The stories' basemaps, one chunk each: a page loads only its own, and only with the map.
 * The table of them lives here, in a chunk the map loads, not in the page's first load, which
 * would otherwise grow with every story the site holds.
 */
import type { Basemap } from './basemap.ts';

const basemaps = import.meta.glob<Basemap>('./basemap/*.json', { import: 'default' });

/** The story's basemap, or null when it has none (the map shows tiles or the sea). */
export function loadBasemap(slug: string): Promise<Basemap | null> {
	return basemaps[`./basemap/${slug}.json`]?.() ?? Promise.resolve(null);
}
