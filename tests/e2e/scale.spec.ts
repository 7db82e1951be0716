/**
 * A story of thousands of events and hundreds of places (tests/fixtures/generate-large.ts,
 * built by the test build): the list pages, the map clusters, and everything stays reachable
 * by keyboard, on this site alone.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const list = (page: Page) => page.locator('section.list ol.events > li');
const pager = (page: Page) =>
	page.getByRole('navigation', { name: 'Pages of events', exact: true });
const clusters = (page: Page) =>
	page.locator('.leaflet-container button[id^="map-place-"][aria-label*=" places near "]');

test.describe('a story of 2,000 events', () => {
	test('the list shows a page of 50; the pager turns pages by keyboard', async ({
		page,
		foreignRequests
	}) => {
		await page.goto('/large-story/');
		await expect(list(page)).toHaveCount(50);
		await expect(pager(page)).toContainText('Events 1–50 of 2,000');

		const next = pager(page).getByRole('button', { name: 'Next page of events' });
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(pager(page)).toContainText('Events 51–100 of 2,000');
		await expect(list(page)).toHaveCount(50);
		await expect(list(page).first()).toHaveAttribute('id', /^event-/);
		await expect(next).toBeFocused();

		// The page menu jumps; the last page holds what is left.
		await pager(page).getByRole('combobox', { name: 'Page of events' }).focus();
		await page.keyboard.press('End');
		await expect(pager(page)).toContainText('Events 1,951–2,000 of 2,000');
		await expect(next).toBeDisabled();
		expect(foreignRequests).toEqual([]);
	});

	test('an event selected by a link shows on its page of the list', async ({ page }) => {
		// The 1,500th event in the list's order: page 30.
		const data = (await (await page.request.get('/large-story/events.json')).json()) as {
			events: { id: string }[];
		};
		const id = data.events[1499]!.id;
		await page.goto(`/large-story/?event=${id}`);
		await expect(pager(page)).toContainText('Events 1,451–1,500 of 2,000');
		await expect(page.locator(`#event-${id} button.select`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expectNoAxeViolations(page);
	});

	test('crowded places are clusters: a named button that zooms in, handing focus on', async ({
		page,
		consoleErrors
	}) => {
		await page.goto('/large-story/');
		const map = page.locator('.event-map');
		await map.scrollIntoViewIfNeeded();
		await expect(map).toHaveAttribute('data-ready', 'true');
		const cluster = clusters(page).first();
		await expect(cluster).toBeVisible();
		const name = (await cluster.getAttribute('aria-label'))!;
		const [, count, lead] = /^(\d+) places near (.+), \d+ events$/.exec(name)!;
		expect(Number(count)).toBeGreaterThan(5);
		const before = await page.locator('.leaflet-container button[id^="map-place-"]').count();

		await cluster.focus();
		await page.keyboard.press('Enter');
		// Focus stays on the marker of the cluster's lead place, which now holds fewer places.
		const focused = page.locator('.leaflet-container button[id^="map-place-"]:focus');
		await expect(focused).toHaveAttribute('aria-label', new RegExp(`(^|near )${lead}[ ,]`));
		await expect(focused).not.toHaveAttribute('aria-label', name);
		// Zoomed in: the cluster's places spread over more markers.
		await expect
			.poll(() => page.locator('.leaflet-container button[id^="map-place-"]').count())
			.not.toBe(before);
		expect(consoleErrors).toEqual([]);
	});

	test('the density view is stepped through by keyboard: a band chosen with the arrows lists its events', async ({
		page
	}) => {
		await page.goto('/large-story/');
		const density = page.getByRole('button', {
			name: /drawn as their density.*arrows choose a band/
		});
		await density.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByText(/^Band \d+ of \d+$/)).toHaveText(/^Band \d+ of \d+$/);
		await page.keyboard.press('Enter');
		const listing = page.getByRole('dialog', { name: 'Events in this band' });
		await expect(listing).toBeVisible();
		await expect(listing.getByRole('button', { name: 'Zoom to these' })).toBeFocused();
		await expectNoAxeViolations(page);
	});
});
