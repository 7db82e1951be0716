import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';

test.describe('the story index', () => {
	test('lists the summit story with its dates and counts', async ({ page, foreignRequests }) => {
		await page.goto('/');
		const card = page.getByRole('article').filter({ hasText: 'Kim and Putin' });
		await expect(card.getByRole('link', { name: /Kim and Putin: three summits/ })).toHaveAttribute(
			'href',
			'./kim-putin-summits/'
		);
		await expect(card).toContainText('2011–2023');
		await expect(card).toContainText('15 events');
		await expect(card).toContainText('8 places');
		await expectNoAxeViolations(page);
		expect(foreignRequests).toEqual([]);
	});
});

test.describe('the story page', () => {
	test('lists every event in date order with its provenance', async ({ page, consoleErrors }) => {
		await page.goto(STORY);
		const list = page.getByRole('list').filter({ has: page.locator('#event-summit-2011') });
		const items = list.locator(':scope > li');
		const datetimes = await items
			.locator('button time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		expect(datetimes.length).toBe(15);
		expect(datetimes[0]).toBe('2011-08-23');
		expect(datetimes.at(-1)).toBe('2023-09-19');
		const starts = datetimes.map((d) => d.slice(0, 10));
		expect([...starts].sort()).toEqual(starts);

		const summit2011 = page.locator('#event-summit-2011');
		await expect(summit2011.getByRole('button')).toContainText('24 Aug 2011');
		await expect(summit2011).toContainText('Sosnovy Bor');
		await expect(summit2011).toContainText('From the article');
		await expect(summit2011.locator('blockquote')).toContainText(
			'The last summit between the two countries took place in 2011'
		);

		const forum = page.locator('#event-forum-claim-2023');
		await expect(forum).toContainText('Disputed');
		await expect(forum).toContainText('Correction:');
		await expect(
			forum.locator('.correction').getByRole('link', { name: 'Eastern Economic Forum' })
		).toHaveAttribute(
			'href',
			'https://forumvostok.ru/en/news/dmitrij-peskov-plenarnoe-zasedanie-vef-sostoitsja-12-sentjabrja/'
		);

		const departure = page.locator('#event-departure-2023');
		await expect(departure).toContainText('“on Sunday” read as 10 Sep 2023');

		await expect(page.locator('#event-komsomolsk-2023')).toContainText('Context');
		expect(consoleErrors).toEqual([]);
	});

	test('selects an event from the list and keeps it in the URL', async ({ page }) => {
		await page.goto(STORY);
		const button = page.locator('#event-summit-2019').getByRole('button').first();
		await button.click();
		await expect(button).toHaveAttribute('aria-current', 'true');
		await expect(page).toHaveURL(/\?event=summit-2019$/);
		await page.reload();
		await expect(page.locator('#event-summit-2019').getByRole('button').first()).toHaveAttribute(
			'aria-current',
			'true'
		);
	});

	test('a link naming an unknown event opens the story and says so', async ({
		page,
		consoleErrors
	}) => {
		await page.goto(`${STORY}?event=no-such-id`);
		await expect(page.getByRole('status').filter({ hasText: 'no-such-id' })).toContainText(
			'does not have'
		);
		await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
		expect(consoleErrors).toEqual([]);
	});

	test('has no accessibility violations', async ({ page }) => {
		await page.goto(STORY);
		await expectNoAxeViolations(page);
	});

	test('reads without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(STORY);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kim and Putin: three summits in twelve years'
		);
		await expect(page.locator('#event-summit-2023')).toContainText(
			'Putin and Kim meet at Vostochny'
		);
		await context.close();
	});
});
