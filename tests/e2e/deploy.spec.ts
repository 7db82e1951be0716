/**
 * The built site as a newsroom deploys it: under a sub-path of its own domain, served by a
 * plain static server. Every page and every asset it asks for must load from under that path.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { expect, test } from './fixtures.ts';

const PREFIX = '/graphics/atlas/';
const slugs = readdirSync('data/stories')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.replace(/\.json$/, ''));

let site: StaticServer;
test.beforeAll(async () => {
	site = await serveStatic(join(process.cwd(), 'build'), { prefix: PREFIX });
});
test.afterAll(() => site.close());

/** Each page, and whether it draws a map (whose lazy chunks and basemap must load too). */
const pages = [
	{ path: '', map: false },
	...slugs.flatMap((s) => [
		{ path: `${s}/`, map: true },
		{ path: `${s}/embed/`, map: false },
		{ path: `embed/${s}/`, map: true }
	])
];

for (const { path, map } of pages) {
	test(`${PREFIX}${path} loads every request from under ${PREFIX}`, async ({ page }) => {
		const failed: string[] = [];
		const outside: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.protocol.startsWith('http') && !r.url().startsWith(`${site.origin}${PREFIX}`))
				outside.push(r.url());
		});
		await page.goto(`${site.origin}${PREFIX}${path}`);
		if (map) await expect(page.locator('.event-map[data-ready="true"]')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(failed).toEqual([]);
		expect(outside).toEqual([]);
	});
}
