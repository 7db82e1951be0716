/**
 * Embed addresses and the snippets editors paste into their CMS: an `<iframe>`, or a `<div>`
 * with `embed.js` (which resizes the frame to its content and offers the host-page API).
 * Pure string building, shared by the embed builder page and the oEmbed endpoint.
 */
import { CARD_SIZE, IMAGE_SIZE, cardUrl, imageUrl } from './images';
import { embedHeight } from './graphic';
import { DEFAULT_OPTIONS, type EmbedOptions } from './options';

export { CARD_SIZE, IMAGE_SIZE, cardUrl, imageUrl };

/** Everything an embed can be told: display options plus the opening event and time window. */
export interface EmbedSettings extends EmbedOptions {
	event: string | null;
	/** yyyy-mm-dd (or an ISO instant), both or neither. */
	from: string | null;
	to: string | null;
}

export const DEFAULT_SETTINGS: EmbedSettings = {
	...DEFAULT_OPTIONS,
	event: null,
	from: null,
	to: null
};

/** Initial frame height before embed.js learns the real one (and the iframe snippet's height). */
export const DEFAULT_HEIGHT = 600;

/**
 * Query parameters and `data-*` attributes share names. Defaults are left out, so a plain
 * embed has a plain address.
 */
export function embedParams(settings: EmbedSettings): [string, string][] {
	const params: [string, string][] = [];
	if (settings.view !== DEFAULT_OPTIONS.view) params.push(['view', settings.view]);
	if (settings.event) params.push(['event', settings.event]);
	if (settings.from && settings.to) params.push(['from', settings.from], ['to', settings.to]);
	if (settings.theme) params.push(['theme', settings.theme]);
	if (settings.tiles !== null) params.push(['tiles', settings.tiles ? 'on' : 'off']);
	if (settings.controls !== DEFAULT_OPTIONS.controls) params.push(['controls', settings.controls]);
	if (settings.layout !== DEFAULT_OPTIONS.layout) params.push(['layout', settings.layout]);
	if (settings.scale !== DEFAULT_OPTIONS.scale) params.push(['scale', settings.scale]);
	return params;
}

/** `?view=map&event=summit-2019`, or '' for the defaults. */
export function embedSearch(settings: EmbedSettings): string {
	const text = new URLSearchParams(embedParams(settings)).toString();
	return text ? `?${text}` : '';
}

/** The embed's address; `appUrl` is where the app is served, ending in '/'. */
export function embedUrl(appUrl: string, slug: string, settings: EmbedSettings): string {
	return `${appUrl}embed/${encodeURIComponent(slug)}/${embedSearch(settings)}`;
}

/** Text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

export interface SnippetInput {
	/** Where the app is served, ending in '/', e.g. `https://atlas.example/`. */
	appUrl: string;
	slug: string;
	/** The story's title: the frame's accessible name and the no-script link text. */
	title: string;
	settings: EmbedSettings;
	/** Fixed width in CSS px, or null to fill the column (100%). */
	width: number | null;
	/** The story's source credit ("Source: …"), shown with the fallback image. */
	credit?: string;
}

/**
 * The story as a picture with its credit, linking to the story: what a page that runs no
 * scripts, or strips frames (apps, newsletters, some CMSs), shows instead of the embed.
 */
export function fallbackHtml(input: SnippetInput, indent = ''): string {
	const storyUrl = `${input.appUrl}${encodeURIComponent(input.slug)}/`;
	const alt = `${input.title}: timeline and map (Event Atlas)`;
	const lines = [
		`<a href="${escapeHtml(storyUrl)}"><img src="${escapeHtml(imageUrl(input.appUrl, input.slug))}" ` +
			`alt="${escapeHtml(alt)}" width="${IMAGE_SIZE.width}" height="${IMAGE_SIZE.height}" ` +
			`style="display:block;width:100%;height:auto" loading="lazy"></a>`,
		`<small>${input.credit ? `${escapeHtml(input.credit)} · ` : ''}<a href="${escapeHtml(storyUrl)}">${escapeHtml(input.title)}</a> (Event Atlas)</small>`
	];
	return lines.map((line) => indent + line).join('\n');
}

function widthStyle(width: number | null): string {
	return width === null ? 'width:100%' : `width:${width}px;max-width:100%`;
}

/**
 * What an embed's frame may do: run its own scripts from its own origin, and open the story
 * in a new tab; never navigate the host page, submit forms or show dialogs on it.
 */
export const EMBED_SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** Frames send the host page's origin, never its full address, to the embed. */
export const EMBED_REFERRER = 'strict-origin-when-cross-origin';

/**
 * A plain iframe: works anywhere, but keeps its height (no script to resize it), so it takes
 * the height the chosen view needs. Inside it, for readers and converters that unwrap frames,
 * the picture of the story with its credit.
 */
export function iframeSnippet(input: SnippetInput): string {
	const src = embedUrl(input.appUrl, input.slug, input.settings);
	const height = embedHeight(input.settings, DEFAULT_HEIGHT);
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.title)}" loading="lazy" allow="clipboard-write" ` +
		`sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER}" ` +
		`style="${widthStyle(input.width)};height:${height}px;border:0">` +
		(input.credit === undefined ? '' : `\n${fallbackHtml(input, '\t')}\n`) +
		`</iframe>`
	);
}

/** For newsletters, print and pages that allow neither scripts nor frames: the picture. */
export function imageSnippet(input: SnippetInput): string {
	const style = input.width === null ? '' : ` style="max-width:${input.width}px"`;
	return [`<figure${style}>`, fallbackHtml(input, '\t'), '</figure>'].join('\n');
}

/** A div that embed.js turns into a self-sizing iframe; a link to the story until then. */
export function scriptSnippet(input: SnippetInput): string {
	const attributes = [
		`data-event-atlas="${escapeHtml(input.slug)}"`,
		...embedParams(input.settings).map(([key, value]) => `data-${key}="${escapeHtml(value)}"`)
	];
	const height = embedHeight(input.settings, 0);
	// A graphic view's height is known: embed.js reserves it, so the page does not jump.
	if (height) attributes.push(`data-height="${height}"`);
	if (input.width !== null) attributes.push(`style="max-width:${input.width}px"`);
	const storyUrl = `${input.appUrl}${encodeURIComponent(input.slug)}/`;
	return [
		`<div ${attributes.join(' ')}>`,
		input.credit === undefined
			? `\t<a href="${escapeHtml(storyUrl)}">${escapeHtml(input.title)}</a>`
			: fallbackHtml(input, '\t'),
		`</div>`,
		`<script async src="${escapeHtml(`${input.appUrl}embed.js`)}"></script>`
	].join('\n');
}

/** oEmbed 1.0 "rich" response (https://oembed.com/#section2.3.4). */
export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: 'Event Atlas';
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The oEmbed response for a story: its default embed as an iframe snippet, or, with `event`,
 * the embed opened on that event (`?event=` on the consumer's `url`). The thumbnail is the
 * story's social card.
 */
export function oembed(input: {
	appUrl: string;
	slug: string;
	title: string;
	credit?: string;
	event?: string | null;
}): OEmbed {
	const width = 800;
	const settings = { ...DEFAULT_SETTINGS, event: input.event ?? null };
	return {
		type: 'rich',
		version: '1.0',
		title: input.title,
		provider_name: 'Event Atlas',
		provider_url: input.appUrl,
		html: iframeSnippet({ ...input, settings, width: null }),
		width,
		height: DEFAULT_HEIGHT,
		thumbnail_url: cardUrl(input.appUrl, input.slug),
		thumbnail_width: CARD_SIZE.width,
		thumbnail_height: CARD_SIZE.height
	};
}
