import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';
const EMBED = '/embed/kim-putin-summits/';
const listItems = (page: import('@playwright/test').Page) =>
	page.locator('ol.events > li:not(.empty)');
const marks = (page: import('@playwright/test').Page) =>
	page.locator('figure.timeline .detail svg [role="button"]');

test.describe('filters and search', () => {
	test('a category filter narrows the list and the timeline, and the link keeps it', async ({
		page
	}) => {
		await page.goto(STORY);
		await page
			.getByRole('group', { name: 'Categories' })
			.getByRole('button', { name: 'Summit' })
			.click();
		await expect(listItems(page)).toHaveCount(3);
		await expect(marks(page)).toHaveCount(3);
		await expect(page.getByRole('search').getByRole('status')).toHaveText(/3 of 15 events/);
		// The timeline says it is filtered, and can undo it.
		await expect(page.locator('figure.timeline .filtered')).toContainText(
			'Filtered: 3 of 15 events'
		);
		await expect(page).toHaveURL(/cat=summit/);
		await page.reload();
		await expect(listItems(page)).toHaveCount(3);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(listItems(page)).toHaveCount(15);
	});

	test('search finds events by words of their title or summary', async ({ page }) => {
		await page.goto(STORY);
		await page.getByRole('searchbox', { name: 'Search' }).fill('armoured train');
		await expect(listItems(page)).toHaveCount(3);
		await expect(page.locator('#event-departure-2023')).toBeVisible();
		await expect(page.locator('#event-arrival-khasan-2023')).toBeVisible();
		await page.getByRole('searchbox', { name: 'Search' }).fill('no such words anywhere');
		await expect(page.getByText('No event matches the filters.')).toBeVisible();
	});

	test('a place filter keeps the events at that place', async ({ page }) => {
		await page.goto(STORY);
		await page.getByRole('combobox', { name: 'Place' }).selectOption({ label: 'Pyongyang' });
		await expect(listItems(page)).toHaveCount(3);
		await expect(page).toHaveURL(/place=pyongyang/);
	});
});

test('share copies a link to the current view, which opens the same view', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(STORY);
	await page.locator('#event-summit-2019 button').first().click();
	await page.getByRole('button', { name: '2019', exact: true }).click();
	await expect(page).toHaveURL(/event=summit-2019.*from=2019/);
	await page.getByRole('button', { name: 'Share this view' }).click();
	await expect(page.getByText('Link to this view copied.')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const other = await context.newPage();
	await other.goto(link);
	// Until the page measures, the prerendered layouts for other widths are in it too (hidden).
	await expect(other.locator('figure.timeline [data-id="summit-2019"]:visible')).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(other.getByRole('button', { name: '2019', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the theme follows the system and can be overridden', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(STORY);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(await background()).toBe('rgb(18, 19, 20)');
	await page.getByRole('button', { name: /Colour theme/ }).click();
	expect(await background()).toBe('rgb(255, 255, 255)');
	await page.reload();
	expect(await background()).toBe('rgb(255, 255, 255)');
	await expectNoAxeViolations(page);
});

test('printing shows the timeline and the list, not the map or the controls', async ({ page }) => {
	await page.goto(STORY);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('figure.timeline')).toBeVisible();
	await expect(page.locator('ol.events')).toBeVisible();
	await expect(page.locator('section.map')).toBeHidden();
	await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
});

test.describe('the embed', () => {
	test('is the explorer without site chrome, noindex, with a canonical link', async ({
		page,
		consoleErrors
	}) => {
		await page.goto(EMBED);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kim and Putin: three summits in twelve years'
		);
		await expect(page.getByText('Event Atlas', { exact: true })).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			'../../kim-putin-summits/'
		);
		await expect(marks(page)).toHaveCount(15);
		expect(consoleErrors).toEqual([]);
	});

	test('takes view, event, window and controls from its address', async ({ page }) => {
		await page.goto(
			`${EMBED}?view=timeline&event=summit-2023&from=2023-09-08&to=2023-09-21&controls=minimal`
		);
		await expect(page.locator('figure.timeline [data-id="summit-2023"]')).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expect(page.locator('section.map')).toHaveCount(0);
		await expect(page.locator('ol.events')).toHaveCount(0);
		// A graphic-only view: the selected event as a compact caption, not the full detail.
		await expect(page.getByRole('region', { name: 'Selected event' })).toContainText(
			'Putin and Kim meet at Vostochny'
		);
		await expect(page.locator('#detail-heading')).toHaveCount(0);
	});

	test('ignores invalid options and unknown events with a console warning, never an error page', async ({
		page,
		consoleErrors
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(`${EMBED}?view=globe&theme=sepia&event=no-such-id`);
		await expect(marks(page)).toHaveCount(15);
		await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
		await expect.poll(() => warnings.join('\n')).toContain('view="globe"');
		expect(warnings.join('\n')).toContain('no-such-id');
		expect(consoleErrors).toEqual([]);
	});

	test('takes the theme its host asks for, even with minimal controls', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${EMBED}?theme=dark&controls=minimal`);
		await expect
			.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
			.toBe('rgb(18, 19, 20)');
	});

	test('says the theme it draws, and a reader’s saved choice does not override it', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		// The reader chose light on the story page.
		await page.goto(STORY);
		const control = page.getByRole('button', { name: /Colour theme/ });
		await control.click();
		await expect(control).toHaveText('Theme: light');
		await page.goto(`${EMBED}?theme=dark`);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await expect(control).toHaveText('Theme: dark');
		expect(await background()).toBe('rgb(18, 19, 20)');
		// The reader may still switch inside the embed; the story page keeps its own choice.
		await control.click();
		await expect(control).toHaveText('Theme: auto');
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.goto(STORY);
		await expect(control).toHaveText('Theme: light');
	});

	test('fits 300 px wide and has no accessibility violations', async ({ page }) => {
		await page.setViewportSize({ width: 300, height: 700 });
		await page.goto(EMBED);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			300
		);
		await expectNoAxeViolations(page);
	});
});
