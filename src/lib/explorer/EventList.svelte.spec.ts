import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
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

	describe('a story of 120 events', () => {
		const many = () => {
			const story = summitStory();
			const events = Array.from({ length: 120 }, (_, i) => ({
				...story.events[i % story.events.length]!,
				id: `event-${i + 1}`,
				title: `Numbered event ${i + 1}.`
			}));
			return new ExplorerState({ ...story, events });
		};

		it('shows one page of 50 and turns pages by keyboard', async () => {
			const state = many();
			render(EventList, { context: explorerContext(state) });
			const items = page.getByRole('list').first().getByRole('listitem');
			await expect.element(items.nth(49)).toBeInTheDocument();
			expect(items.elements()).toHaveLength(50);
			await expect.element(page.getByText('Events 1–50 of 120').first()).toBeVisible();

			const next = page.getByRole('navigation', { name: 'Pages of events', exact: true });
			await next.getByRole('button', { name: 'Next page of events' }).element().focus();
			await userEvent.keyboard('{Enter}');
			await expect.element(page.getByText('Events 51–100 of 120').first()).toBeVisible();
			await expect.element(page.getByRole('button', { name: /Numbered event 51\./ })).toBeVisible();
			expect(page.getByRole('button', { name: /Numbered event 1\./ }).elements()).toHaveLength(0);

			await userEvent.keyboard('{Enter}');
			await expect.element(page.getByText('Events 101–120 of 120').first()).toBeVisible();
			await expect
				.element(next.getByRole('button', { name: 'Next page of events' }))
				.toBeDisabled();
			await next.getByRole('combobox', { name: 'Page of events' }).selectOptions('Page 1 of 3');
			await expect.element(page.getByRole('button', { name: /Numbered event 1\./ })).toBeVisible();
		});

		it('turns to the page of an event selected elsewhere', async () => {
			const state = many();
			render(EventList, { context: explorerContext(state) });
			state.select('event-77');
			flushSync();
			const selected = page.getByRole('button', { name: /Numbered event 77\./ });
			await expect.element(selected).toHaveAttribute('aria-current', 'true');
			await expect.element(page.getByText('Events 51–100 of 120').first()).toBeVisible();
		});
	});
});
