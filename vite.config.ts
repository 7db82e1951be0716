import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { storyBasemaps } from './scripts/basemap/plugin.ts';
import { compileHints } from './scripts/compile-hints.ts';
import { gazetteerModule } from './scripts/draft/gazetteer.ts';
import { validateStoryData } from './src/lib/data/vite-plugin.ts';
import { chromiumLaunchOptions } from './tests/chromium.ts';

export default defineConfig({
	plugins: [validateStoryData(), storyBasemaps(), gazetteerModule(), sveltekit(), compileHints()],
	test: {
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// Cutting basemaps and loading the gazetteer are real work: on a shared two-core
					// machine they outlast vitest's 5 s default. The timeout guards against hangs;
					// speed is measured by npm run bench, never here.
					testTimeout: 60_000,
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
