/**
 * Shared end-to-end helpers: every page is checked for requests to other hosts and for
 * console errors, since either would be a bug a reader could meet.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{
	foreignRequests: string[];
	consoleErrors: string[];
	cspViolations: string[];
}>({
	// goto and reload return once the app has hydrated, so that clicks reach live handlers.
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		const hydrated = () => page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		page.goto = async (...args) => {
			const response = await goto(...args);
			await hydrated();
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await hydrated();
			return response;
		};
		await use(page);
	},
	foreignRequests: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
				foreign.push(url);
		});
		await use(foreign);
	},
	// Every test, whether it asks or not: a page that breaks its own Content-Security-Policy
	// fails. A test that provokes violations on purpose empties the list when it has seen them.
	cspViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
			});
			await use(violations);
			expect(violations, 'CSP violations').toEqual([]);
		},
		{ auto: true }
	],
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await use(errors);
	}
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}
