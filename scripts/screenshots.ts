/**
 * `npm run screenshots [path…]`: serves the built site and saves PNGs of each page at
 * desktop (1280×800) and phone (390×844) sizes in screenshots/, to look at before calling UI
 * work done. Build first (npm run build).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

const PORT = Number(process.env.PORT ?? 4300 + Math.floor(Math.random() * 500));
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/kim-putin-summits/'];
const sizes = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

// Its own process group, so that ending it also ends vite (not just a wrapper).
const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore',
		detached: true
	}
);
try {
	for (let i = 0; i < 50; i++) {
		if (
			await fetch(`http://localhost:${PORT}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 200));
	}
	mkdirSync('screenshots', { recursive: true });
	const browser = await chromium.launch(chromiumLaunchOptions);
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
		for (const path of paths) {
			await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
			const file = `screenshots/${name}-${size.name}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
			console.log(file);
		}
		await page.close();
	}
	await browser.close();
} finally {
	try {
		process.kill(-server.pid!);
	} catch {
		// already gone
	}
}
