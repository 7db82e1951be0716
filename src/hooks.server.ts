/**
 * Every page says its language, and its Content-Security-Policy allows exactly the hosts it
 * uses: a story's page and embed take the story's language, and its own tile server (when it
 * names one) joins img-src; every other page is English and allows no other host.
 */
import type { Handle } from '@sveltejs/kit';
import { loadStoriesOrThrow } from '$lib/data/load.server';
import { tileSource } from '$lib/map/tiles';
import { CARD_SIZE, cardUrl } from '$lib/embed/images';
import { escapeHtml } from '$lib/embed/snippet';
import { siteAddress } from '$lib/site/address.server';
import { storyHead, storyNotesHtml, storyVoicesHtml } from '$lib/site/story-parts.server';

/**
 * A story page's social card. Written here rather than in the page's component, so its
 * script (counted in the page's budget) does not carry it. Social sites want absolute
 * addresses: with SITE_ORIGIN they are; without, relative to the page.
 */
function socialCard(story: { slug: string; title: string }): string {
	const url = escapeHtml(cardUrl(siteAddress() ?? '../', story.slug));
	return [
		`<meta property="og:image" content="${url}">`,
		`<meta property="og:image:width" content="${CARD_SIZE.width}">`,
		`<meta property="og:image:height" content="${CARD_SIZE.height}">`,
		`<meta property="og:image:alt" content="${escapeHtml(story.title)}: timeline and map">`,
		`<meta name="twitter:card" content="summary_large_image">`,
		`<meta name="twitter:image" content="${url}">`
	].join('');
}

export const handle: Handle = async ({ event, resolve }) => {
	const slug = event.params.story;
	const story = slug ? loadStoriesOrThrow().find((s) => s.slug === slug) : undefined;
	const lang = story?.language ?? 'en';
	const tiles = story?.tiles ? tileSource(story.tiles.url) : null;
	// The story page (not its embed) gets its JSON-LD and "Who says what" as build-time HTML.
	const storyPage = story && event.route.id === '/[story]';
	const card = storyPage ? socialCard(story) : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let out = html.replace('%lang%', lang);
			if (tiles)
				out = out.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${tiles}`);
			if (storyPage) {
				out = out.replace('</head>', `${card}${storyHead(story, siteAddress())}</head>`);
				// Empty, static elements of the page: hydration never looks inside them.
				out = out
					.replace(
						/(<div class="story-notes[^"]*">)(<\/div>)/,
						(_, a, b) => a + storyNotesHtml(story) + b
					)
					.replace(
						/(<div class="story-voices[^"]*">)(<\/div>)/,
						(_, a, b) => a + storyVoicesHtml(story) + b
					);
			}
			return out;
		}
	});
};
