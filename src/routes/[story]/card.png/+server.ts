import { loadStory, storyEntries } from '$lib/data/load.server';
import { CARD_SIZE } from '$lib/embed/snippet';
import { rasterise, storySvg } from '$lib/export/raster.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

/** The social card (og:image, oEmbed thumbnail): 1200×630. */
export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(rasterise(storySvg(loadStory(params.story), CARD_SIZE, 'card'))), {
		headers: { 'content-type': 'image/png' }
	});
