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
			// Only the origin of SITE_ORIGIN (src/lib/site/address.server.ts reads it whole); without
			// it SvelteKit's placeholder, which no page writes out.
			...(process.env.SITE_ORIGIN ? { origin: new URL(process.env.SITE_ORIGIN).origin } : {}),
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
