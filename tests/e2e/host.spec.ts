/**
 * Embeds in host pages as newsrooms write them, served from a second origin: graphic-only
 * views that fit a fixed or sticky slot, a loader that its host page cannot break, the
 * <event-atlas> element, and the story's pictures for social cards and oEmbed.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { expect, test } from './fixtures.ts';

const SLUG = 'kim-putin-summits';
const SUMMITS = ['summit-2011', 'summit-2019', 'summit-2023'];

/** Host pages by path; `app` is the app's address (another origin), ending in '/'. */
const PAGES: Record<string, (app: string) => string> = {
	'/map-iframe.html': (app) =>
		`<iframe id="frame" src="${app}embed/${SLUG}/?view=map&controls=minimal&event=summit-2019" title="Kim and Putin" style="display:block;width:100%;height:600px;border:0"></iframe>`,
	'/timeline.html': (app) =>
		`<div id="atlas" data-event-atlas="${SLUG}" data-view="timeline" data-controls="minimal" data-height="448"><a href="${app}${SLUG}/">Kim and Putin</a></div>` +
		`<script>window.heights = []; document.getElementById('atlas').addEventListener('event-atlas:height', function (e) { heights.push(e.detail.height); });</script>` +
		`<script async src="${app}embed.js"></script>`,
	// The README's snippet: async loader, push queue, nothing else.
	'/queue.html': (app) =>
		`<div id="atlas" data-event-atlas="${SLUG}"><a href="${app}${SLUG}/">Kim and Putin</a></div>` +
		`<script>(window.EventAtlas = window.EventAtlas || []).push(function (EventAtlas) { window.queued = typeof EventAtlas.get; EventAtlas.get(document.getElementById('atlas')).select('summit-2023'); });</script>` +
		`<script async src="${app}embed.js"></script>`,
	// An element named EventAtlas clobbers window.EventAtlas before the loader arrives; the
	// page queues as the README says for such pages.
	'/clobbered.html': (app) =>
		`<img name="EventAtlas" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">` +
		`<div id="atlas" data-event-atlas="${SLUG}"><a href="${app}${SLUG}/">Kim and Putin</a></div>` +
		`<script>(window.EventAtlas = Array.isArray(window.EventAtlas) ? window.EventAtlas : []).push(function (EventAtlas) { window.queued = typeof EventAtlas.get; });</script>` +
		`<script defer src="${app}embed.js"></script><script defer src="${app}embed.js"></script>`,
	'/bad-slug.html': (app) =>
		`<div id="atlas" data-event-atlas="../../x"><a href="${app}${SLUG}/">Kim and Putin</a></div>` +
		`<script async src="${app}embed.js"></script>`,
	'/element.html': (app) =>
		`<event-atlas id="atlas" story="${SLUG}" view="map"><a href="${app}${SLUG}/">Kim and Putin</a></event-atlas>` +
		`<script async src="${app}embed.js"></script>`,
	'/views.html': (app) =>
		`<h1 style="font:700 1.5rem system-ui">An explainer</h1><p style="font:1rem system-ui">Three ways to embed the story.</p>` +
		['both', 'map', 'timeline']
			.map(
				(view) =>
					`<h2 style="font:600 1rem system-ui">view=${view}</h2><div data-event-atlas="${SLUG}" data-view="${view}" data-controls="minimal" data-event="summit-2019"><a href="${app}${SLUG}/">Kim and Putin</a></div>`
			)
			.join('') +
		`<script async src="${app}embed.js"></script>`
};

function startHost(): Promise<StaticServer> {
	return serveStatic(process.cwd(), {
		handle: (_req, res, url) => {
			const page = PAGES[url.pathname];
			if (!page) return false;
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,">` +
					`<body style="margin:0 auto;max-width:52rem;padding:0 8px">${page(url.searchParams.get('app') ?? '')}</body></html>`
			);
			return true;
		}
	});
}

let host: StaticServer;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(() => host.close());

/** Opens a host page; a `viewport` is set before it loads, so the embed's first layout (and
 * its first height message) is already at that width. */
async function openHost(
	context: BrowserContext,
	path: string,
	baseURL: string | undefined,
	viewport?: { width: number; height: number }
) {
	const page = await context.newPage();
	if (viewport) await page.setViewportSize(viewport);
	const problems: string[] = [];
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
		if (m.type() === 'warning') warnings.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto(`${host.origin}${path}?app=${encodeURIComponent(`${baseURL}/`)}`);
	return { page, problems, warnings };
}

const caption = (frame: FrameLocator) => frame.getByRole('region', { name: 'Selected event' });

test('a 600 px frame of view=map&controls=minimal shows the map, Vladivostok in its top 600 px', async ({
	context,
	baseURL
}) => {
	for (const width of [390, 1280]) {
		const { page, problems } = await openHost(context, '/map-iframe.html', baseURL, {
			width,
			height: 800
		});
		const frame = page.frameLocator('#frame');
		await expect(frame.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
		const marker = frame.getByRole('button', { name: /^Vladivostok/ });
		await expect(marker).toBeVisible();
		const box = (await page.locator('#frame').boundingBox())!;
		const dot = (await marker.boundingBox())!;
		expect(dot.y - box.y, `marker top at ${width} px`).toBeGreaterThanOrEqual(0);
		expect(dot.y + dot.height - box.y, `marker bottom at ${width} px`).toBeLessThanOrEqual(600);
		// No event list, no filters: the graphic and its caption.
		await expect(frame.getByRole('heading', { name: 'Events' })).toHaveCount(0);
		await expect(frame.getByRole('list', { name: /events/i })).toHaveCount(0);
		if (width < 640) await expect(caption(frame)).toContainText('2019');
		expect(problems).toEqual([]);
		await page.close();
	}
});

test('view=timeline&controls=minimal keeps its height as the host selects the three summits', async ({
	context,
	baseURL
}) => {
	for (const width of [390, 1280]) {
		// Sized before it loads: a height the embed reported at the default width, before a
		// resize, is not a change the host's selections made.
		const { page, problems } = await openHost(context, '/timeline.html', baseURL, {
			width,
			height: 800
		});
		const frame = page.frameLocator('#atlas iframe');
		await expect(caption(frame)).toBeVisible();
		const iframe = page.locator('#atlas iframe');
		const heights: number[] = [];
		for (const id of SUMMITS) {
			await page.evaluate(
				(id) => window.EventAtlas.get(document.getElementById('atlas')!)!.select(id),
				id
			);
			await expect(frame.locator(`[data-id="${id}"]`).first()).toHaveAttribute(
				'aria-current',
				'true'
			);
			await expect(caption(frame)).toContainText(id.slice(-4));
			heights.push(await iframe.evaluate((f) => f.clientHeight));
		}
		const reported = await page.evaluate(
			() => (window as unknown as { heights: number[] }).heights
		);
		expect(reported.length, 'height messages').toBeGreaterThan(0);
		const all = [...heights, ...reported];
		expect(Math.max(...all) - Math.min(...all), `${all} at ${width} px`).toBeLessThanOrEqual(40);
		// The height the builder reserves (data-height) is the height it gets in an article's
		// column; on a phone the timeline's controls wrap and it is taller (still steady).
		if (width >= 640)
			expect(Math.abs(heights[0]! - 448), `reserved 448, got ${heights[0]}`).toBeLessThanOrEqual(
				40
			);
		expect(problems).toEqual([]);
		await page.close();
	}
});

test('an async loader with the push queue gives the page a working API', async ({
	context,
	baseURL
}) => {
	const { page, problems } = await openHost(context, '/queue.html', baseURL);
	const frame = page.frameLocator('#atlas iframe');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { queued: string }).queued))
		.toBe('function');
	// The queued callback's select reached the embed.
	await expect(frame.locator('[id="event-summit-2023"] button').first()).toHaveAttribute(
		'aria-current',
		'true'
	);
	// Queued after the loader: runs at once. Calls on a removed embed and invalid dates: ignored.
	const result = await page.evaluate(() => {
		const atlas = window.EventAtlas.get(document.getElementById('atlas')!)!;
		atlas.window(new Date('not a date'), new Date('2024-01-01'));
		let ran = false;
		(window.EventAtlas as unknown as unknown[]).push(() => (ran = true));
		document.getElementById('atlas')!.remove();
		atlas.select('summit-2019');
		atlas.reset();
		atlas.window('2019-01-01', '2019-12-31');
		return ran;
	});
	expect(result).toBe(true);
	expect(problems).toEqual([]);
});

test('an element named EventAtlas, and the loader twice with defer, still give embeds', async ({
	context,
	baseURL
}) => {
	const { page, problems } = await openHost(context, '/clobbered.html', baseURL);
	const frame = page.frameLocator('#atlas iframe');
	await expect(frame.locator('#event-summit-2011')).toBeVisible();
	await expect(page.locator('iframe')).toHaveCount(1);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { queued: string }).queued))
		.toBe('function');
	await page.evaluate(() =>
		window.EventAtlas.get(document.getElementById('atlas')!)!.select('summit-2019')
	);
	await expect(frame.locator('#event-summit-2019 button').first()).toHaveAttribute(
		'aria-current',
		'true'
	);
	expect(problems).toEqual([]);
});

test('a slug that is not a story id gives no frame, keeps the link, and says why', async ({
	context,
	baseURL
}) => {
	const { page, warnings } = await openHost(context, '/bad-slug.html', baseURL);
	await expect.poll(() => warnings.join('\n')).toContain('"../../x" is not a story id');
	await expect(page.locator('iframe')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Kim and Putin' })).toBeVisible();
});

test('<event-atlas story view="map"> becomes a working embed that resizes, with events and API', async ({
	context,
	baseURL
}) => {
	const { page, problems } = await openHost(context, '/element.html', baseURL);
	const element = page.locator('event-atlas');
	const iframe = element.locator('iframe');
	await expect(iframe).toHaveAttribute('src', `${baseURL}/embed/${SLUG}/?view=map`);
	const frame = page.frameLocator('event-atlas iframe');
	await expect(frame.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
	const content = () =>
		frame
			.locator('body')
			.evaluate((body) => Math.ceil(body.getBoundingClientRect().bottom + scrollY));
	await expect
		.poll(async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await content())))
		.toBeLessThanOrEqual(1);
	expect(await iframe.evaluate((f) => f.clientHeight)).not.toBe(600);

	// The element is the API: the host selects, and hears what the reader selects.
	await element.evaluate((el) =>
		(el as unknown as { select(id: string): void }).select('summit-2019')
	);
	await expect(frame.locator('#detail-heading')).toHaveText('First Putin–Kim summit, Vladivostok');
	const selected = element.evaluate(
		(el) =>
			new Promise((resolve) =>
				el.addEventListener('event-atlas:select', (e) => resolve((e as CustomEvent).detail))
			)
	);
	await frame
		.getByRole('button', { name: /^Next event/ })
		.first()
		.click();
	const message = (await selected) as { type: string; id: string };
	expect(message.type).toBe('event-atlas:select');
	expect(message.id).not.toBe('summit-2019');
	await expect(frame.locator('#detail-heading')).not.toHaveText(/First Putin–Kim summit/);
	expect(problems).toEqual([]);
});

test('the story page has a 1200×630 og:image; oembed.json has a thumbnail', async ({
	page,
	request
}) => {
	await page.goto(`/${SLUG}/`);
	const og = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(og).toBeTruthy();
	expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
		'summary_large_image'
	);
	const png = await request.get(new URL(og!, page.url()).href);
	expect(png.headers()['content-type']).toBe('image/png');
	const body = await png.body();
	expect(body.subarray(1, 4).toString()).toBe('PNG');
	expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
	const oembed = await (await request.get(`/${SLUG}/oembed.json`)).json();
	expect(oembed.thumbnail_url).toMatch(/card\.png$/);
	const perEvent = await (await request.get(`/${SLUG}/oembed/summit-2019.json`)).json();
	expect(perEvent.html).toContain(`/embed/${SLUG}/?event=summit-2019`);
	const image = await request.get(`/${SLUG}/image.png`);
	expect((await image.body()).readUInt32BE(16)).toBe(1200);
});

test('screenshots: a host page with each view at 390 and 1280 px', async ({ context, baseURL }) => {
	const dir = 'test-results/host-screenshots';
	mkdirSync(dir, { recursive: true });
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	] as const) {
		const { page, problems } = await openHost(context, '/views.html', baseURL);
		await page.setViewportSize({ width, height });
		for (const frame of await framesOf(page))
			await expect(
				frame.locator(':is([aria-label="Selected event"], #detail-heading):visible').first()
			).toBeVisible();
		// One at a time, scrolled into view: Chromium paints frames only near the viewport.
		for (const [i, view] of ['both', 'map', 'timeline'].entries())
			await page
				.locator('[data-event-atlas]')
				.nth(i)
				.screenshot({ path: `${dir}/${view}-${width}.png` });
		expect(problems).toEqual([]);
		await page.close();
	}
});

async function framesOf(page: Page): Promise<FrameLocator[]> {
	await expect(page.locator('[data-event-atlas] iframe')).toHaveCount(3);
	return [0, 1, 2].map((i) => page.frameLocator('[data-event-atlas] iframe').nth(i));
}
