import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	embedSearch,
	embedUrl,
	escapeHtml,
	iframeSnippet,
	imageSnippet,
	oembed,
	scriptSnippet,
	type EmbedSettings
} from './snippet';
import { parseEmbedOptions } from './parse';

const APP = 'https://atlas.example/news/';
const s = (extra: Partial<EmbedSettings>): EmbedSettings => ({ ...DEFAULT_SETTINGS, ...extra });

describe('embedSearch', () => {
	it.each([
		{ settings: s({}), expected: '' },
		{ settings: s({ view: 'map' }), expected: '?view=map' },
		{ settings: s({ event: 'summit-2019' }), expected: '?event=summit-2019' },
		{
			settings: s({ from: '2019-01-01', to: '2019-12-31' }),
			expected: '?from=2019-01-01&to=2019-12-31'
		},
		// A window needs both ends; half of one is dropped rather than sent.
		{ settings: s({ from: '2019-01-01' }), expected: '' },
		{ settings: s({ theme: 'dark', tiles: true }), expected: '?theme=dark&tiles=on' },
		{ settings: s({ tiles: false, controls: 'minimal' }), expected: '?tiles=off&controls=minimal' },
		{ settings: s({ view: 'map', layout: 'stack' }), expected: '?view=map&layout=stack' },
		{
			settings: s({ view: 'timeline', event: 'summit-2023', theme: 'light' }),
			expected: '?view=timeline&event=summit-2023&theme=light'
		}
	])('$expected', ({ settings, expected }) => {
		expect(embedSearch(settings)).toBe(expected);
	});

	it.each([
		s({ view: 'map', theme: 'dark', tiles: true, controls: 'minimal', scale: 'proportional' }),
		s({ view: 'timeline', tiles: false }),
		s({ view: 'map', layout: 'stack' }),
		s({})
	])('is read back by parseEmbedOptions: %o', (settings) => {
		const { options, warnings } = parseEmbedOptions(new URLSearchParams(embedSearch(settings)));
		const { view, theme, tiles, controls, layout, scale } = settings;
		expect(options).toEqual({ view, theme, tiles, controls, layout, scale });
		expect(warnings).toEqual([]);
	});
});

describe('embedUrl', () => {
	it.each([
		{ app: APP, settings: s({}), expected: `${APP}embed/kim-putin-summits/` },
		{
			app: '/',
			settings: s({ event: 'summit-2019' }),
			expected: '/embed/kim-putin-summits/?event=summit-2019'
		}
	])('$expected', ({ app, settings, expected }) => {
		expect(embedUrl(app, 'kim-putin-summits', settings)).toBe(expected);
	});
});

describe('escapeHtml', () => {
	it.each([
		{ text: 'plain', expected: 'plain' },
		{ text: 'Kim & Putin', expected: 'Kim &amp; Putin' },
		{ text: '"><script>x</script>', expected: '&quot;&gt;&lt;script&gt;x&lt;/script&gt;' }
	])('$text', ({ text, expected }) => {
		expect(escapeHtml(text)).toBe(expected);
	});
});

describe('iframeSnippet', () => {
	it.each([
		{
			width: null,
			settings: s({}),
			expected:
				'<iframe src="https://atlas.example/news/embed/kim-putin-summits/" title="Kim &amp; Putin" loading="lazy" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin" style="width:100%;height:600px;border:0"></iframe>'
		},
		{
			width: 640,
			settings: s({ view: 'map', event: 'summit-2019' }),
			expected:
				'<iframe src="https://atlas.example/news/embed/kim-putin-summits/?view=map&amp;event=summit-2019" title="Kim &amp; Putin" loading="lazy" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin" style="width:640px;max-width:100%;height:588px;border:0"></iframe>'
		}
	])('width $width', ({ width, settings, expected }) => {
		const input = { appUrl: APP, slug: 'kim-putin-summits', title: 'Kim & Putin', settings, width };
		expect(iframeSnippet(input)).toBe(expected);
	});
});

describe('scriptSnippet', () => {
	it.each([
		{
			width: null,
			settings: s({}),
			expected: [
				'<div data-event-atlas="kim-putin-summits">',
				'\t<a href="https://atlas.example/news/kim-putin-summits/">Kim &amp; Putin</a>',
				'</div>',
				'<script async src="https://atlas.example/news/embed.js"></script>'
			].join('\n')
		},
		{
			width: 400,
			settings: s({ view: 'timeline', from: '2023-09-01', to: '2023-09-30', theme: 'dark' }),
			expected: [
				'<div data-event-atlas="kim-putin-summits" data-view="timeline" data-from="2023-09-01" data-to="2023-09-30" data-theme="dark" data-height="448" style="max-width:400px">',
				'\t<a href="https://atlas.example/news/kim-putin-summits/">Kim &amp; Putin</a>',
				'</div>',
				'<script async src="https://atlas.example/news/embed.js"></script>'
			].join('\n')
		}
	])('width $width', ({ width, settings, expected }) => {
		const input = { appUrl: APP, slug: 'kim-putin-summits', title: 'Kim & Putin', settings, width };
		expect(scriptSnippet(input)).toBe(expected);
	});
});

describe('the picture fallback', () => {
	const input = {
		appUrl: APP,
		slug: 'kim-putin-summits',
		title: 'Kim & Putin',
		settings: s({}),
		width: null,
		credit: 'Source: “<Summit>”, Reuters, 13 Sep 2023'
	};
	it('is inside the script snippet, with the credit, until embed.js replaces it', () => {
		const snippet = scriptSnippet(input);
		expect(snippet).toContain(
			`<a href="${APP}kim-putin-summits/"><img src="${APP}kim-putin-summits/image.png" alt="Kim &amp; Putin: timeline and map (Event Atlas)" width="1200" height="1000"`
		);
		expect(snippet).toContain('Source: “&lt;Summit&gt;”, Reuters, 13 Sep 2023 · ');
		expect(snippet.split('\n')[0]).toBe('<div data-event-atlas="kim-putin-summits">');
	});
	it('is inside the iframe for converters that unwrap frames, and is the image snippet', () => {
		expect(iframeSnippet(input)).toMatch(
			/border:0">\n\t<a href=[^\n]+image\.png[^]+<\/small>\n<\/iframe>$/
		);
		expect(imageSnippet({ ...input, width: 640 })).toMatch(
			/^<figure style="max-width:640px">\n\t<a href="[^"]+"><img [^\n]+\n\t<small>[^\n]+<\/small>\n<\/figure>$/
		);
	});
});

describe('oembed', () => {
	it('has the social card as its thumbnail, and a variant opened on one event', () => {
		const response = oembed({
			appUrl: APP,
			slug: 'kim-putin-summits',
			title: 'Kim',
			event: 'summit-2019'
		});
		expect(response).toMatchObject({
			thumbnail_url: `${APP}kim-putin-summits/card.png`,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(response.html).toContain(`src="${APP}embed/kim-putin-summits/?event=summit-2019"`);
	});

	it('is a rich oEmbed 1.0 response whose html is the default iframe', () => {
		const response = oembed({ appUrl: APP, slug: 'kim-putin-summits', title: 'Kim & Putin' });
		expect(response).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'Kim & Putin',
			provider_name: 'Event Atlas',
			provider_url: APP,
			width: 800,
			height: 600
		});
		expect(response.html).toContain(`src="${APP}embed/kim-putin-summits/"`);
		expect(response.html).toContain('title="Kim &amp; Putin"');
	});
});
