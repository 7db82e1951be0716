import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const STORY = '/kim-putin-summits/';
const SUMMITS = [
	'Kim Jong-il meets Medvedev near Ulan-Ude',
	'First Putin–Kim summit, Vladivostok',
	'Putin and Kim meet at Vostochny'
];
const mark = (page: Page, id: string) =>
	page.locator(`.timeline .detail [data-id="${id}"]`).filter({ visible: true });
const centre = async (locator: Locator) => {
	const b = (await locator.locator('path').boundingBox())!;
	return b.x + b.width / 2;
};
const labels = (page: Page) =>
	page.locator('.timeline .detail .mark text').filter({ visible: true }).allTextContents();
/**
 * The visible marks as markup: each element with its attributes, in document order, less
 * Svelte's scoping classes and the roving tab stop (the prerender has none: without
 * JavaScript a mark does nothing). The prerendered marks are Svelte's markup, the browser's
 * are drawn by mark-nodes.ts: they must come out the same.
 */
const markup = (page: Page) =>
	page
		.locator('.timeline .detail .mark')
		.filter({ visible: true })
		.evaluateAll((marks) => {
			const write = (el: Element): string => {
				const attrs = [...el.attributes]
					.filter((a) => a.name !== 'tabindex')
					.map((a) =>
						a.name === 'class'
							? `class="${a.value
									.split(' ')
									.filter((c) => c && !c.startsWith('svelte-'))
									.join(' ')}"`
							: `${a.name}="${a.value.replace(/;\s*$/, '')}"`
					)
					.sort();
				const inner = el.children.length
					? [...el.children].map(write).join('')
					: (el.textContent ?? '');
				return `<${el.tagName} ${attrs.join(' ')}>${inner}</${el.tagName}>`;
			};
			return marks.map(write);
		});

test.describe('at 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the default view gives the crowded week room; "To scale" puts it back to true time', async ({
		page
	}) => {
		await page.goto(STORY);
		const [d10, d12, d13] = await Promise.all(
			['departure-2023', 'arrival-khasan-2023', 'summit-2023'].map((id) => centre(mark(page, id)))
		);
		expect(d13! - d12!).toBeGreaterThanOrEqual(24);
		expect(d13! - d10!).toBeGreaterThanOrEqual(40);
		// The long empty stretches are collapsed and say how long they are.
		const axis = page.locator('.timeline .axis .break');
		await expect(axis.filter({ hasText: '7 years8 months' })).toHaveCount(1);
		expect(await labels(page)).toEqual(expect.arrayContaining(SUMMITS));

		const toScale = page.getByRole('button', { name: 'To scale' });
		await toScale.click();
		await expect(toScale).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/scale=proportional/);
		await expect(page.locator('.timeline .axis .break')).toHaveCount(0);
		const d12p = await centre(mark(page, 'arrival-khasan-2023'));
		const d13p = await centre(mark(page, 'summit-2023'));
		expect(Math.abs(d13p - d12p)).toBeLessThan(4);
		// The choice survives a reload, from the address.
		await page.reload();
		await expect(page.getByRole('button', { name: 'To scale' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.getByRole('button', { name: 'To scale' }).click();
		await expect(page).not.toHaveURL(/scale=/);
		await expect(page.locator('.timeline .axis .break')).toHaveCount(3);
	});

	test('hovering the 2019 summit shows its whole tooltip inside the viewport', async ({ page }) => {
		await page.goto(STORY);
		await mark(page, 'summit-2019').locator('path').hover();
		const tip = page.getByRole('tooltip');
		await expect(tip).toContainText('First Putin–Kim summit, Vladivostok');
		const box = (await tip.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(1280);
		expect(box.y + box.height).toBeLessThanOrEqual(800);
	});

	test('the tooltip stays while the pointer goes from a mark to its label, and leaves with it', async ({
		page
	}) => {
		await page.goto(STORY);
		const summit = mark(page, 'summit-2019');
		await summit.locator('path').hover();
		const tip = page.getByRole('tooltip');
		await expect(tip).toContainText('First Putin–Kim summit, Vladivostok');
		await summit.locator('text').hover();
		await expect(tip).toContainText('First Putin–Kim summit, Vladivostok');
		await page.mouse.move(2, 790);
		await expect(tip).toHaveCount(0);
	});

	test('a cluster lists its events and zooms to them', async ({ page }) => {
		await page.goto(STORY);
		await page.getByRole('button', { name: '2023: list its 10 events' }).click();
		const dialog = page.getByRole('dialog', { name: '2023: 10 events' });
		await expect(dialog.getByRole('listitem')).toHaveCount(10);
		await expect(dialog).toContainText('Putin and Kim meet at Vostochny');
		await page.keyboard.press('Enter'); // "Zoom to these" has the focus
		await expect(page).toHaveURL(/from=2023-09-\d\d&to=2023-09-\d\d/);
		await expect(dialog).toHaveCount(0);
	});

	test('a window zoomed across a break pans and zooms with the keyboard and buttons', async ({
		page
	}) => {
		await page.goto(STORY);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=/);
		await page.getByRole('button', { name: 'All', exact: true }).click();
		await expect(page).not.toHaveURL(/from=/);
		// Home / End walk the events across the breaks.
		await mark(page, 'summit-2011').focus();
		await page.keyboard.press('End');
		await expect(mark(page, 'return-2023')).toBeFocused();
	});
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		for (const story of [STORY, '/us-soviet-summits/', '/pacific-tour/']) {
			test(`${story}: the labels before JavaScript are the labels after it`, async ({
				page,
				browser
			}) => {
				const context = await browser.newContext({ javaScriptEnabled: false, viewport });
				const before = await context.newPage();
				await before.goto(story);
				const prerendered = await labels(before);
				const prerenderedMarks = await markup(before);
				await context.close();
				await page.goto(story);
				// Hydrated (the prerendered layouts are gone) and measured (the one layout for the
				// measured width is drawn, in the frame after hydration, before it is painted).
				await expect(page.locator('.timeline .layout')).toHaveCount(0);
				await expect(page.locator('.timeline .detail .mark').first()).toBeVisible();
				expect((await labels(page)).sort()).toEqual(prerendered.sort());
				expect(prerendered.length).toBeGreaterThanOrEqual(3);
				// Not only the labels: every mark, part and attribute, in the same order.
				expect(await markup(page)).toEqual(prerenderedMarks);
			});
		}

		test('no mark, span bar or precision box crosses label text', async ({ page }) => {
			await page.goto(STORY);
			const boxes = await page.locator('.timeline .detail .mark').evaluateAll((marks) =>
				marks.map((m) => ({
					id: m.getAttribute('data-id'),
					text: m.querySelector('text')?.getBBox() ?? null,
					parts: [...m.querySelectorAll('path, rect.bar')].map((p) => {
						const r = p.getBoundingClientRect();
						return { x: r.x, y: r.y, width: r.width, height: r.height };
					}),
					origin: (() => {
						const r = m.closest('svg')!.getBoundingClientRect();
						return { x: r.x, y: r.y };
					})()
				}))
			);
			for (const a of boxes) {
				if (!a.text) continue;
				const t = {
					x: a.text.x + a.origin.x,
					y: a.text.y + a.origin.y + 2,
					width: a.text.width,
					height: a.text.height - 4
				};
				for (const b of boxes) {
					if (b.id === a.id) continue;
					for (const p of b.parts) {
						const meets =
							p.x < t.x + t.width &&
							t.x < p.x + p.width &&
							p.y < t.y + t.height &&
							t.y < p.y + p.height;
						expect(meets, `${b.id} crosses the label of ${a.id}`).toBe(false);
					}
				}
			}
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the three summits are named in full in the default view', async ({ page }) => {
		await page.goto(STORY);
		expect(await labels(page)).toEqual(expect.arrayContaining(SUMMITS));
	});
});
