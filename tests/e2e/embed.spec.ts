/**
 * Downloads, the embed builder, and an explainer on another origin driving an embed through
 * embed.js and the postMessage protocol.
 */
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const SLUG = 'kim-putin-summits';
const STORY = `/${SLUG}/`;

test.describe('downloads', () => {
	test('events.json is the validated story', async ({ request }) => {
		const response = await request.get(`${STORY}events.json`);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('json');
		const story = await response.json();
		expect(story.slug).toBe(SLUG);
		expect(story.events).toHaveLength(15);
		expect(story.events[0]).toMatchObject({
			id: 'kim-jong-il-arrives-2011',
			date: '2011-08-23',
			when: { precision: 'day' },
			provenance: { status: 'context' }
		});
		expect(story).not.toHaveProperty('$schema');
	});

	test('events.geojson has a Point per event and place, [lon, lat], with provenance', async ({
		request
	}) => {
		const response = await request.get(`${STORY}events.geojson`);
		expect(response.ok()).toBe(true);
		const geo = await response.json();
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features.length).toBeGreaterThan(10);
		for (const feature of geo.features) {
			expect(feature.type).toBe('Feature');
			expect(feature.geometry.type).toBe('Point');
			const [lon, lat] = feature.geometry.coordinates;
			expect(lon).toBeGreaterThanOrEqual(-180);
			expect(lon).toBeLessThanOrEqual(180);
			expect(lat).toBeGreaterThanOrEqual(-90);
			expect(lat).toBeLessThanOrEqual(90);
			expect(['reported', 'disputed', 'context']).toContain(feature.properties.status);
			expect(Array.isArray(feature.properties.quotes)).toBe(true);
			expect(Array.isArray(feature.properties.context)).toBe(true);
		}
		// Longitude first: Vostochny is at 128.3° E, 51.9° N.
		const vostochny = geo.features.find((f: { id: string }) => f.id === 'summit-2023@vostochny');
		expect(vostochny.geometry.coordinates).toEqual([128.333, 51.884]);
		expect(vostochny.properties).toMatchObject({
			title: 'Putin and Kim meet at Vostochny',
			date: '2023-09-13',
			// 13:09 in Amur (Asia/Yakutsk), on the story's Vladivostok clock, with its offset.
			start: '2023-09-13T14:09+10:00',
			placeName: 'Vostochny Cosmodrome'
		});
		const forum = geo.features.find(
			(f: { properties: { id: string } }) => f.properties.id === 'forum-claim-2023'
		);
		expect(forum.properties.status).toBe('disputed');
		expect(forum.properties.correction.citation.publisher).toBe('Eastern Economic Forum');
	});

	test('events.csv round-trips through csvParse, with provenance columns', async ({ request }) => {
		const [csv, json] = await Promise.all([
			request.get(`${STORY}events.csv`),
			request.get(`${STORY}events.json`)
		]);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const rows = csvParse(await csv.text());
		const story = await json.json();
		expect(rows).toHaveLength(story.events.length);
		expect(rows.columns).toEqual(
			expect.arrayContaining([
				'id',
				'date',
				'start',
				'end',
				'status',
				'quotes',
				'sources',
				'correction'
			])
		);
		expect(rows.map((r) => r.id)).toEqual(story.events.map((e: { id: string }) => e.id));
		const summit2019 = rows.find((r) => r.id === 'summit-2019')!;
		expect(summit2019.status).toBe('reported');
		expect(summit2019.quotes).toContain('The two leaders already met in 2019');
		expect(summit2019.places).toBe('Far Eastern Federal University\nVladivostok');
		const forum = rows.find((r) => r.id === 'forum-claim-2023')!;
		expect(forum.status).toBe('disputed');
		expect(forum.correction).toContain('Eastern Economic Forum');
		expect(forum.sources).toContain('Eastern Economic Forum');
	});

	test('oembed.json describes the default embed', async ({ request }) => {
		const response = await request.get(`${STORY}oembed.json`);
		expect(response.ok()).toBe(true);
		const oembed = await response.json();
		expect(oembed).toMatchObject({
			type: 'rich',
			version: '1.0',
			provider_name: 'Event Atlas',
			title: 'Kim and Putin: three summits in twelve years',
			width: 800,
			height: 600,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(oembed.html).toMatch(/^<iframe src="[^"]*\/embed\/kim-putin-summits\/" title="/);
		// The thumbnail is there, a PNG of the size it says.
		const thumbnail = await request.get(new URL(oembed.thumbnail_url, response.url()).href);
		expect(thumbnail.headers()['content-type']).toBe('image/png');
		const png = await thumbnail.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('embed.js is small', async ({ request }) => {
		const response = await request.get('/embed.js');
		expect(response.ok()).toBe(true);
		expect((await response.body()).length).toBeLessThan(4096);
	});
});

test.describe('the embed builder', () => {
	test('is accessible and keeps every request on this site', async ({
		page,
		foreignRequests,
		consoleErrors
	}) => {
		await page.goto(`${STORY}embed/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed this story');
		await expect(
			page.frameLocator('iframe[title^="Preview"]').locator('#event-summit-2011')
		).toBeVisible();
		await expectNoAxeViolations(page);
		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('its snippets and preview follow the options', async ({ page, baseURL, context }) => {
		await page.goto(`${STORY}embed/`);
		const script = page.getByLabel('Script snippet', { exact: true });
		const iframe = page.getByLabel('Iframe snippet', { exact: true });
		const preview = page.locator('iframe[title^="Preview"]');
		// Until embed.js runs (or where scripts are stripped): the story's picture, its credit, a link.
		await expect(script).toHaveValue(
			[
				`<div data-event-atlas="${SLUG}">`,
				`\t<a href="${baseURL}${STORY}"><img src="${baseURL}${STORY}image.png" alt="Kim and Putin: three summits in twelve years: timeline and map (Event Atlas)" width="1200" height="1000" style="display:block;width:100%;height:auto" loading="lazy"></a>`,
				`\t<small>Source: “Kim Jong-un in Russia for talks with Vladimir Putin on ‘sensitive issues’, Western countries fear arms deal”, time news, 13 September 2023 · <a href="${baseURL}${STORY}">Kim and Putin: three summits in twelve years</a> (Event Atlas)</small>`,
				'</div>',
				`<script async src="${baseURL}/embed.js"></script>`
			].join('\n')
		);
		await expect(iframe).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/${SLUG}/" `));

		await page.getByLabel('Map only').check();
		await page.getByLabel('Open on an event').selectOption('summit-2019');
		await page.getByLabel('Dark').check();
		await expect(script).toHaveValue(
			/data-view="map" data-event="summit-2019" data-theme="dark" data-height="588"/
		);
		// A graphic view has a fixed height: the builder says it, the iframe snippet takes it.
		await expect(page.getByText('Frame height: 588 px at every width')).toBeVisible();
		await expect(iframe).toHaveValue(
			/\/embed\/kim-putin-summits\/\?view=map&amp;event=summit-2019&amp;theme=dark"/
		);
		await expect(preview).toHaveAttribute(
			'src',
			'../../embed/kim-putin-summits/?view=map&event=summit-2019&theme=dark'
		);

		// A window needs both ends, in order; until then the snippet has none and says why.
		await page.getByLabel('From', { exact: true }).fill('2023-09-01');
		await expect(page.getByText('Give both dates')).toBeVisible();
		await expect(script).not.toHaveValue(/data-from/);
		await page.getByLabel('To', { exact: true }).fill('2019-01-01');
		await expect(page.getByText('The end date must come after the start date.')).toBeVisible();
		await page.getByLabel('To', { exact: true }).fill('2023-09-30');
		await expect(script).toHaveValue(/data-from="2023-09-01" data-to="2023-09-30"/);

		await page.getByLabel('Width').selectOption({ label: '640 px' });
		await expect(iframe).toHaveValue(/style="width:640px;max-width:100%;height:588px;border:0"/);
		await expect(preview).toHaveCSS('width', '640px');

		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByRole('button', { name: 'Copy Script snippet' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
			'Copied the script snippet.'
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await script.inputValue()
		);
	});

	test('the preview grows to its content', async ({ page }) => {
		await page.goto(`${STORY}embed/`);
		const preview = page.locator('iframe[title^="Preview"]');
		await expect(preview.contentFrame().locator('#event-summit-2011')).toBeVisible();
		await expect.poll(async () => (await preview.boundingBox())?.height).toBeGreaterThan(700);
	});

	test('fits a phone screen', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${STORY}embed/`);
		await expect(page.getByLabel('Script snippet', { exact: true })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});
});

/**
 * The explainer's site: static/examples/ on its own port (another origin than the app), plus
 * a one-embed page for trying data-* options.
 */
function startExplainerServer(): Promise<StaticServer> {
	return serveStatic(join(process.cwd(), 'static/examples'), {
		handle: (_req, res, url) => {
			if (url.pathname !== '/one.html') return false;
			const app = url.searchParams.get('app') ?? '';
			const attributes = [...url.searchParams]
				.filter(([key]) => key !== 'app')
				.map(([key, value]) => ` data-${key.replace(/\W/g, '')}="${value.replace(/[^\w-]/g, '')}"`)
				.join('');
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><html lang="en"><title>One embed</title><link rel="icon" href="data:,"><body>` +
					`<div id="atlas" data-event-atlas="${SLUG}"${attributes}>Kim and Putin</div>` +
					`<script async src="${new URL('embed.js', app)}"></script></body></html>`
			);
			return true;
		}
	});
}

test.describe('an explainer on another origin', () => {
	let server: StaticServer;
	let origin: string;

	test.beforeAll(async () => {
		server = await startExplainerServer();
		origin = server.origin;
	});
	test.afterAll(() => server.close());

	/** A page without the app's hydration wait (the explainer is not our app). */
	async function openExplainer(
		context: import('@playwright/test').BrowserContext,
		path: string,
		baseURL: string
	) {
		const host = await context.newPage();
		const problems: string[] = [];
		const requests: string[] = [];
		host.on('console', (m) => {
			if (m.type() === 'error') problems.push(m.text());
		});
		host.on('pageerror', (e) => problems.push(e.message));
		host.on('request', (r) => requests.push(new URL(r.url()).origin));
		const separator = path.includes('?') ? '&' : '?';
		await host.goto(`${origin}${path}${separator}app=${encodeURIComponent(`${baseURL}/`)}`);
		const frame = host.frameLocator('#atlas iframe');
		await expect(frame.locator('#event-summit-2011')).toBeVisible();
		return { host, frame, problems, requests };
	}

	/** The example explainer, with the app at baseURL. */
	const openScrollytelling = async (
		context: import('@playwright/test').BrowserContext,
		baseURL: string | undefined
	) => {
		const opened = await openExplainer(context, '/scrollytelling.html', baseURL!);
		// The embed reports to its host once it says it is ready (after hydration and its link).
		await expect(opened.host.locator('#log')).toContainText('ready');
		return opened;
	};

	const selectedIn = (frame: ReturnType<Page['frameLocator']>) =>
		frame.locator('[id^="event-"] button[aria-current="true"]');

	test('the frame resizes to its content', async ({ context, baseURL }) => {
		const { host, frame, problems, requests } = await openScrollytelling(context, baseURL);
		const iframe = host.locator('#atlas iframe');
		await expect(iframe).toHaveAttribute('src', `${baseURL}/embed/${SLUG}/`);
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		await expect(iframe).toHaveAttribute('title', /three summits/);
		const content = () =>
			frame
				.locator('body')
				.evaluate((body) => Math.ceil(body.getBoundingClientRect().bottom + scrollY));
		await expect
			.poll(async () =>
				Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await content()))
			)
			.toBeLessThanOrEqual(1);
		expect(await iframe.evaluate((f) => f.clientHeight)).not.toBe(600);
		expect(new Set(requests)).toEqual(new Set([origin, new URL(baseURL!).origin]));
		expect(problems).toEqual([]);
	});

	test('scrolling to the 2019 paragraph selects the 2019 summit in the embed', async ({
		context,
		baseURL
	}) => {
		const { host, frame, problems } = await openScrollytelling(context, baseURL);
		await host.locator('#step-2019').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(host.locator('#step-2019')).toHaveClass(/active/);
		await expect(frame.locator('#event-summit-2019 button').first()).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expect(frame.locator(`figure.timeline .detail [data-id="summit-2019"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		// The host's own choice is not reported back to it as the reader's.
		await host.waitForTimeout(400);
		await expect(host.locator('#selected')).toHaveText('nothing yet');

		await host.locator('#step-2023').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(frame.locator('#event-summit-2023 button').first()).toHaveAttribute(
			'aria-current',
			'true'
		);
		expect(problems).toEqual([]);
	});

	test('a click inside the embed reaches the host as event-atlas:select', async ({
		context,
		baseURL
	}) => {
		const { host, frame, problems } = await openScrollytelling(context, baseURL);
		const received = host.evaluate(
			() =>
				new Promise((resolve) =>
					document
						.getElementById('atlas')!
						.addEventListener('event-atlas:select', (e) => resolve((e as CustomEvent).detail))
				)
		);
		await frame.locator('#event-summit-2023 button').first().click();
		expect(await received).toEqual({ type: 'event-atlas:select', id: 'summit-2023' });
		await expect(host.locator('#selected')).toHaveText('summit-2023');
		await expect(host.locator('#step-2023')).toHaveClass(/picked/);
		await expect(host.locator('#log')).toContainText('select: summit-2023');

		await frame.locator('figure.timeline .detail [data-id="summit-2011"]').click();
		await expect(host.locator('#selected')).toHaveText('summit-2011');
		expect(problems).toEqual([]);
	});

	test('malformed messages change nothing', async ({ context, baseURL }) => {
		const { host, frame, problems } = await openScrollytelling(context, baseURL);
		await host.evaluate(() =>
			window.EventAtlas.get(document.getElementById('atlas')!)!.select('summit-2019')
		);
		const summit2019 = frame.locator('#event-summit-2019 button').first();
		await expect(summit2019).toHaveAttribute('aria-current', 'true');

		await host.evaluate(() => {
			const target = document.querySelector<HTMLIFrameElement>('#atlas iframe')!.contentWindow!;
			for (const message of [
				'event-atlas:reset',
				null,
				42,
				[{ type: 'event-atlas:reset' }],
				{ type: 'event-atlas:select' },
				{ type: 'event-atlas:select', id: 42 },
				{ type: 'event-atlas:select', id: 'no-such-id' },
				{ type: 'event-atlas:select', id: '<img src=x onerror=alert(1)>' },
				{ type: 'event-atlas:select', id: 'summit-2023', extra: true },
				{ type: 'event-atlas:window', from: '2019-12-31', to: '2019-01-01' },
				{ type: 'event-atlas:window', from: '2019-02-30', to: '2019-03-31' },
				{ type: 'event-atlas:window', from: 'yesterday', to: 'today' },
				{ type: 'event-atlas:reset', now: 1 },
				{ type: 'event-atlas:explode' }
			])
				target.postMessage(message, '*');
		});
		await host.waitForTimeout(500);
		await expect(summit2019).toHaveAttribute('aria-current', 'true');
		await expect(selectedIn(frame)).toHaveCount(1);
		await expect(host.locator('#selected')).toHaveText('nothing yet');

		// The channel still works afterwards.
		await host.evaluate(() => window.EventAtlas.get(document.getElementById('atlas')!)!.reset());
		await expect(selectedIn(frame)).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('event=no-such-id shows the story with nothing selected and no error page', async ({
		context,
		baseURL
	}) => {
		const { host, frame, problems } = await openExplainer(
			context,
			'/one.html?event=no-such-id&view=both',
			baseURL!
		);
		await expect(host.locator('#atlas iframe')).toHaveAttribute(
			'src',
			`${baseURL}/embed/${SLUG}/?view=both&event=no-such-id`
		);
		await expect(frame.getByRole('heading', { level: 1 })).toContainText('Kim and Putin');
		await expect(frame.locator('#event-summit-2023')).toBeVisible();
		await expect(frame.locator('[aria-current="true"]')).toHaveCount(0);
		expect(problems).toEqual([]);
	});
});

declare global {
	interface Window {
		EventAtlas: {
			get(div: Element): {
				select(id: string | null): void;
				window(from: string | Date, to: string | Date): void;
				reset(): void;
				on(type: string, fn: (message: unknown) => void): () => void;
				frame: HTMLIFrameElement;
			} | null;
			scan(): void;
		};
	}
}
