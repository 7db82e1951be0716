import { minifySync } from 'vite';
import source from '$lib/embed/loader.js?raw';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The loader as host pages fetch it: minified at build time, its licence comment kept. */
export const GET: RequestHandler = () => {
	const { code, errors } = minifySync('embed.js', source, { compress: true, mangle: true });
	if (errors.length) throw new Error(`embed.js: ${errors.map((e) => e.message).join('; ')}`);
	return new Response(code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
