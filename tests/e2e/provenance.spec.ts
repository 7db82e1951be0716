/**
 * Provenance a reader can check: exact citations, the annotated article, quotes anchored the
 * W3C way, status as a filter, the people quoted, and the claims as JSON-LD.
 */
import { mkdirSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';
const SOURCE = '/kim-putin-summits/source/';
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-12';

interface Citation {
	url?: string;
}
interface JsonEvent {
	id: string;
	date: string;
	provenance: {
		status: string;
		quotes: { text: string; selector: [Record<string, unknown>, Record<string, unknown>] }[];
		context: { citation: Citation }[];
		correction?: { citation: Citation };
	};
}

test.describe('exact citations and anchored quotes', () => {
	test('every citation names a report, and every quote carries its W3C selectors', async ({
		request
	}) => {
		const story = await (await request.get(`${STORY}events.json`)).json();
		const events: JsonEvent[] = story.events;
		const urls = events.flatMap((e) => [
			...e.provenance.context.map((c) => c.citation.url),
			e.provenance.correction?.citation.url
		]);
		expect(urls.filter(Boolean).length).toBeGreaterThanOrEqual(16);
		for (const url of urls.filter((u): u is string => !!u))
			expect(new URL(url).pathname, url).not.toMatch(/^\/?$/);
		expect(events.find((e) => e.id === 'peskov-warnings-2023')?.date).toBe('2023-09-12');

		const article = await (await request.get('/kim-putin-summits/source/')).text();
		expect(article).toContain('The article, annotated');
		for (const quote of events.flatMap((e) => e.provenance.quotes)) {
			const [text, position] = quote.selector;
			expect(text).toMatchObject({ type: 'TextQuoteSelector', exact: quote.text });
			expect(typeof text.prefix).toBe('string');
			expect(typeof text.suffix).toBe('string');
			expect(position.type).toBe('TextPositionSelector');
			expect(Number(position.end) - Number(position.start)).toBe(Array.from(quote.text).length);
		}

		const geo = await (await request.get(`${STORY}events.geojson`)).json();
		const forum = geo.features.find(
			(f: { properties: { id: string } }) => f.properties.id === 'forum-claim-2023'
		);
		expect(forum.properties.quotes[0].selector[0]).toMatchObject({
			type: 'TextQuoteSelector',
			exact: expect.stringContaining('previously attended an economic forum')
		});
	});
});

test.describe('the annotated article', () => {
	test('marks the quoted passages, each a link to its event, and says how much is used', async ({
		page,
		consoleErrors,
		foreignRequests
	}) => {
		await page.goto(SOURCE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The article, annotated');
		await expect(page.locator('article')).toContainText(
			'Kim Jong-un previously attended an economic forum in Vladivostok'
		);
		await expect(page.locator('.usage')).toHaveText(
			/The story uses \d+ passages from \d+ of \d+ paragraphs\./
		);
		const events = await (await page.request.get(`${STORY}events.json`)).json();
		const ids = new Set(events.events.map((e: { id: string }) => e.id));
		const hrefs = await page
			.locator('mark a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThanOrEqual(10);
		const eventLinks = hrefs.filter((h) => h.includes('?event='));
		expect(eventLinks.length).toBeGreaterThanOrEqual(10);
		for (const href of eventLinks) {
			const url = new URL(href, page.url());
			expect(url.pathname).toBe(STORY);
			expect(ids.has(url.searchParams.get('event'))).toBe(true);
		}
		await expectNoAxeViolations(page);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('is readable and its links work without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto(SOURCE);
		const marks = page.locator('mark a[href*="?event="]');
		expect(await marks.count()).toBeGreaterThanOrEqual(10);
		await expect(page.locator('article')).toContainText('said Dmitri Peskov');
		await page.locator('mark a[href*="event=forum-claim-2023"]').first().click();
		await expect(page).toHaveURL(/\/kim-putin-summits\/\?event=forum-claim-2023$/);
		await context.close();
	});

	test('an event’s quote opens the article at that passage, and the passage leads back', async ({
		page
	}) => {
		await page.goto(`${STORY}?event=forum-claim-2023`);
		const detail = page.locator('section.detail');
		await expect(detail.getByRole('heading', { level: 2 })).toContainText('economic forum');
		await detail
			.getByRole('link', { name: /in context/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/kim-putin-summits\/source\/#at-\d+$/);
		const target = page.locator(':target');
		await expect(target).toContainText('Kim Jong-un previously attended an economic forum');
		await expect(target).toBeInViewport();
		await target.getByRole('link').click();
		await expect(page).toHaveURL(/\?event=forum-claim-2023$/);
		await expect(page.locator('section.detail h2')).toContainText('economic forum');
		// The story page arrived at by a link has its build-time parts.
		await expect(page.getByRole('heading', { name: 'Who says what' })).toBeVisible();
		await expect(page.locator('.story-notes')).toContainText('1 claim wrong');
	});

	test('works for a story of another shape', async ({ page }) => {
		await page.goto('/us-soviet-summits/source/');
		await expect(page.locator('.usage')).toHaveText(/The story uses 5 passages from \d+ of/);
		expect(await page.locator('mark a[href*="?event="]').count()).toBeGreaterThanOrEqual(5);
		// A story without voices has no "Who says what".
		await page.goto('/us-soviet-summits/');
		await expect(page.getByRole('heading', { name: 'Who says what' })).toHaveCount(0);
	});
});

test.describe('status as a filter', () => {
	test('“Disputed” leaves the forum claim alone, and the link keeps it', async ({ page }) => {
		await page.goto(STORY);
		const group = page.getByRole('group', { name: 'How we know' });
		await expect(group.getByRole('button', { name: /Reported/ })).toContainText('7');
		await expect(group.getByRole('button', { name: /Context/ })).toContainText('7');
		await group.getByRole('button', { name: /Disputed\s+1/ }).click();
		const items = page.locator('ol.events > li');
		await expect(items).toHaveCount(1);
		await expect(items.first()).toHaveAttribute('id', 'event-forum-claim-2023');
		await expect(page).toHaveURL(/[?&]status=disputed(&|$)/);
		await page.reload();
		await expect(page.locator('ol.events > li')).toHaveCount(1);
		await expect(
			page.getByRole('group', { name: 'How we know' }).getByRole('button', { name: /Disputed/ })
		).toHaveAttribute('aria-pressed', 'true');
	});

	test('the header says what the article gets wrong and links to the correction', async ({
		page
	}) => {
		await page.goto(STORY);
		const line = page.locator('.story-notes');
		await expect(line).toContainText('The article gets 1 claim wrong: see the correction.');
		await line.getByRole('link', { name: 'the correction' }).click();
		await expect(page).toHaveURL(/\?event=forum-claim-2023$/);
		await expect(page.locator('section.detail')).toContainText('Correction:');
		await expect(page.locator('section.detail')).toContainText('No checked source places Kim');
	});
});

test.describe('who says what', () => {
	test('is on the story page opened from the index', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: /Kim and Putin: three summits/ }).click();
		await expect(page).toHaveURL(/\/kim-putin-summits\/$/);
		await expect(page.getByRole('heading', { name: 'Who says what' })).toBeVisible();
		await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
	});

	test('names the five people the article quotes, with their words and events', async ({
		page
	}) => {
		await page.goto(STORY);
		const section = page.locator('section.voices');
		await expect(section.getByRole('heading', { level: 2 })).toHaveText('Who says what');
		await expect(section.getByRole('heading', { level: 3 })).toHaveText([
			'Leif-Eric Easley',
			'Andreï Lankov',
			'Antoine Bondaz',
			'Anne-Claire Legendre',
			'Dmitri Peskov'
		]);
		const peskov = page.locator('#voice-dmitri-peskov');
		await expect(peskov).toContainText('Kremlin spokesperson');
		await expect(peskov.locator('blockquote').last()).toContainText(
			'what matters to us is the interests of our two countries'
		);
		await peskov.getByRole('link', { name: 'Kremlin dismisses US warnings' }).click();
		await expect(page).toHaveURL(/\?event=peskov-warnings-2023$/);
		await expect(page.locator('section.detail h2')).toHaveText('Kremlin dismisses US warnings');
	});
});

test.describe('machine-readable claims', () => {
	test('the story page’s JSON-LD has a ClaimReview for the forum claim and an Event per event', async ({
		page
	}) => {
		await page.goto(STORY);
		const text = await page.locator('script[type="application/ld+json"]').textContent();
		const data = JSON.parse(text ?? '');
		expect(data['@context']).toBe('https://schema.org');
		const graph: Record<string, unknown>[] = data['@graph'];
		const story = await (await page.request.get(`${STORY}events.json`)).json();
		const dated = story.events.filter(
			(e: JsonEvent) => e.provenance.status !== 'disputed'
		) as JsonEvent[];
		const events = graph.filter((n) => n['@type'] === 'Event');
		expect(events.map((e) => String(e['@id']).split('#event-')[1]).sort()).toEqual(
			dated.map((e) => e.id).sort()
		);
		const summit = events.find((e) => String(e['@id']).endsWith('event-summit-2023'))!;
		expect(summit).toMatchObject({
			startDate: expect.stringMatching(/^2023-09-13/),
			location: {
				'@type': 'Place',
				name: 'Vostochny Cosmodrome',
				geo: { '@type': 'GeoCoordinates', latitude: 51.884, longitude: 128.333 }
			}
		});
		const article = graph.find((n) => n['@type'] === 'NewsArticle')!;
		expect(article.headline).toContain('Kim Jong-un in Russia for talks');
		const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
		expect(reviews).toHaveLength(1);
		expect(reviews[0]).toMatchObject({
			claimReviewed: expect.stringContaining('previously attended an economic forum'),
			itemReviewed: { '@type': 'Claim', appearance: { '@id': article['@id'] } },
			reviewRating: { '@type': 'Rating', alternateName: 'Inaccurate' },
			citation: { url: expect.stringContaining('forumvostok.ru/en/news/') }
		});
	});
});

test.describe('screenshots', () => {
	for (const [width, height] of [
		[1280, 800],
		[390, 844]
	] as const) {
		test(`source view and "Who says what" at ${width}×${height}`, async ({ page }) => {
			mkdirSync(SHOTS, { recursive: true });
			await page.setViewportSize({ width, height });
			await page.goto(SOURCE);
			await page.screenshot({ path: `${SHOTS}/source-top-${width}x${height}.png` });
			await page.goto(`${SOURCE}#at-1274`);
			await page.screenshot({ path: `${SHOTS}/source-${width}x${height}.png` });
			await page.goto(STORY);
			await page
				.locator('header')
				.first()
				.screenshot({ path: `${SHOTS}/header-${width}x${height}.png` });
			const voices = page.locator('section.voices');
			await voices.scrollIntoViewIfNeeded();
			await voices.screenshot({ path: `${SHOTS}/voices-${width}x${height}.png` });
			await expect(voices).toBeVisible();
		});
	}
});
