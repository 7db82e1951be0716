import { describe, expect, it } from 'vitest';
import { attributionHtml, attributionMarkup } from './attribution';
import { resolveTiles, tileSource } from './tiles';

const own = { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: 'Example' };

describe('resolveTiles', () => {
	it.each([
		{ story: {}, option: null, tiles: null, notice: false },
		{ story: {}, option: false, tiles: null, notice: false },
		{ story: {}, option: true, tiles: null, notice: true },
		{ story: { tiles: own }, option: null, tiles: own, notice: false },
		{ story: { tiles: own }, option: true, tiles: own, notice: false },
		{ story: { tiles: own }, option: false, tiles: null, notice: false }
	])('story tiles $story.tiles.url, option $option', ({ story, option, tiles, notice }) => {
		const resolved = resolveTiles(story, option);
		expect(resolved.tiles).toEqual(tiles);
		expect(Boolean(resolved.notice)).toBe(notice);
	});
});

describe('attributions are text, or text with https links', () => {
	it.each([
		{ text: '© OpenStreetMap contributors', html: '© OpenStreetMap contributors', markup: null },
		{
			text: '<a href="https://osm.org/copyright">OpenStreetMap</a> & friends',
			html: '<a href="https://osm.org/copyright" rel="noopener">OpenStreetMap</a> &amp; friends',
			markup: null
		},
		{
			text: '<img src=x onerror="window.__xss=1">',
			html: '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;',
			markup: '<img src=x onerror="window.__xss=1">'
		},
		{
			text: '<a href="javascript:alert(1)">x</a>',
			html: '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;',
			markup: '<a href="javascript:alert(1)">'
		},
		{
			text: '<a href="https://x.example" onclick="y()">x</a>',
			html: '&lt;a href=&quot;https://x.example&quot; onclick=&quot;y()&quot;&gt;x&lt;/a&gt;',
			markup: '<a href="https://x.example" onclick="y()">'
		},
		{ text: 'Tiles &copy; Example', html: 'Tiles &amp;copy; Example', markup: '&copy;' }
	])('$text', ({ text, html, markup }) => {
		expect(attributionHtml(text)).toBe(html);
		expect(attributionMarkup(text)).toBe(markup);
	});
});

describe('a tile server as a CSP source', () => {
	it.each([
		{ url: 'https://tiles.example.org/{z}/{x}/{y}.png', source: 'https://tiles.example.org' },
		{ url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', source: 'https://*.tile.example.org' }
	])('$url → $source', ({ url, source }) => {
		expect(tileSource(url)).toBe(source);
	});
});
