import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Test helpers live with the tests; specs beside the code import them as $test/….
		alias: { $test: 'tests/helpers' },
		prerender: {
			// Where the site will be served, for absolute URLs in prerendered files (oEmbed).
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
