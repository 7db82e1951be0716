/**
 * The prerendered `/<slug>/events.*` files: one handler shape for every format, so each route
 * only names its format.
 */
import type { RequestHandler } from '@sveltejs/kit';
import { loadStory } from '$lib/data/load.server';
import type { Story } from '$lib/data/types';

export function storyFile(
	contentType: string,
	body: (story: Story) => string
): RequestHandler<{ story: string }> {
	return ({ params }) =>
		new Response(body(loadStory(params.story)), { headers: { 'content-type': contentType } });
}

/** Pretty JSON with a final newline, as a person opening the download would want it. */
export const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, '\t')}\n`;
