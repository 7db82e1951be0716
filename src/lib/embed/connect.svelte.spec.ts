import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { ExplorerState } from '$lib/state/explorer.svelte';
import { summitStory } from '$test/story';
import { connectToHost, WINDOW_DEBOUNCE_MS } from './connect.svelte';
import type { EmbedMessage } from './protocol';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A same-origin iframe stands in for the host page: what the embed posts arrives at its
 * window, and what the "host" says is dispatched here with that window as the source.
 */
function setup(options: { selected?: string } = {}) {
	const frame = document.createElement('iframe');
	document.body.append(frame);
	const host = frame.contentWindow!;
	const received: EmbedMessage[] = [];
	host.addEventListener('message', (event) => received.push(event.data));
	const explorer = new ExplorerState(summitStory());
	if (options.selected) explorer.select(options.selected);
	const disconnect = connectToHost(explorer, { slug: 'kim-putin-summits', parent: host });
	const say = (data: unknown, source: MessageEventSource | null = host) =>
		window.dispatchEvent(new MessageEvent('message', { data, source }));
	const of = (type: EmbedMessage['type']) => received.filter((m) => m.type === type);
	cleanups.push(() => {
		disconnect();
		frame.remove();
	});
	return { explorer, received, say, of, disconnect };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups.splice(0)) cleanup();
	vi.restoreAllMocks();
});

describe('connectToHost', () => {
	it('announces itself and its height', async () => {
		const { received } = setup();
		await expect
			.poll(() => received[0])
			.toEqual({
				type: 'event-atlas:ready',
				story: 'kim-putin-summits'
			});
		await expect
			.poll(() => received.find((m) => m.type === 'event-atlas:height'))
			.toMatchObject({ height: expect.any(Number) });
	});

	it('applies the host’s select without echoing it, and reports the reader’s', async () => {
		const { explorer, say, of } = setup();
		say({ type: 'event-atlas:select', id: 'summit-2019' });
		expect(explorer.selectedId).toBe('summit-2019');
		flushSync();

		explorer.select('summit-2023');
		flushSync();
		await expect
			.poll(() => of('event-atlas:select'))
			.toEqual([{ type: 'event-atlas:select', id: 'summit-2023' }]);

		explorer.select(null);
		flushSync();
		await expect.poll(() => of('event-atlas:select')).toHaveLength(2);
		expect(of('event-atlas:select')[1]).toEqual({ type: 'event-atlas:select', id: null });
	});

	it('does not report the embed’s opening event as the reader’s choice', async () => {
		const { explorer, received, of } = setup({ selected: 'summit-2019' });
		flushSync();
		await expect.poll(() => received.some((m) => m.type === 'event-atlas:height')).toBe(true);
		await sleep(50);
		expect(of('event-atlas:select')).toEqual([]);
		explorer.select('summit-2023');
		flushSync();
		await expect
			.poll(() => of('event-atlas:select'))
			.toEqual([{ type: 'event-atlas:select', id: 'summit-2023' }]);
	});

	it('follows the host’s theme toggle', () => {
		const { say } = setup();
		say({ type: 'event-atlas:theme', theme: 'dark' });
		expect(document.documentElement.dataset.theme).toBe('dark');
		say({ type: 'event-atlas:theme', theme: 'light' });
		expect(document.documentElement.dataset.theme).toBe('light');
		say({ type: 'event-atlas:theme', theme: 'neon' });
		expect(document.documentElement.dataset.theme).toBe('light');
	});

	it.each([
		{ name: 'an unknown id', data: { type: 'event-atlas:select', id: 'no-such-id' } },
		{ name: 'a number id', data: { type: 'event-atlas:select', id: 42 } },
		{
			name: 'a reversed window',
			data: { type: 'event-atlas:window', from: '2020-01-01', to: '2019-01-01' }
		},
		{
			name: 'an impossible date',
			data: { type: 'event-atlas:window', from: '2019-02-30', to: '2019-03-01' }
		},
		{ name: 'an unknown type', data: { type: 'event-atlas:explode' } },
		{ name: 'a string', data: 'event-atlas:reset' },
		{ name: 'a foreign message', data: { type: 'webpackOk' } }
	])('changes nothing for $name', async ({ data }) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { explorer, say, of } = setup();
		explorer.select('summit-2011');
		explorer.window = [d('2011-01-01'), d('2012-01-01')];
		flushSync();
		await sleep(WINDOW_DEBOUNCE_MS + 50);
		const before = of('event-atlas:select').length + of('event-atlas:window').length;

		say(data);
		say(data);
		flushSync();
		expect(explorer.selectedId).toBe('summit-2011');
		expect(explorer.window).toEqual([d('2011-01-01'), d('2012-01-01')]);
		await sleep(WINDOW_DEBOUNCE_MS + 50);
		expect(of('event-atlas:select').length + of('event-atlas:window').length).toBe(before);
		expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
	});

	it('warns a handful of times at most, however many bad ids a host sends', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { explorer, say } = setup();
		for (let i = 0; i < 10_000; i++) say({ type: 'event-atlas:select', id: `no-such-id-${i}` });
		flushSync();
		expect(explorer.selectedId).toBeNull();
		expect(warn.mock.calls.length).toBeLessThanOrEqual(3);
		warn.mockRestore();
	});

	it('listens only to its parent', () => {
		const { explorer, say } = setup();
		say({ type: 'event-atlas:select', id: 'summit-2019' }, window);
		say({ type: 'event-atlas:select', id: 'summit-2019' }, null);
		expect(explorer.selectedId).toBeNull();
	});

	it('applies the host’s window without echoing it; reports the reader’s once it settles', async () => {
		const { explorer, say, of } = setup();
		say({ type: 'event-atlas:window', from: '2019-01-01', to: '2019-12-31' });
		expect(explorer.window).toEqual([d('2019-01-01'), d('2019-12-31')]);
		flushSync();
		await sleep(WINDOW_DEBOUNCE_MS + 50);
		expect(of('event-atlas:window')).toEqual([]);

		// A zoom: many windows in quick succession, one message.
		for (let day = 1; day <= 5; day++) {
			explorer.window = [d('2023-09-01'), d(`2023-09-1${day}`)];
			flushSync();
			await sleep(20);
		}
		await expect
			.poll(() => of('event-atlas:window'))
			.toEqual([{ type: 'event-atlas:window', from: '2023-09-01', to: '2023-09-15' }]);

		explorer.window = null;
		flushSync();
		await expect.poll(() => of('event-atlas:window')).toHaveLength(2);
		expect(of('event-atlas:window')[1]).toEqual({
			type: 'event-atlas:window',
			from: null,
			to: null
		});
	});

	it('resets selection and window without echoing', async () => {
		const { explorer, say, of } = setup();
		explorer.select('summit-2011');
		explorer.window = [d('2011-01-01'), d('2012-01-01')];
		flushSync();
		await sleep(WINDOW_DEBOUNCE_MS + 50);
		expect(of('event-atlas:select')).toHaveLength(1);
		expect(of('event-atlas:window')).toHaveLength(1);

		say({ type: 'event-atlas:reset' });
		flushSync();
		expect(explorer.selectedId).toBeNull();
		expect(explorer.window).toBeNull();
		await sleep(WINDOW_DEBOUNCE_MS + 50);
		expect(of('event-atlas:select')).toHaveLength(1);
		expect(of('event-atlas:window')).toHaveLength(1);
	});

	it('reports a new height when the content grows', async () => {
		const { of } = setup();
		await expect.poll(() => of('event-atlas:height')).toHaveLength(1);
		const first = (of('event-atlas:height')[0] as { height: number }).height;
		const tall = document.createElement('div');
		tall.style.height = '1000px';
		document.body.append(tall);
		cleanups.push(() => tall.remove());
		await expect.poll(() => of('event-atlas:height')).toHaveLength(2);
		// The body may have a minimum height here (the test page's own styles); the content
		// now ends at least 1000 px lower than the tall div's top.
		const second = (of('event-atlas:height')[1] as { height: number }).height;
		expect(second).toBeGreaterThan(first);
		expect(second).toBeGreaterThanOrEqual(tall.getBoundingClientRect().top + scrollY + 1000);
	});

	it('stops listening and reporting when disconnected', async () => {
		const { explorer, say, of, disconnect } = setup();
		disconnect();
		say({ type: 'event-atlas:select', id: 'summit-2019' });
		expect(explorer.selectedId).toBeNull();
		explorer.select('summit-2023');
		flushSync();
		await sleep(50);
		expect(of('event-atlas:select')).toEqual([]);
	});

	it('does nothing outside an iframe', () => {
		const explorer = new ExplorerState(summitStory());
		const post = vi.spyOn(window, 'postMessage');
		connectToHost(explorer, { slug: 'kim-putin-summits', parent: window })();
		expect(post).not.toHaveBeenCalled();
	});
});
