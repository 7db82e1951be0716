/**
 * Prints the gzip size of the JS and CSS each built page loads before any lazy chunk
 * (the modulepreload and stylesheet links in its HTML, and the CSS inlined in it), and checks
 * it against the budget. Beside it, the page's HTML with the story data it carries (the
 * prerendered markup and the serialized story) and the `__data.json` a client-side navigation
 * fetches instead: a big story shows up there, not in the JS.
 * Run after `vite build` (npm run build does). Exit 1 when a budget is exceeded.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
/** KB gzip of JS + CSS a page loads before the map: the timeline issue's budget. */
const PAGE_BUDGET_KB = 60;

/** @param {string} file */
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
/** @param {string} text */
const gzText = (text) => (text ? gzipSync(text, { level: 9 }).length : 0);

/**
 * The CSS inlined in the page's <style> elements.
 * @param {string} html
 */
export function inlineStyles(html) {
	return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}
/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** JS and CSS the page fetches up front: its links, plus the entry imports. */
/** @param {string} html */
export function initialAssets(html) {
	/** @type {Set<string>} */
	const assets = new Set();
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"[^>]*>/g)) {
		// SvelteKit keeps a disabled link for each stylesheet it inlined: never fetched.
		if (!/\sdisabled[\s>]/.test(m[0])) assets.add(m[1] ?? '');
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(m[1] ?? '');
	return [...assets].map((href) => href.replace(/^(\.\.?\/)+/, '').replace(/^\//, ''));
}

let failed = false;
const rows = [];
for (const file of htmlFiles(BUILD).sort()) {
	const page = '/' + relative(BUILD, file).replace(/index\.html$/, '');
	const html = readFileSync(file, 'utf8');
	const assets = initialAssets(html);
	let js = 0;
	let css = gzText(inlineStyles(html));
	for (const asset of assets) {
		const size = gz(join(BUILD, asset));
		if (asset.endsWith('.css')) css += size;
		else js += size;
	}
	// The benchmark pages are tools for developers, not pages readers open: no budget.
	const tool = page.startsWith('/bench/');
	const over = !tool && (js + css) / 1024 > PAGE_BUDGET_KB;
	failed ||= over;
	const data = join(dirname(file), '__data.json');
	rows.push({
		page,
		js: kb(js),
		css: kb(css),
		total: kb(js + css),
		budget: tool ? 'bench page' : over ? `OVER ${PAGE_BUDGET_KB}` : `≤ ${PAGE_BUDGET_KB}`,
		html: kb(gzText(html)),
		data: existsSync(data) ? kb(gz(data)) : ''
	});
}

const allAssets = readdirSync(join(BUILD, '_app/immutable'), { recursive: true })
	.map((n) => join(BUILD, '_app/immutable', String(n)))
	.filter((f) => /\.(js|css)$/.test(f));
const total = allAssets.reduce((sum, f) => sum + gz(f), 0);

console.log(
	'\nClient size, KB gzip: JS + CSS each page loads before lazy chunks (the budget), and its' +
		'\nHTML with the story data in it (data: __data.json, fetched on client-side navigation):'
);
console.table(rows);
console.log(`All chunks and assets together: ${kb(total)} KB gzip`);
if (failed) {
	console.error(`A page is over its ${PAGE_BUDGET_KB} KB budget.`);
	process.exit(1);
}

if (!process.env.SITE_ORIGIN?.trim()) {
	console.log(
		'\nSITE_ORIGIN is not set: oembed.json uses relative addresses and pages have no absolute ' +
			'canonical link. For a deploy, set the address the site is served at, e.g.\n' +
			'  SITE_ORIGIN=https://news.example/graphics/atlas npm run build'
	);
}
