/** Runs before the tests: a missing browser gets one clear sentence, not a stack trace. */
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`Chromium is needed for the browser and end-to-end tests, and was not found at ${path}.\n` +
			'Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
	process.exit(1);
}
