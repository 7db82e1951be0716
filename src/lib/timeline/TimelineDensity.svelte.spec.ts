import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import TimelineDensity from './TimelineDensity.svelte';

/** 480 events over 480 px: 20 bands of 24 px. Returns the spans (px) each listing was asked for. */
function renderDensity(): [number, number][] {
	const listed: [number, number][] = [];
	render(TimelineDensity, {
		counts: new Uint32Array(160).fill(3),
		width: 480,
		height: 60,
		label: '480 events in view, drawn as their density.',
		onband: (x0: number, x1: number) => listed.push([x0, x1])
	});
	return listed;
}

describe('TimelineDensity', () => {
	it('steps through its bands by keyboard and lists the one chosen', async () => {
		const listed = renderDensity();
		await userEvent.tab();
		// 20 bands of 24 px; focus starts on the middle one (the 11th).
		await expect.element(page.getByText('Band 11 of 20')).toBeInTheDocument();
		await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
		await expect.element(page.getByText('Band 13 of 20')).toBeInTheDocument();
		await userEvent.keyboard('{Home}{Enter}{End}{Enter}{ArrowRight}{Enter}');
		// Each band whole: what a click at its centre would list.
		const band = (i: number): [number, number] => [i * 24, (i + 1) * 24];
		expect(listed).toEqual([band(12), band(0), band(19), band(19)]);
	});

	it('lists the band under the pointer on a click, without a keyboard band', async () => {
		const listed = renderDensity();
		await page.getByRole('button').click({ position: { x: 100, y: 30 } });
		expect(listed).toEqual([[88, 112]]);
		expect(document.querySelector('[aria-live]')!.textContent).toBe('');
	});
});
