/**
 * How the timeline and map benchmarks time an input, on the page's side.
 *
 * Frame time: the main thread's work for one input, without the wait for vsync. It is the
 * input's task with its microtasks (d3-zoom, Svelte's updates, Leaflet), measured to a message
 * posted from it, plus the next frame's rendering, from requestAnimationFrame to a message
 * posted from there (which runs after paint).
 */
import type { Page } from 'playwright';

/**
 * Page-side source: sets `window.__frames` (`[kind, ms]` pairs) and `window.__frame(kind)`,
 * which an input's listener calls to time that input. A string, not a function: tsx would wrap
 * named functions in a helper the page lacks.
 */
export const FRAME_PROBE = `
	window.__frames = [];
	const after = (fn) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = fn;
		channel.port2.postMessage(0);
	};
	window.__frame = (kind) => {
		const t0 = performance.now();
		after(() => {
			const js = performance.now() - t0;
			requestAnimationFrame(() => {
				const r0 = performance.now();
				after(() => window.__frames.push([kind, js + performance.now() - r0]));
			});
		});
	};
`;

/** The frames timed so far: `[kind, ms]` pairs. */
export function framesOf(page: Page): Promise<[string, number][]> {
	return page.evaluate(() => (window as never as { __frames: [string, number][] }).__frames);
}

/** Waits for the page's next frame and the task after it: the last input is handled. */
export function nextFrame(page: Page): Promise<unknown> {
	return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
