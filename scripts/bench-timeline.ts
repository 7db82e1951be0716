/**
 * `npm run bench`: the timeline on 100 to 100 000 synthetic events in headless Chromium,
 * through the bench page's window.__bench (see src/routes/bench/timeline). Prints, per N:
 * time to first render, median and p95 frame time (main-thread work per input, without the
 * wait for vsync) over 40 wheel-zoom and 40
 * drag-pan steps, frames over 50 ms, and JS heap growth after the sequence (after GC).
 * Figures, not assertions: compare them with the targets in the README.
 */
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { startPreview } from './preview-server.ts';
import { syntheticEvents } from '../src/lib/timeline/synthetic.ts';
import { median, quantile } from './stats.ts';
import { FRAME_PROBE, framesOf, nextFrame } from './frame-probe.ts';

const SIZES = (process.env.BENCH_N ?? '100,1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 500;

async function heap(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize;
}

async function measure(page: Page, n: number) {
	await page.goto(`${server.url}/bench/timeline/`);
	await page.waitForFunction(
		() => 'window' in globalThis && (window as never as { __bench?: unknown }).__bench
	);
	await page.evaluate(
		(events) =>
			(window as never as { __bench: { prepare: (e: unknown) => Promise<void> } }).__bench.prepare(
				events
			),
		syntheticEvents(n)
	);
	const before = await heap(page);
	// That forced collection goes on sweeping on other threads. On a two-core machine it took the
	// CPU from a render timed at once (4-22 ms slower in runs here). A reader's page has neither
	// the forced collection nor this pause: the render is timed once the harness's GC is done.
	await page.waitForTimeout(SETTLE_MS);
	const renderMs = await page.evaluate(async (count) => {
		const bench = (window as never as { __bench: { render: (n: number) => Promise<void> } })
			.__bench;
		const t0 = performance.now();
		await bench.render(count);
		return performance.now() - t0;
	}, n);
	const target = await page.evaluate(
		() => (window as never as { __bench: { target: string } }).__bench.target
	);
	const box = (await page.locator(target).boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	// As on a story page, the gestures (d3-zoom) load when the pointer first comes over the
	// timeline, not in its first render: wait until they hold the zoom state (d3's __zoom).
	await page.mouse.move(cx, cy);
	await page.waitForFunction(
		(selector) => '__zoom' in (document.querySelector(selector) ?? {}),
		target
	);
	// Every wheel step and drag move is timed (see frame-probe.ts).
	await page.evaluate(`(() => {
		${FRAME_PROBE}
		const record = () => window.__frame('input');
		const node = document.querySelector(${JSON.stringify(target)});
		node.addEventListener('wheel', record, { capture: true, passive: true });
		node.addEventListener('mousemove', record, { capture: true, passive: true });
	})()`);
	await page.mouse.move(cx, cy);
	for (let i = 0; i < 40; i++) {
		await page.mouse.wheel(0, i < 20 ? -120 : 120);
		await nextFrame(page);
	}
	await page.mouse.wheel(0, -600);
	await nextFrame(page);
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	for (let i = 0; i < 40; i++) {
		await page.mouse.move(cx + (i < 20 ? -i : i - 40) * 12, cy);
		await nextFrame(page);
	}
	await page.mouse.up();
	await nextFrame(page);
	const frames = (await framesOf(page)).map(([, ms]) => ms);
	const after = await heap(page);
	return { renderMs, frames, heapMb: (after - before) / 1024 / 1024 };
}

const server = await startPreview(process.env.PORT ? Number(process.env.PORT) : undefined);
try {
	const browser = await chromium.launch(chromiumLaunchOptions);
	const rows = [];
	for (const n of SIZES) {
		const results = [];
		for (let run = 0; run < RUNS; run++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			results.push(await measure(page, n));
			await page.close();
		}
		const frames = results.flatMap((r) => r.frames);
		rows.push({
			events: n,
			'first render ms': median(results.map((r) => r.renderMs)).toFixed(1),
			'frame median ms': median(frames).toFixed(1),
			'frame p95 ms': quantile(frames, 0.95).toFixed(1),
			'frames > 50 ms': frames.filter((f) => f > 50).length,
			frames: frames.length,
			'heap growth MB': median(results.map((r) => r.heapMb)).toFixed(2)
		});
	}
	await browser.close();
	console.log(
		`\nTimeline benchmark, headless Chromium, 1280×800, median of ${RUNS} runs (frames pooled):`
	);
	console.table(rows);
	console.log(
		'Targets: 1 000 events in 30 ms, 10 000 in 70 ms, 100 000 under 1 s; p95 frame under 20 ms; heap growth under 10 MB at 10 000.'
	);
} finally {
	server.stop();
}
