/**
 * Hostile input gets nowhere: texts too long for any layout, absurd link parameters, a CSP
 * that an injected script would meet, and the headers a page sends to the sites it links to.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const LONG = 'x'.repeat(10_000);
const PAGES = [
	'/long-words/',
	'/embed/long-words/',
	'/long-words/embed/',
	`/kim-putin-summits/?event=${LONG}`,
	`/kim-putin-summits/?q=${LONG}`,
	`/kim-putin-summits/?cat=${LONG}`,
	`/embed/kim-putin-summits/?event=${LONG}`
];

for (const width of [320, 1280]) {
	for (const path of PAGES) {
		test(`no sideways scroll at ${width} px: ${path.slice(0, 60)}`, async ({
			page,
			consoleErrors
		}) => {
			await page.setViewportSize({ width, height: 800 });
			// The link's settings apply once its parser has loaded (a moment after hydration): a
			// filter may still empty the list, so wait for the page to settle before choosing.
			await page.goto(path, { waitUntil: 'networkidle' });
			// Select an event where there is one to select: its detail panel is the widest text.
			const first = page.locator('[id^="event-"] button').first();
			if (await first.count()) await first.click();
			expect(await sideways(page)).toBeLessThanOrEqual(0);
			expect(consoleErrors).toEqual([]);
		});
	}
}

test('a notice quotes at most 80 characters of what it ignored', async ({ page }) => {
	await page.goto(`/kim-putin-summits/?event=${LONG}`);
	const notice = page.getByRole('status').filter({ hasText: 'does not have' }).first();
	await expect(notice).toBeVisible();
	expect((await notice.textContent())!.length).toBeLessThan(200);
});

test('every page carries a strict CSP, and an injected script does not run', async ({
	page,
	consoleErrors,
	cspViolations
}) => {
	for (const path of [
		'/',
		'/kim-putin-summits/',
		'/embed/kim-putin-summits/',
		'/kim-putin-summits/embed/'
	]) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/script-src 'self' 'sha256-/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		await expect(page.locator('meta[name="referrer"]')).toHaveAttribute(
			'content',
			'strict-origin-when-cross-origin'
		);
	}
	expect(consoleErrors).toEqual([]);
	// What a stored XSS would try: an inline handler and an inline script, added to the page.
	await page.evaluate(() => {
		const img = document.createElement('div');
		// An empty data: image fires load or error by browser version: both handlers are inline.
		img.innerHTML = '<img src="data:," onerror="window.__xss = 1" onload="window.__xss = 1">';
		document.body.append(img);
		const script = document.createElement('script');
		script.textContent = 'window.__xss = 2';
		document.body.append(script);
	});
	await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	cspViolations.length = 0; // seen: these two were the point
});

test('the story’s own tile server is the only other host its CSP allows', async ({ page }) => {
	await page.goto('/pacific-tour/?tiles=off');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("img-src 'self' data: blob: https://tiles.example.org");
	await page.goto('/kim-putin-summits/');
	const plain = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(plain).toContain("img-src 'self' data: blob:;");
});
