/**
 * A story made by `npm run import` from a three-slide TimelineJS file (the fixture
 * imported-timeline) builds and renders; every story publishes timeline.json for TimelineJS.
 */
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('the imported TimelineJS story renders its three events', async ({
	page,
	consoleErrors,
	foreignRequests
}) => {
	await page.goto('/imported-timeline/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The harbour bridge, in three steps'
	);
	await expect(page.locator('figure.timeline .detail [data-id]')).toHaveCount(3);
	for (const title of [
		'The council votes for a bridge',
		'Building the bridge',
		'The bridge opens to traffic'
	])
		await expect(page.locator('[id^="event-"]').getByText(title, { exact: true })).toBeVisible();
	// Its provenance: the imported row, quoted from the source the import wrote.
	await page
		.locator('[id^="event-"]')
		.getByText('The bridge opens to traffic', { exact: true })
		.click();
	await expect(page.locator('.detail-area')).toContainText(
		'The mayor cuts the ribbon at half past ten.'
	);
	await expectNoAxeViolations(page);
	expect(consoleErrors).toEqual([]);
	expect(foreignRequests).toEqual([]);
});

test('timeline.json is the story in TimelineJS format, each date at its precision', async ({
	request
}) => {
	const response = await request.get('/kim-putin-summits/timeline.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('json');
	const timeline = await response.json();
	expect(timeline.title.text.headline).toBe('Kim and Putin: three summits in twelve years');
	expect(timeline.events).toHaveLength(15);
	expect(timeline.events[0]).toMatchObject({
		start_date: { year: 2011, month: 8, day: 23 },
		text: { headline: "Kim Jong-il's train reaches Ulan-Ude" },
		group: 'travel',
		unique_id: 'kim-jong-il-arrives-2011'
	});

	const imported = await (await request.get('/imported-timeline/timeline.json')).json();
	expect(imported.events.map((e: { start_date: unknown }) => e.start_date)).toEqual([
		{ year: 1998 },
		{ year: 2001, month: 3 },
		{ year: 2004, month: 6, day: 12, hour: 10, minute: 30 }
	]);
	expect(imported.events[1].end_date).toEqual({ year: 2004, month: 6 });
});
