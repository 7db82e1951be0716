/**
 * Stories the engine was not designed around (tests/fixtures/, built by the test build):
 * an ocean between places, the antimeridian, one evening with clock times, thousands of events.
 * Each must build, validate, and draw its timeline and map.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const FIXTURES = [
	{ slug: 'us-soviet-summits', events: 5, places: 5 },
	{ slug: 'lisboa-uma-noite', events: 3, places: 1 },
	{ slug: 'pacific-tour', events: 3, places: 3 },
	{ slug: 'large-story', events: 2000, places: 300 }
];

const marks = (page: Page) => page.locator('figure.timeline .detail [data-id]');
const countries = (page: Page) => page.locator('.leaflet-container .country.shown');
const markers = (page: Page) => page.locator('.leaflet-container button[id^="map-place-"]');

for (const { slug, events, places } of FIXTURES) {
	test(`${slug}: timeline, map and list draw`, async ({ page, consoleErrors, foreignRequests }) => {
		await page.goto(`/${slug}/`);
		await expect(page.locator('.event-map[data-ready="true"]')).toBeVisible();
		// Markers merge where places crowd together, never beyond the places there are.
		const shown = await markers(page).count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThanOrEqual(places);
		await expect(countries(page).first()).toBeVisible();
		if (events <= 150) await expect(marks(page)).toHaveCount(events);
		else await expect(page.locator('figure.timeline canvas')).toBeVisible();
		await expect(page.locator('[id^="event-"] button').first()).toBeVisible();
		expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
		// The Pacific story names a tile server (unreachable here); nothing else leaves the site.
		expect(foreignRequests.filter((u) => !u.startsWith('https://tiles.example.org/'))).toEqual([]);
	});
}

test('the index lists no fixture story', async ({ page }) => {
	await page.goto('/');
	for (const { slug } of FIXTURES)
		await expect(page.locator(`a[href="./${slug}/"]`)).toHaveCount(0);
});

test('Atlantic summits: a focus button for each summit, the region’s countries named', async ({
	page
}) => {
	await page.goto('/us-soviet-summits/');
	const toolbar = page.getByRole('toolbar', { name: 'Timeline view' });
	for (const year of ['1985', '1986', '1987', '1988', '1989'])
		await expect(toolbar.getByRole('button', { name: year, exact: true })).toBeVisible();
	await expect(page.locator('.event-map[data-ready="true"]')).toBeVisible();
	// Natural Earth's names for the region between the places (Iceland itself sits under
	// Reykjavík's label at this zoom, and gives way to it).
	const names = (await countries(page).allTextContents()).map((n) => n.trim().toLowerCase());
	const region = ['canada', 'greenland', 'united kingdom', 'spain', 'norway', 'germany', 'italy'];
	expect(region.filter((n) => names.includes(n)).length).toBeGreaterThanOrEqual(4);
	await expect(markers(page)).toHaveCount(5);
	const map = (await page.locator('.leaflet-container').boundingBox())!;
	for (const box of await markers(page).evaluateAll((els) =>
		els.map((e) => e.getBoundingClientRect().toJSON())
	)) {
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.y).toBeGreaterThanOrEqual(map.y);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
	}
	await toolbar.getByRole('button', { name: '1986', exact: true }).click();
	await expect(marks(page).filter({ hasText: 'Höfði' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('one evening in Lisbon: in Portuguese, on an hours axis, marks in time order', async ({
	page
}) => {
	await page.goto('/lisboa-uma-noite/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
	await expect(page.locator('figure.timeline .axis')).toContainText('19:00');
	// The symbol's centre: a label may sit on either side of its mark.
	const x = async (id: string) => {
		const box = (await marks(page)
			.and(page.locator(`[data-id="${id}"]`))
			.locator('path')
			.boundingBox())!;
		return box.x + box.width / 2;
	};
	const [opening, budget, closing] = [
		await x('abertura'),
		await x('orcamento'),
		await x('encerramento')
	];
	expect(opening).toBeLessThan(budget);
	expect(budget).toBeLessThan(closing);
	// 18:53 to 21:20 is 2 h 27 min; 21:20 to 23:30 is 2 h 10 min: spaced by their times.
	expect((budget - opening) / (closing - budget)).toBeCloseTo(147 / 130, 1);
	// The list and the keyboard follow the same order.
	const listed = await page.locator('[id^="event-"]').evaluateAll((els) => els.map((e) => e.id));
	expect(listed).toEqual(['event-abertura', 'event-orcamento', 'event-encerramento']);
	await expect(page.locator('.event-map[data-ready="true"]')).toBeVisible();
	expect((await countries(page).allTextContents()).join(' ')).toMatch(/Portugal/);
	await marks(page).and(page.locator('[data-id="orcamento"]')).click();
	await expect(page.locator('section.detail .when')).toContainText('21:20 local time (Lisbon)');
});

test('across the antimeridian: the three places in one view, no world-wide jump', async ({
	page
}) => {
	await page.goto('/pacific-tour/');
	await expect(page.locator('.event-map[data-ready="true"]')).toBeVisible();
	await expect(markers(page)).toHaveCount(3);
	const map = (await page.locator('.leaflet-container').boundingBox())!;
	for (const box of await markers(page).evaluateAll((els) =>
		els.map((e) => e.getBoundingClientRect().toJSON())
	)) {
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		// Up and down too: a basemap cut tight around the ocean must not zoom the first view in.
		expect(box.y).toBeGreaterThanOrEqual(map.y);
		expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
	}
	// Suva is west of the line and Apia east of it, yet Suva is drawn to Apia's left.
	const left = async (id: string) => (await page.locator(`#map-place-${id}`).boundingBox())!.x;
	expect(await left('suva')).toBeLessThan(await left('apia'));
	expect(await left('apia')).toBeLessThan(await left('honolulu'));
	// The Honolulu departure, late on the 9th there, is the 10th on the story's Fiji clock.
	await page.locator('#event-honolulu-departure button').first().click();
	await expect(page.locator('section.detail .when')).toContainText('10 September 2023');
	await expect(page.locator('section.detail .when')).toContainText('22:00 local time (Honolulu)');
});
