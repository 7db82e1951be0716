/**
 * The one place that says how to start Chromium, shared by Playwright (end-to-end),
 * vitest's browser project and the benchmark script.
 *
 * Playwright cannot download its own browser on our machines, so we launch the system
 * Chromium (Debian package `chromium`). Override the path with CHROMIUM_PATH.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = {
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		// Without these Chromium phones home at start-up; our network refuses, noisily.
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
