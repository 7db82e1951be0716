import { storyEntries } from '$lib/data/load.server';
import { oembedResponse } from '$lib/embed/oembed.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is oembed.json.
export const trailingSlash = 'never';

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => oembedResponse(params.story, null, '../');
