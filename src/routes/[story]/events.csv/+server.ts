import { storyEntries } from '$lib/data/load.server';
import { storyCsv } from '$lib/exports/downloads';
import { storyFile } from '$lib/exports/endpoint.server';
import type { EntryGenerator } from './$types';

export const prerender = true;
// Endpoints do not inherit the layout's trailing slash; say so, so the file is events.csv.
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

export const GET = storyFile('text/csv; charset=utf-8; header=present', storyCsv);
