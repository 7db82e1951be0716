/**
 * Run work when the browser is idle (requestIdleCallback), with a deadline so it runs even on
 * a page that never idles, and a timer where the browser lacks it (Safari before 18).
 */
export function whenIdle(work: (deadline?: IdleDeadline) => void, timeout = 2000): number {
	if (typeof requestIdleCallback === 'function') return requestIdleCallback(work, { timeout });
	return window.setTimeout(work, 1);
}

export function cancelIdle(handle: number): void {
	if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
	else clearTimeout(handle);
}

/** Let the browser handle input and paint before going on: the rest runs in a new task. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * In the browser: resolves once it has painted the next frame and then has a moment to spare
 * (at most half a second later): for parts not on the first screen's critical path, which a
 * placeholder of their size stands in for, so the first frame is drawn, and input handled,
 * before them.
 */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => whenIdle(() => resolve(), 500)));
}

/**
 * A lazy chunk asked for in the next task. Asking starts the fetch of the chunk and its
 * dependencies (Vite adds a preload link for each), which a component asking while it
 * hydrates would add to hydration's task.
 */
export function later<T>(load: () => Promise<T>): Promise<T> {
	return nextTask().then(load);
}
