/**
 * `npm run bench:pages`: Lighthouse 12 (mobile defaults: simulated slow 4G and a 4x slower
 * CPU) on the built story page, embed, index and studio, served from `build/` as a real host
 * serves it (precompressed brotli/gzip, long caching for hashed assets). Three runs per page;
 * prints the medians of the performance score, FCP, LCP, TBT and CLS as a markdown table.
 *
 * Figures, not assertions. Lighthouse scores fall when other work shares the CPU: run it on a
 * quiet machine (the load average is printed with the table).
 *
 * BENCH_RUNS (default 3), BENCH_STORY (default kim-putin-summits), BENCH_PAGES (comma list of
 * paths) change what is measured; CHROME_PATH (default /usr/bin/chromium) the browser.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STORY = process.env.BENCH_STORY ?? 'kim-putin-summits';
const PAGES: [string, string][] = process.env.BENCH_PAGES
	? process.env.BENCH_PAGES.split(',').map((p) => [p, p])
	: [
			['Story page', `/${STORY}/`],
			['Embed', `/embed/${STORY}/`],
			['Index', '/'],
			['Studio', '/studio/']
		];

const site = await serveStatic(join(process.cwd(), 'build'), { precompressed: true });
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
});

const load = loadavg()
	.map((l) => l.toFixed(2))
	.join(', ');
const rows: string[] = [];
try {
	for (const [name, path] of PAGES) {
		const runs: { score: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(`${site.origin}${path}`, {
				port: chrome.port,
				onlyCategories: ['performance'],
				output: 'json',
				logLevel: 'error'
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			runs.push({
				score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
				fcp: audit('first-contentful-paint'),
				lcp: audit('largest-contentful-paint'),
				tbt: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift')
			});
			process.stderr.write(
				`${name} run ${i + 1}: ${runs.at(-1)!.score} (TBT ${Math.round(runs.at(-1)!.tbt)} ms)\n`
			);
		}
		const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
		const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		rows.push(
			`| ${name} (\`${path}\`) | ${m('score')} | ${s(m('fcp'))} | ${s(m('lcp'))} | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} |`
		);
	}
} finally {
	await chrome.kill();
	await site.close();
}

console.log(
	`\nLighthouse 12 mobile, median of ${RUNS} runs, served precompressed (load average before: ${load})\n`
);
console.log('| Page | Performance | FCP | LCP | TBT | CLS |');
console.log('| --- | --: | --: | --: | --: | --: |');
for (const row of rows) console.log(row);
