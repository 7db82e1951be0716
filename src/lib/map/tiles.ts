/**
 * Which tile layer, if any, a map draws over the bundled basemap: decided here, once, from the
 * story's `tiles` and an embed's `tiles` option, and handed down as one value. Tiles come only
 * from a server the story names: an embed can turn them off, or back on, never point a
 * reader's browser at a server the story's editor did not choose.
 */
import type { Story } from '$lib/data/types';

export type Tiles = NonNullable<Story['tiles']>;

export interface ResolvedTiles {
	tiles: Tiles | null;
	/** Why an embed's tiles option was not followed, for its notice. */
	notice?: string;
}

/** @param option an embed's `tiles`: null to follow the story, true for tiles, false for none. */
export function resolveTiles(story: Pick<Story, 'tiles'>, option: boolean | null): ResolvedTiles {
	if (option === false) return { tiles: null };
	if (option === true && !story.tiles)
		return {
			tiles: null,
			notice: 'tiles=on was ignored: this story names no tile server, so the built-in map shows.'
		};
	return { tiles: story.tiles ?? null };
}

/** The host part of an XYZ template as a CSP source: `https://{s}.tile.example` → `https://*.tile.example`. */
export function tileSource(template: string): string | null {
	const host = /^https:\/\/([^/]+)\//.exec(template)?.[1];
	return host ? `https://${host.replace(/\{[a-z]+\}/g, '*')}` : null;
}
