import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { flushSync } from 'svelte';
import { ExplorerState, explorerContext } from '$lib/state/explorer.svelte';
import { summitStory, summitStoryWith } from '$test/story';
import EventList from './EventList.svelte';

describe('EventList', () => {
	it('selects an event on click and follows selections made elsewhere', async () => {
		const state = new ExplorerState(summitStory());
		render(EventList, { context: explorerContext(state) });

		const summit2019 = page.getByRole('button', { name: /First Putin–Kim summit/ });
		await summit2019.click();
		expect(state.selectedId).toBe('summit-2019');
		await expect.element(summit2019).toHaveAttribute('aria-current', 'true');

		state.select('summit-2023');
		flushSync();
		await expect.element(summit2019).not.toHaveAttribute('aria-current');
		await expect
			.element(page.getByRole('button', { name: /Putin and Kim meet at Vostochny/ }))
			.toHaveAttribute('aria-current', 'true');

		await page.getByRole('button', { name: /Putin and Kim meet at Vostochny/ }).click();
		expect(state.selectedId).toBeNull();
	});

	it('shows dates at the precision of the source', async () => {
		// The summit story dates every event to the day; an uncertain date is made for the test.
		const state = new ExplorerState(
			summitStoryWith((raw) => {
				raw.events.find((e) => e.id === 'peskov-warnings-2023')!.date = '2023-09-13?';
			})
		);
		render(EventList, { context: explorerContext(state) });
		await expect
			.element(page.getByRole('button', { name: /24 Aug 2011 Kim Jong-il meets Medvedev/ }))
			.toBeVisible();
		await expect
			.element(page.getByRole('button', { name: /13 Sep 2023\? Kremlin dismisses/ }))
			.toBeVisible();
		await expect
			.element(page.getByRole('button', { name: /10–19 Sep 2023 Kim Jong-un's train journey/ }))
			.toBeVisible();
	});
});
