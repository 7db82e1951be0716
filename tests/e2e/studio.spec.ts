/**
 * The studio: an editor pastes the seed article and its date, drafts, judges the events,
 * and downloads a story that passes `npm run check:data`; work survives a reload.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const ARTICLE = readFileSync('data/sources/kim-putin-summits.txt', 'utf8');

async function draftSeed(page: Page) {
	await page.goto('/studio/');
	await page.getByLabel('Headline').fill('Kim Jong-un in Russia for talks with Vladimir Putin');
	await page.getByLabel('Publisher').fill('time news');
	await page.getByLabel('Published').fill('2023-09-13');
	await page.getByLabel('Story time zone').fill('Asia/Vladivostok');
	await page.getByLabel('Slug (file name)').fill('seed-studio');
	await page.getByLabel(/Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: 'Draft the story' }).click();
}

const card = (page: Page, date: RegExp) =>
	page.locator('article.card').filter({ has: page.getByRole('heading', { name: date }) });

test('drafting the seed article shows the 10 and 12 September events with their reasoning', async ({
	page,
	foreignRequests,
	consoleErrors
}) => {
	await draftSeed(page);
	const left = card(page, /^2023-09-10/);
	await expect(left).toBeVisible();
	await expect(left.locator('mark')).toHaveText('on Sunday');
	await expect(left).toContainText('the Sunday on or before publication');
	const arrived = card(page, /^2023-09-12/);
	await expect(arrived.locator('mark')).toHaveText('yesterday Tuesday');
	await expect(arrived).toContainText('The weekday agrees');
	await expect(card(page, /^2011/)).toBeVisible();
	await expect(page.getByRole('heading', { name: /No problems/ })).toBeVisible();
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('editing a title updates the preview, and the work survives a reload', async ({ page }) => {
	await draftSeed(page);
	const preview = page.frameLocator('iframe[title="Preview of the draft story"]');
	const old = preview.getByText('The North Korean leader left the capital Pyongyang', {
		exact: true
	});
	await expect(old.first()).toBeVisible();
	await card(page, /^2023-09-10/)
		.getByLabel('Title')
		.fill('Kim leaves Pyongyang by armoured train');
	await expect(
		preview.getByText('Kim leaves Pyongyang by armoured train', { exact: true }).first()
	).toBeVisible();
	await expect(old).toHaveCount(0);

	await page.reload();
	await expect(card(page, /^2023-09-10/).getByLabel('Title')).toHaveValue(
		'Kim leaves Pyongyang by armoured train'
	);
});

test('a rejected event leaves the story; a problem is a click away from its field', async ({
	page
}) => {
	await draftSeed(page);
	const visit = card(page, /^2019/).first();
	await visit.getByRole('button', { name: 'Reject' }).click();
	await expect(page.getByRole('heading', { name: /Events/ })).toContainText('5 of 6 kept');

	const title = card(page, /^2023-09-12/).getByLabel('Title');
	await title.fill('');
	const problem = page.getByRole('button', { name: /events\[\d\]\.title.*must not be empty/ });
	await expect(problem).toBeVisible();
	await page.getByLabel('Headline').focus();
	await problem.click();
	await expect(title).toBeFocused();
});

test('the downloaded story and source pass npm run check:data', async ({ page }) => {
	await draftSeed(page);
	await expect(page.getByRole('heading', { name: /No problems/ })).toBeVisible();
	const root = mkdtempSync(join(tmpdir(), 'studio-'));
	try {
		mkdirSync(join(root, 'data/stories'), { recursive: true });
		mkdirSync(join(root, 'data/sources'), { recursive: true });
		for (const [name, folder] of [
			['seed-studio.json', 'stories'],
			['seed-studio.txt', 'sources']
		] as const) {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: `Download ${name}` }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe(name);
			await file.saveAs(join(root, 'data', folder, name));
		}
		const out = execFileSync('npx', ['tsx', 'scripts/check-data.ts', root], { encoding: 'utf8' });
		expect(out).toContain('✓ seed-studio: 6 events');
		const story = JSON.parse(readFileSync(join(root, 'data/stories/seed-studio.json'), 'utf8'));
		expect(story.events.map((e: { date: string }) => e.date)).toEqual(
			expect.arrayContaining(['2023-09-10', '2023-09-12', '2023-09-13', '2019', '2011'])
		);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('the studio has no axe violations, before and after drafting', async ({ page }) => {
	await page.goto('/studio/');
	await expectNoAxeViolations(page);
	await draftSeed(page);
	await expect(page.getByRole('heading', { name: /No problems/ })).toBeVisible();
	const frame = page.frameLocator('iframe[title="Preview of the draft story"]');
	await expect(frame.locator('.explorer')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a story page loads none of the studio’s code', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('/kim-putin-summits/');
	await page.waitForLoadState('networkidle');
	const bodies = await Promise.all(
		scripts.map((url) => page.request.get(url).then((r) => r.text()))
	);
	for (const body of bodies) {
		expect(body).not.toContain('Draft the story');
		expect(body).not.toContain('casualReference');
		expect(body).not.toContain('Pyongyang\t');
	}
});

test('opening an existing story and its source lets the editor check it again', async ({
	page
}) => {
	await page.goto('/studio/');
	await page
		.getByLabel('Open a story file…')
		.setInputFiles(['data/stories/kim-putin-summits.json', 'data/sources/kim-putin-summits.txt']);
	await expect(page.getByLabel('Headline')).toHaveValue(
		'Kim and Putin: three summits in twelve years'
	);
	await expect(page.getByRole('heading', { name: /Events/ })).toContainText('15 of 15 kept');
	await expect(page.getByRole('heading', { name: /No problems/ })).toBeVisible();
	// An article sentence an event quotes is marked in the article.
	await expect(page.locator('.text mark').first()).toBeVisible();
});

test('after drafting, the keyboard lands on the events', async ({ page }) => {
	await draftSeed(page);
	await expect(page.getByRole('heading', { name: /Events/ })).toBeFocused();
});
