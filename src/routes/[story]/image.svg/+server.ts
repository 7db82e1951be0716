import { loadStory, storyEntries } from '$lib/data/load.server';
import { IMAGE_SIZE } from '$lib/embed/snippet';
import { storySvg } from '$lib/export/raster.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

/** The default view as SVG, for print and for editors who restyle it. */
export const GET: RequestHandler = ({ params }) =>
	new Response(storySvg(loadStory(params.story), IMAGE_SIZE, 'full'), {
		headers: { 'content-type': 'image/svg+xml' }
	});
