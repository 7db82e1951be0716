import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Test helpers live with the tests; specs beside the code import them as $test/….
		alias: { $test: 'tests/helpers' },
		// A strict Content-Security-Policy on every page, as a <meta> with the hashes of the
		// inline scripts SvelteKit writes: an injected script or inline handler does not run.
		// Inline style attributes stay allowed (Svelte and Leaflet position things with them).
		// A story's own tile server is added to img-src on its pages (src/hooks.server.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Only the origin of SITE_ORIGIN (src/lib/site/address.server.ts reads it whole); without
			// it SvelteKit's placeholder, which no page writes out.
			...(process.env.SITE_ORIGIN ? { origin: new URL(process.env.SITE_ORIGIN).origin } : {}),
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
