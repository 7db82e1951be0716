import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';
const marks = (page: Page) => page.locator('.timeline .detail svg [role="button"]');
const mark = (page: Page, id: string) => page.locator(`.timeline .detail [data-id="${id}"]`);

test('the prerendered page holds the whole timeline, one named mark per event', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(STORY);
	// It holds a layout for each common width; the one for this width is shown.
	await expect(marks(page).filter({ visible: true })).toHaveCount(15);
	await expect(mark(page, 'summit-2011').filter({ visible: true })).toHaveAttribute(
		'aria-label',
		/Kim Jong-il meets Medvedev near Ulan-Ude, 24 August 2011/
	);
	await expect(mark(page, 'forum-claim-2023').filter({ visible: true })).toHaveAttribute(
		'aria-label',
		/10–13 September 2023.*disputed claim/
	);
	// Each cluster is named under its ticks.
	await expect(
		page.locator('.timeline .cluster').filter({ hasText: '2019', visible: true })
	).toHaveCount(1);
	await context.close();
});

test('wheel-zooming into September 2023 shows day ticks and the 10, 12 and 13 September events apart', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(STORY);
	const summit = mark(page, 'summit-2023');
	const box = (await summit.locator('path').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('figure.timeline')).toHaveAttribute('data-gestures', 'ready');
	// Wheel in, as a reader would, until the axis counts days.
	const ticks = page.locator('.timeline .axis text');
	const dayTicks = ticks.filter({ hasText: /^\d{1,2} Sep$/ });
	// (The default view may already count days in the crowded week: wheel in a few steps anyway.)
	for (let i = 0; i < 40 && (i < 4 || (await dayTicks.count()) < 3); i++) {
		await page.mouse.wheel(0, -200);
		await page.waitForTimeout(30);
	}
	expect(await dayTicks.count()).toBeGreaterThanOrEqual(3);
	const xs = [];
	for (const id of ['departure-2023', 'arrival-khasan-2023', 'summit-2023']) {
		const b = (await mark(page, id).locator('path').boundingBox())!;
		expect(b, id).not.toBeNull();
		xs.push(b.x + b.width / 2);
	}
	// In time order, and at least a mark's width apart.
	expect(xs[1]! - xs[0]!).toBeGreaterThan(20);
	expect(xs[2]! - xs[1]!).toBeGreaterThan(20);
	// The window is in the URL.
	await expect(page).toHaveURL(/from=2023-0[89]-\d\d&to=2023-09-\d\d$/);
});

test('the 2019 focus button shows the 2019 summit', async ({ page }) => {
	await page.goto(STORY);
	await page.getByRole('button', { name: '2019', exact: true }).click();
	await expect(page.getByRole('button', { name: '2019', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const summit = mark(page, 'summit-2019');
	await expect(summit.locator('text')).toHaveText('First Putin–Kim summit, Vladivostok');
	await expect(
		page.locator('.timeline .axis text').filter({ hasText: /Apr/ }).first()
	).toBeVisible();
	await expect(mark(page, 'summit-2011')).toHaveCount(0);
	await expect(page).toHaveURL(/from=2019-04/);
	await page.getByRole('button', { name: 'All', exact: true }).click();
	await expect(marks(page)).toHaveCount(15);
});

test('by keyboard alone: Tab in, arrows to the 2019 summit, Enter selects it, the list follows, the URL keeps it', async ({
	page
}) => {
	await page.goto(STORY);
	let inTimeline = false;
	for (let i = 0; i < 40 && !inTimeline; i++) {
		await page.keyboard.press('Tab');
		inTimeline = await page.evaluate(() =>
			Boolean(document.activeElement?.closest('.timeline .detail'))
		);
	}
	expect(inTimeline).toBe(true);
	const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
	for (let i = 0; i < 10 && (await focusedId()) !== 'summit-2019'; i++)
		await page.keyboard.press('ArrowRight');
	expect(await focusedId()).toBe('summit-2019');
	await expect(page.getByRole('tooltip')).toContainText('25 Apr 2019');
	await page.keyboard.press('Enter');
	await expect(mark(page, 'summit-2019')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#event-summit-2019 button').first()).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(page).toHaveURL(/event=summit-2019/);
	await page.reload();
	await expect(mark(page, 'summit-2019')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#event-summit-2019 button').first()).toHaveAttribute(
		'aria-current',
		'true'
	);
	await mark(page, 'summit-2019').focus();
	await page.keyboard.press('Escape');
	await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
});

test('+ and - zoom, Home and End jump to the first and last event', async ({ page }) => {
	await page.goto(STORY);
	await mark(page, 'summit-2019').focus();
	await page.keyboard.press('+');
	await expect(page).toHaveURL(/from=/);
	await page.keyboard.press('End');
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
		.toBe('return-2023');
	await page.keyboard.press('Home');
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
		.toBe('kim-jong-il-arrives-2011');
});

test('a selection made in the list is brought into view on the timeline', async ({ page }) => {
	await page.goto(`${STORY}?from=2023-09-08&to=2023-09-21`);
	await expect(mark(page, 'summit-2011')).toHaveCount(0);
	await page.locator('#event-summit-2011 button').first().click();
	await expect(mark(page, 'summit-2011')).toHaveAttribute('aria-current', 'true');
});

test('a link with instants and offsets opens on that window, with no notice', async ({ page }) => {
	await page.goto(
		`${STORY}?from=2023-09-12T06:00:00%2B09:00&to=2023-09-14T00:00:00%2B09:00&event=summit-2023`
	);
	await expect(mark(page, 'summit-2023')).toHaveAttribute('aria-current', 'true');
	// 12 September 06:00 to 14 September 00:00 in Korea: the 2019 summit is out of view.
	await expect(mark(page, 'summit-2019')).toHaveCount(0);
	await expect(page.getByText('ignored')).toHaveCount(0);
	await expect(page.getByText('not a valid range')).toHaveCount(0);
});

test('a bad window in the link falls back to the whole story and says so', async ({
	page,
	consoleErrors
}) => {
	await page.goto(`${STORY}?from=2023-13-45&to=nope`);
	await expect(page.getByRole('status').filter({ hasText: 'time window' })).toContainText(
		'showing the whole story'
	);
	await expect(marks(page)).toHaveCount(15);
	expect(consoleErrors).toEqual([]);
});

test('the timeline has no accessibility violations when zoomed and selected', async ({ page }) => {
	await page.goto(`${STORY}?event=summit-2023&from=2023-09-08&to=2023-09-21`);
	await expect(mark(page, 'summit-2023')).toHaveAttribute('aria-current', 'true');
	await expectNoAxeViolations(page);
});

test('on a phone the timeline fits and the page still scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(STORY);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await expect(page.locator('.timeline .detail')).toHaveCSS('touch-action', 'pan-y');
});
