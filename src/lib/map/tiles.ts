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

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The one piece of markup an attribution may hold: a link to an https page, with plain text. */
const LINK = /<a href="(https:\/\/[^"<>\s]+)">([^<>]*)<\/a>/g;

/**
 * An attribution as the HTML Leaflet writes with innerHTML: plain text, escaped, except for
 * `<a href="https://…">text</a>`, rebuilt from its parts. Anything else shows as the text it is.
 */
export function attributionHtml(attribution: string): string {
	let html = '';
	let last = 0;
	for (const m of attribution.matchAll(LINK)) {
		html += escapeHtml(attribution.slice(last, m.index));
		html += `<a href="${escapeHtml(m[1]!)}" rel="noopener">${escapeHtml(m[2]!)}</a>`;
		last = m.index + m[0].length;
	}
	return html + escapeHtml(attribution.slice(last));
}

/** For the validator: does the attribution hold markup other than allowed links? */
export function attributionMarkup(attribution: string): string | null {
	const rest = attribution.replace(LINK, '');
	const tag = /<[^>]*>?|&[#\w]+;/.exec(rest);
	return tag ? tag[0] : null;
}

/** The host part of an XYZ template as a CSP source: `https://{s}.tile.example` → `https://*.tile.example`. */
export function tileSource(template: string): string | null {
	const host = /^https:\/\/([^/]+)\//.exec(template)?.[1];
	return host ? `https://${host.replace(/\{[a-z]+\}/g, '*')}` : null;
}
