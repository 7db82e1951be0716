/**
 * `npm run screenshots [path…]`: serves the built site and saves PNGs of each page at
 * desktop (1280×800) and phone (390×844) sizes in screenshots/, to look at before calling UI
 * work done. Build first (npm run build).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { startPreview } from './preview-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/kim-putin-summits/'];
const sizes = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

const server = await startPreview(process.env.PORT ? Number(process.env.PORT) : undefined);
try {
	mkdirSync('screenshots', { recursive: true });
	const browser = await chromium.launch(chromiumLaunchOptions);
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
		for (const path of paths) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
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
	server.stop();
}
