/**
 * A tile server's attribution, which may hold links: checked by the validator and written by
 * the map. Apart from tiles.ts, which the story page loads first: only the map needs this.
 */
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
