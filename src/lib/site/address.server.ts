/**
 * The site's public address, from SITE_ORIGIN: an origin, optionally with a sub-path
 * (`https://news.example/graphics/atlas`). oEmbed, canonical links and the builder's snippets
 * use it whole. Without it, nothing names a host: oEmbed uses relative addresses and pages
 * leave canonical links relative.
 */
export const SITE_ORIGIN_HELP =
	'set SITE_ORIGIN to the address the site is served at, e.g. SITE_ORIGIN=https://news.example/graphics/atlas npm run build';

/** The address with a trailing slash, or null when none is set. Throws on a malformed one. */
export function siteAddress(value = process.env.SITE_ORIGIN): string | null {
	if (!value?.trim()) return null;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(`SITE_ORIGIN "${value}" is not an address: ${SITE_ORIGIN_HELP}`);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
		throw new Error(
			`SITE_ORIGIN "${value}" must be an http(s) address without query or fragment: ${SITE_ORIGIN_HELP}`
		);
	return `${url.origin}${url.pathname.replace(/\/*$/, '')}/`;
}
