import { storyEntries } from '$lib/data/load.server';
import { prettyJson, storyFile } from '$lib/exports/endpoint.server';
import { toTimelineJs } from '$lib/export/timelinejs';
import type { EntryGenerator } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is timeline.json.
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

export const GET = storyFile('application/json; charset=utf-8', (story) =>
	prettyJson(toTimelineJs(story))
);
