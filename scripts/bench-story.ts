/**
 * `npm run bench` (story part): big stories in the built site, in headless Chromium on this
 * machine's CPU (BENCH_CPU=4 slows it as Lighthouse's mobile run does). Per story page: the longest main-thread task
 * while the page loads and hydrates (PerformanceObserver 'longtask', until the page says it is
 * hydrated and the deferred views have drawn), the page's DOM size, and the time from clicking
 * an event in the list (or the timeline) to the next frame with the selection drawn.
 *
 * Figures, not assertions. BENCH_STORIES (comma list of slugs) picks the stories; the default
 * is every story the build has that is big enough to matter. BENCH_CPU sets a CPU slowdown. BENCH_PROFILE=1 prints the functions that took the most time.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { median } from './stats.ts';

const CPU = Number(process.env.BENCH_CPU ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUILD = join(process.cwd(), 'build');
const DEFAULT = ['kim-putin-summits', 'large-story', 'bench-5000'];
const stories = (process.env.BENCH_STORIES?.split(',') ?? DEFAULT).filter((slug) =>
	existsSync(join(BUILD, slug, 'index.html'))
);
if (!stories.length) {
	console.log(
		`No story to measure in build/ (looked for ${DEFAULT.join(', ')}; found ${readdirSync(BUILD).join(', ')})`
	);
	process.exit(0);
}

async function slow(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
	return cdp;
}

async function hydration(page: Page, url: string) {
	await page.addInitScript(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__long.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	const cdp = await slow(page);
	if (process.env.BENCH_PROFILE) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated]');
	// The deferred parts (rest of the list, the map) run on idle: wait for them too.
	await page.waitForSelector('.event-map[data-ready="true"]', { timeout: 60_000 });
	await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
	await page.waitForTimeout(300);
	if (process.env.BENCH_PROFILE) {
		const { profile } = (await cdp.send('Profiler.stop')) as {
			profile: {
				nodes: {
					id: number;
					callFrame: { functionName: string; url: string; lineNumber: number };
				}[];
				samples: number[];
				timeDeltas: number[];
			};
		};
		const self = new Map<string, number>();
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		profile.samples.forEach((id, i) => {
			const f = byId.get(id)!.callFrame;
			const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
			self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
		});
		console.log(
			[...self]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 25)
				.map(([k, v]) => `  ${v.toFixed(1)} ms  ${k}`)
				.join('\n')
		);
	}
	const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
	const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
	return { longest: Math.max(0, ...long), total: long.reduce((a, b) => a + b, 0), nodes };
}

/** Click an event in the list; time to the end of the next frame after the click's task. */
async function select(page: Page, nth: number) {
	const button = page.locator('.list .select').nth(nth);
	await button.scrollIntoViewIfNeeded();
	return page.evaluate(
		(index) =>
			new Promise<number>((resolve) => {
				const target = document.querySelectorAll<HTMLButtonElement>('.list .select')[index]!;
				const t0 = performance.now();
				target.click();
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now() - t0);
					channel.port2.postMessage(0);
				});
			}),
		nth
	);
}

const site = await serveStatic(BUILD, { precompressed: true });
const browser = await chromium.launch(chromiumLaunchOptions);
console.log(
	`\nStory pages, ${CPU > 1 ? `CPU slowed ${CPU}x` : 'CPU as it is'}, median of ${RUNS} loads (longest task while hydrating; select = click in the list to next frame)\n`
);
console.log(
	'| Story | Events | HTML gzip | DOM nodes | Longest task | Long tasks total | Select |'
);
console.log('| --- | --: | --: | --: | --: | --: | --: |');
try {
	for (const slug of stories) {
		const runs = [];
		const selects: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			runs.push(await hydration(page, `${site.origin}/${slug}/`));
			const count = await page.locator('.list .select').count();
			for (const nth of [1, Math.floor(count / 2), count - 1])
				selects.push(await select(page, nth));
			await page.close();
		}
		const html = statSync(join(BUILD, slug, 'index.html.gz')).size;
		const events = await fetch(`${site.origin}/${slug}/events.json`)
			.then((r) => r.json())
			.then((d: { events?: unknown[] }) => d.events?.length ?? 0);
		console.log(
			`| ${slug} | ${events} | ${(html / 1024).toFixed(0)} KB | ${median(runs.map((r) => r.nodes))} | ${median(runs.map((r) => r.longest)).toFixed(0)} ms | ${median(runs.map((r) => r.total)).toFixed(0)} ms | ${median(selects).toFixed(0)} ms |`
		);
	}
} finally {
	await browser.close();
	await site.close();
}
