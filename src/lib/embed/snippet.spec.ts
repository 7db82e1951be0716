import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	embedSearch,
	embedUrl,
	escapeHtml,
	iframeSnippet,
	oembed,
	scriptSnippet,
	type EmbedSettings
} from './snippet';
import { parseEmbedOptions } from './options';

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
		s({})
	])('is read back by parseEmbedOptions: %o', (settings) => {
		const { options, warnings } = parseEmbedOptions(new URLSearchParams(embedSearch(settings)));
		const { view, theme, tiles, controls, scale } = settings;
		expect(options).toEqual({ view, theme, tiles, controls, scale });
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
				'<iframe src="https://atlas.example/news/embed/kim-putin-summits/?view=map&amp;event=summit-2019" title="Kim &amp; Putin" loading="lazy" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin" style="width:640px;max-width:100%;height:600px;border:0"></iframe>'
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
				'<div data-event-atlas="kim-putin-summits" data-view="timeline" data-from="2023-09-01" data-to="2023-09-30" data-theme="dark" style="max-width:400px">',
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

describe('oembed', () => {
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
