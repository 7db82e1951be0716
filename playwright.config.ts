import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	// On CI a test that fails once is run once more and, if it passes, reported as flaky (named in
	// the output, never hidden): a two-core machine under load sometimes outruns a map or an
	// embed still settling. Locally every failure counts.
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions,
		timezoneId: 'UTC',
		locale: 'en-GB'
	},
	// End-to-end tests run against the built site, as readers get it (`npm test` builds first).
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
