/**
 * Which tile layer, if any, a map draws over the bundled basemap: decided here, once, from the
 * story's `tiles` and an embed's `tiles` option, and handed down as one value.
 */
import type { Story } from '$lib/data/types';

export type Tiles = NonNullable<Story['tiles']>;

/** Used only when an embed asks for tiles (tiles=on) and the story names no server. */
export const OPEN_TILES: Tiles = {
	url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
	attribution: '© OpenStreetMap contributors'
};

/**
 * @param option an embed's `tiles`: null to follow the story, true for tiles, false for none.
 * @returns the layer to draw, or null for the basemap alone.
 */
export function resolveTiles(story: Pick<Story, 'tiles'>, option: boolean | null): Tiles | null {
	if (option === null) return story.tiles ?? null;
	return option ? (story.tiles ?? OPEN_TILES) : null;
}
