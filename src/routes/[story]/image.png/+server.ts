import { loadStory, storyEntries } from '$lib/data/load.server';
import { IMAGE_SIZE } from '$lib/embed/snippet';
import { rasterise, storySvg } from '$lib/export/raster.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

/** The default view as a picture: the snippets' fallback for pages without scripts or frames. */
export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(rasterise(storySvg(loadStory(params.story), IMAGE_SIZE, 'full'))), {
		headers: { 'content-type': 'image/png' }
	});
