import { storyEntries } from '$lib/data/load.server';
import { storyGeoJson } from '$lib/exports/downloads';
import { prettyJson, storyFile } from '$lib/exports/endpoint.server';
import type { EntryGenerator } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.geojson.
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

export const GET = storyFile('application/geo+json; charset=utf-8', (story) =>
	prettyJson(storyGeoJson(story))
);
