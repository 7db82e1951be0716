import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

const staticAdapter = adapter({ strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version beacon (window.__svelte.v) is a chunk of its own that every page fetched
	// for nothing: 91 bytes gzip and a request.
	compilerOptions: { discloseVersion: false },
	kit: {
		// .br and .gz beside every text file, for hosts that serve them as they are (nginx
		// gzip_static/brotli_static, the bench's server): see scripts/precompress.js.
		adapter: {
			...staticAdapter,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				await precompress('build');
			}
		},
		// The pages' own CSS (a few KB) goes inline in the HTML: the first paint waits for no
		// stylesheet request. Allowed by style-src 'unsafe-inline' below.
		inlineStyleThreshold: 8192,
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
			// One page at a time (SvelteKit's default). Several at once raced in SvelteKit: a page
			// starting to render while another's relative paths were still set took that page's
			// depth for its own asset links ('../' instead of '../../'), and the build failed on
			// the 404s they made.
			concurrency: 1,
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
