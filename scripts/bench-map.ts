/**
 * `npm run bench` (map part): the story map on 1,000 and 10,000 synthetic places in headless
 * Chromium, through the bench page (src/routes/bench/map). Prints, per N: time to the first
 * drawn view (markers and labels), the markers drawn, and the median and p95 frame time (the
 * main thread's work for one input and the frame after it, without the wait for vsync, as the
 * timeline bench measures it), one per input that pans or zooms: the moves of a drag, its
 * end, each zoom-button click; and the p95 apart for the moves of a drag (Leaflet moves the
 * pane) and for a new view (the end of a drag, a zoom: the markers are grouped, laid out and
 * drawn again).
 *
 * Zooming runs with reduced motion, so Leaflet zooms in the click's task and the markers'
 * regrouping (which follows every zoom) is inside the measured frame, not in a later
 * transitionend. Figures, not assertions. BENCH_PLACES (comma list) and BENCH_RUNS change it.
 */
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { startPreview } from './preview-server.ts';
import { quantile } from './stats.ts';
import { FRAME_PROBE, framesOf, nextFrame } from './frame-probe.ts';

const SIZES = (process.env.BENCH_PLACES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function measure(page: Page, url: string, n: number) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${url}/bench/map/?n=${n}`);
	await page.waitForFunction(() => (window as never as { __bench?: unknown }).__bench, null, {
		timeout: 120_000
	});
	const { firstRender, markers } = await page.evaluate(
		() => (window as never as { __bench: { firstRender: number; markers: number } }).__bench
	);
	// Timed as in the timeline bench (frame-probe.ts).
	await page.evaluate(`(() => {
		${FRAME_PROBE}
		// One frame per input that pans or zooms: each move of a drag, the drag's end, each
		// zoom-button click. A pointer moving onto a button, and the button's mouseup, are not
		// frames of their own (they would count a zoom's frame three times).
		let dragging = false;
		const record = (event) => {
			if (event.type === 'mousedown') {
				dragging = !event.target.closest('.leaflet-control');
				return;
			}
			if (event.type === 'mousemove' && !(dragging && event.buttons & 1)) return;
			if (event.type === 'mouseup') {
				if (!dragging) return;
				dragging = false;
			}
			if (event.type === 'click' && !event.target.closest('.leaflet-control-zoom')) return;
			window.__frame(event.type === 'mousemove' ? 'move' : 'view');
		};
		const host = document.querySelector('.leaflet-host');
		for (const type of ['mousedown', 'mousemove', 'mouseup', 'click'])
			host.addEventListener(type, record, { capture: true, passive: true });
	})()`);
	const settle = () => nextFrame(page);
	const box = (await page.locator('.leaflet-host').boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	// The zoom buttons are clicked where they are, as a reader's pointer would: a locator's
	// click would add Playwright's own checks (listeners in the page) to the timed frame.
	const centre = async (name: string) => {
		const b = (await page.getByRole('button', { name }).boundingBox())!;
		return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
	};
	const zoomIn = await centre('Zoom in on the map');
	const zoomOut = await centre('Zoom out on the map');
	for (let round = 0; round < 4; round++) {
		// A drag of 10 moves (Leaflet moves the pane), then the markers in the new view.
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) {
			await page.mouse.move(cx + (round % 2 ? -1 : 1) * i * 15, cy + i * 5);
			await settle();
		}
		await page.mouse.up();
		await settle();
		// Zoom in twice and out twice: the markers regroup at every step.
		for (const button of [zoomIn, zoomIn, zoomOut, zoomOut]) {
			await page.mouse.click(button.x, button.y);
			await settle();
		}
	}
	// The last input's frame is recorded a frame after it is drawn.
	await settle();
	await settle();
	const frames = await framesOf(page);
	return {
		firstRender,
		markers,
		frames: frames.map(([, ms]) => ms),
		moves: frames.filter(([kind]) => kind === 'move').map(([, ms]) => ms),
		views: frames.filter(([kind]) => kind === 'view').map(([, ms]) => ms)
	};
}

const server = await startPreview(process.env.PORT ? Number(process.env.PORT) : undefined);
try {
	const browser = await chromium.launch(chromiumLaunchOptions);
	const rows = [];
	for (const n of SIZES) {
		const results = [];
		for (let run = 0; run < RUNS; run++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			results.push(await measure(page, server.url, n));
			await page.close();
		}
		const frames = results.flatMap((r) => r.frames);
		const moves = results.flatMap((r) => r.moves);
		const views = results.flatMap((r) => r.views);
		rows.push({
			places: n,
			'first render ms': quantile(
				results.map((r) => r.firstRender),
				0.5
			).toFixed(0),
			'markers drawn': quantile(
				results.map((r) => r.markers),
				0.5
			),
			'frame median ms': quantile(frames, 0.5).toFixed(1),
			'frame p95 ms': quantile(frames, 0.95).toFixed(1),
			'p95 drag move ms': quantile(moves, 0.95).toFixed(1),
			'p95 new view ms': quantile(views, 0.95).toFixed(1),
			'frames > 50 ms': frames.filter((f) => f > 50).length,
			frames: frames.length
		});
	}
	await browser.close();
	console.log(
		`\nMap benchmark, headless Chromium, 1280×800, median of ${RUNS} runs (frames pooled):`
	);
	console.table(rows);
	console.log('Target: 10 000 places with a p95 frame under 20 ms.');
} finally {
	server.stop();
}
