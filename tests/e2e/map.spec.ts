import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';

const mapArea = (page: Page) => page.locator('.event-map');
const marker = (page: Page, place: string) => page.locator(`#map-place-${place}`);
const popup = (page: Page) => page.locator('.leaflet-popup');
const listButton = (page: Page, id: string) => page.locator(`#event-${id} button`).first();
const timelineMark = (page: Page, id: string) =>
	page.locator(`section[aria-label="Timeline"] [data-id="${id}"]`);

async function openMap(page: Page) {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(STORY);
	await expect(mapArea(page)).toHaveAttribute('data-ready', 'true');
	await mapArea(page).scrollIntoViewIfNeeded();
}

/** The element's box lies inside the map's visible box. */
async function expectInMap(page: Page, element: Locator) {
	const frame = (await page.locator('.leaflet-container').boundingBox())!;
	const box = (await element.boundingBox())!;
	expect(box, 'on screen').not.toBeNull();
	expect(box.x).toBeGreaterThanOrEqual(frame.x);
	expect(box.y).toBeGreaterThanOrEqual(frame.y);
	expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
	expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
}

async function expectOutOfMap(page: Page, element: Locator) {
	// A marker far out of view is not drawn at all (the map draws those near the view).
	if ((await element.count()) === 0) return;
	const frame = (await page.locator('.leaflet-container').boundingBox())!;
	const box = (await element.boundingBox())!;
	const inside =
		box.x + box.width > frame.x &&
		box.x < frame.x + frame.width &&
		box.y + box.height > frame.y &&
		box.y < frame.y + frame.height;
	expect(inside).toBe(false);
}

/** Waits for the map to stop moving: the marker stays put (or out of the drawn area) for a few frames. */
async function settled(element: Locator) {
	let last = '';
	await expect
		.poll(async () => {
			// Read at once: a marker's button can go between a count and a wait for its box
			// (a zoom takes it out of view), and that wait would eat the poll's time.
			const box = await element.evaluateAll((nodes) =>
				nodes.length ? JSON.stringify(nodes[0]!.getBoundingClientRect()) : 'none'
			);
			const same = box === last;
			last = box;
			return same;
		})
		.toBe(true);
}

test('the prerendered page lists the places in the box the map then fills, shifting nothing', async ({
	browser,
	page,
	consoleErrors
}) => {
	const viewport = { width: 1280, height: 800 };
	const context = await browser.newContext({ javaScriptEnabled: false, viewport });
	const prerendered = await context.newPage();
	await prerendered.goto(STORY);
	const fallback = mapArea(prerendered);
	await expect(fallback.getByRole('listitem')).toHaveCount(8);
	await expect(fallback).toContainText('Vostochny Cosmodrome (2 events)');
	const box = (await fallback.boundingBox())!;
	const heading = await prerendered.locator('#events-heading').boundingBox();
	expect(box.height).toBeGreaterThan(300);
	await context.close();

	await page.setViewportSize(viewport);
	await page.goto(STORY);
	await expect(mapArea(page)).toHaveAttribute('data-ready', 'true');
	expect(await mapArea(page).boundingBox()).toEqual(box);
	expect(await page.locator('#events-heading').boundingBox()).toEqual(heading);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	await expect(mapArea(page).getByRole('heading', { name: 'Places' })).toHaveCount(0);
	// Land, borders and country names come from the bundled basemap.
	await expect(page.locator('path.basemap-land')).toHaveCount(1);
	await expect(page.locator('path.basemap-border')).toHaveCount(1);
	for (const name of ['Russia', 'China', 'North Korea'])
		await expect(page.locator('.country.shown', { hasText: name })).toHaveCount(1);
	expect(consoleErrors).toEqual([]);
});

test('markers are named, focusable buttons, and Pyongyang, Vladivostok and Vostochny are labelled', async ({
	page
}) => {
	await openMap(page);
	await expect(page.getByRole('button', { name: /^Pyongyang, \d+ events$/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Vladivostok\b.*, \d+ events$/ })).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^Vostochny Cosmodrome, \d+ events?$/ })
	).toBeVisible();
	for (const place of ['pyongyang', 'vladivostok', 'vostochny']) {
		const label = marker(page, place).locator('.label');
		await expect(label).toBeVisible();
		await expectInMap(page, label);
	}
	// No two visible place labels overlap.
	const boxes = await page
		.locator('.place .label')
		.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
	for (const [i, a] of boxes.entries())
		for (const b of boxes.slice(i + 1)) {
			const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			expect(overlap).toBe(false);
		}
});

test('clicking Vostochny lists its events; choosing the summit selects it in the timeline and the list', async ({
	page,
	foreignRequests
}) => {
	await openMap(page);
	await marker(page, 'vostochny').click();
	await expect(marker(page, 'vostochny')).toHaveAttribute('aria-expanded', 'true');
	const events = popup(page).getByRole('button');
	await expect(events.first()).toBeVisible();
	const summit = popup(page).getByRole('button', { name: /13 Sep 2023.*Putin and Kim meet/ });
	await expect(summit).toBeVisible();
	// In date order.
	const dates = await popup(page)
		.locator('time')
		.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!.slice(0, 10)));
	expect(dates).toEqual([...dates].sort());

	await summit.click();
	await expect(summit).toHaveAttribute('aria-current', 'true');
	await expect(listButton(page, 'summit-2023')).toHaveAttribute('aria-current', 'true');
	await expect(timelineMark(page, 'summit-2023')).toHaveAttribute('aria-current', 'true');
	await expect(marker(page, 'vostochny')).toHaveAttribute('data-selected', 'true');
	await expect(page).toHaveURL(/event=summit-2023/);
	// The train journey is one of its events' journeys: highlighted.
	await expect(page.locator('path.journey-line.highlighted')).toHaveCount(5);
	expect(foreignRequests).toEqual([]);
});

test('the keyboard opens a popup with Enter, moves into it, and Escape returns to the marker', async ({
	page
}) => {
	await openMap(page);
	await marker(page, 'pyongyang').focus();
	await page.keyboard.press('Enter');
	const first = popup(page).getByRole('button').first();
	await expect(first).toBeFocused();
	await expect(first).toContainText('Kim leaves Pyongyang');
	await page.keyboard.press('Escape');
	await expect(popup(page)).toHaveCount(0);
	await expect(marker(page, 'pyongyang')).toBeFocused();
});

test('selecting the 2019 summit in the timeline brings Vladivostok into view and highlights it', async ({
	page,
	foreignRequests
}) => {
	await openMap(page);
	// Zoom in on Ulan-Ude, far from Vladivostok, with the popup's own control.
	await marker(page, 'ulan-ude').click();
	await popup(page)
		.getByRole('button', { name: /Zoom in/ })
		.click();
	// Ulan-Ude's marker (its popup is open) stays; Sosnovy Bor, split from it by the zoom, may
	// end just out of view, where a marker has no button.
	await expect(marker(page, 'ulan-ude')).toHaveAttribute('aria-label', /^Ulan-Ude, /);
	await settled(marker(page, 'ulan-ude'));
	await expectOutOfMap(page, marker(page, 'vladivostok'));

	await timelineMark(page, 'summit-2019').click();
	await expect(listButton(page, 'summit-2019')).toHaveAttribute('aria-current', 'true');
	const vladivostok = marker(page, 'vladivostok');
	await expect(vladivostok).toHaveAttribute('data-selected', 'true');
	await settled(vladivostok);
	await mapArea(page).scrollIntoViewIfNeeded();
	await expectInMap(page, vladivostok);
	await expect(page.locator('path.journey-line.highlighted')).toHaveCount(0);
	expect(foreignRequests).toEqual([]);
});

/**
 * Selects an event from the list; where the marker is in the map two frames after the
 * selection shows, and once settled (relative to the map: the list scrolls the page).
 */
async function moveAfterSelecting(page: Page, event: string, place: string) {
	return page.evaluate(
		async ([event, place]) => {
			const at = () => {
				const m = document.getElementById(`map-place-${place}`)!.getBoundingClientRect();
				const f = document.querySelector('.leaflet-container')!.getBoundingClientRect();
				return [Math.round(m.x - f.x), Math.round(m.y - f.y)];
			};
			const frames = () =>
				new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			const button = document.querySelector<HTMLButtonElement>(`#event-${event} button`)!;
			button.click();
			while (button.getAttribute('aria-current') !== 'true') await frames();
			await frames();
			const soon = at();
			await new Promise((r) => setTimeout(r, 600));
			return { soon, settled: at() };
		},
		[event, place]
	);
}

test('with reduced motion, the map jumps to a selection instead of gliding', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page);
	// Pan north with the keyboard until Pyongyang, at the bottom, is out of view.
	await page.locator('.leaflet-container').focus();
	await page.keyboard.press('Shift+ArrowUp');
	await settled(marker(page, 'pyongyang'));
	await expectOutOfMap(page, marker(page, 'pyongyang'));
	const { soon, settled: after } = await moveAfterSelecting(page, 'departure-2023', 'pyongyang');
	expect(soon).toEqual(after);
	await expectInMap(page, marker(page, 'pyongyang'));
});

test('a selection already in view does not move the map', async ({ page }) => {
	await openMap(page);
	const before = await marker(page, 'pyongyang').boundingBox();
	await listButton(page, 'departure-2023').click();
	await expect(marker(page, 'pyongyang')).toHaveAttribute('data-selected', 'true');
	await mapArea(page).scrollIntoViewIfNeeded();
	const after = await marker(page, 'pyongyang').boundingBox();
	expect(after!.x).toBeCloseTo(before!.x, 0);
});

test('places with no event in the timeline window are dimmed', async ({ page }) => {
	await openMap(page);
	await page.getByRole('button', { name: '2019', exact: true }).click();
	await expect(marker(page, 'vostochny')).toHaveAttribute('data-dimmed', 'true');
	await expect(marker(page, 'pyongyang')).toHaveAttribute('data-dimmed', 'true');
	await expect(marker(page, 'vladivostok')).toHaveAttribute('data-dimmed', 'false');
});

test('reset view returns to the first view', async ({ page }) => {
	await openMap(page);
	const pyongyang = marker(page, 'pyongyang');
	const first = await pyongyang.boundingBox();
	await mapArea(page).getByRole('button', { name: 'Zoom in on the map' }).click();
	await mapArea(page).getByRole('button', { name: 'Zoom in on the map' }).click();
	await settled(pyongyang);
	// Moved, or out of view (a marker out of view has no button).
	if (await pyongyang.count()) expect(await pyongyang.boundingBox()).not.toEqual(first);
	await mapArea(page).getByRole('button', { name: 'Reset view' }).click();
	await settled(pyongyang);
	const back = (await pyongyang.boundingBox())!;
	expect(back.x).toBeCloseTo(first!.x, 0);
	expect(back.y).toBeCloseTo(first!.y, 0);
});

test('the journey is drawn leg by leg with arrowheads', async ({ page }) => {
	await openMap(page);
	await expect(page.locator('path.journey-line')).toHaveCount(5);
	await expect(page.locator('.journey-arrow')).toHaveCount(5);
	await expect(page.getByRole('list', { name: 'Journeys on the map' })).toContainText(
		"Kim Jong-un's armoured train, September 2023: Pyongyang, then Khasan, then Vostochny Cosmodrome"
	);
});

test('by default no request leaves the site, even while zooming and panning', async ({
	page,
	foreignRequests
}) => {
	await openMap(page);
	await page.waitForLoadState('networkidle');
	for (let i = 0; i < 3; i++)
		await mapArea(page).getByRole('button', { name: 'Zoom in on the map' }).click();
	await page.locator('.leaflet-container').focus();
	await page.keyboard.press('ArrowRight');
	await page.waitForLoadState('networkidle');
	expect(foreignRequests).toEqual([]);
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
});

test('has no accessibility violations with the map loaded and a popup open', async ({ page }) => {
	await openMap(page);
	await expectNoAxeViolations(page);
	await marker(page, 'vostochny').click();
	// Once Leaflet's fade-in is over: axe would measure the contrast of a half-faded popup.
	await expect(popup(page)).toHaveCSS('opacity', '1');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

test('on a phone, markers are thumb-sized', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto(STORY);
	// On a phone the map is below the timeline and the detail: it loads when scrolled to.
	await mapArea(page).scrollIntoViewIfNeeded();
	await expect(mapArea(page)).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	for (const place of ['pyongyang', 'vladivostok', 'vostochny']) {
		const box = (await marker(page, place).boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
	await context.close();
});

test('tiles come only from the story’s server; where they fail, the bundled basemap shows', async ({
	page,
	baseURL,
	consoleErrors
}) => {
	const origin = new URL(baseURL!).origin;
	// Tiles are the one thing allowed off the site, and only when a story names them: refuse here.
	await page.route(
		(url) => url.origin !== origin,
		(route) => route.abort()
	);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/embed/pacific-tour/?tiles=on');
	await expect(mapArea(page)).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.leaflet-tile').first()).toBeAttached();
	await expect(page.locator('.leaflet-tile-loaded')).toHaveCount(0);
	await expect(page.locator('path.basemap-land').first()).toBeVisible();
	const attribution = page.locator('.leaflet-control-attribution');
	await expect(attribution.getByRole('link', { name: 'Example Tiles & Co' })).toHaveAttribute(
		'href',
		'https://tiles.example.org/about'
	);
	// The refused tiles are the only errors.
	expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});

test('tiles=on on a story with no tile server is ignored, and says so', async ({
	page,
	foreignRequests
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await page.goto('/embed/kim-putin-summits/?tiles=on');
	await expect(mapArea(page)).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
	expect(warnings.join('\n')).toContain('tiles=on was ignored');
	expect(foreignRequests).toEqual([]);
});
