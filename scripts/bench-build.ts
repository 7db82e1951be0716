/**
 * `npm run bench` (build part): how much a big story adds to the build. Writes the scale
 * fixture (2,000 events) and the bench story (5,000 events, 500 places), cuts their basemaps
 * (timed apart: cached between builds, as in any repeated build), then times `vite build` with the
 * fixtures, without and with the bench story. The second build stays in build/ for the
 * benchmarks that follow. Figures, not assertions; the load average is printed beside them.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { updateBasemaps } from './basemap/plugin.ts';

const run = (args: string[], env: Record<string, string> = {}) =>
	execFileSync(args[0]!, args.slice(1), {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env }
	});

run(['npx', 'tsx', 'tests/fixtures/generate-large.ts']);
run(['npx', 'tsx', 'tests/fixtures/generate-large.ts', '--bench']);
process.env.EVENT_ATLAS_FIXTURES = '1';
process.env.EVENT_ATLAS_BENCH = '1';
const cut0 = performance.now();
updateBasemaps(process.cwd(), true);
const cut = (performance.now() - cut0) / 1000;

function timed(env: Record<string, string>): number {
	const t0 = performance.now();
	run(['node_modules/.bin/vite', 'build'], env);
	return (performance.now() - t0) / 1000;
}

const load = () => loadavg()[0]!.toFixed(2);
const before = load();
const base = timed({ EVENT_ATLAS_FIXTURES: '1', EVENT_ATLAS_BENCH: '' });
// The build without the bench story removed its basemap (a story that is gone): cut it again
// here, as a repeated build of the same stories would find it cached.
updateBasemaps();
const withBench = timed({ EVENT_ATLAS_FIXTURES: '1', EVENT_ATLAS_BENCH: '1' });
console.log(
	`\nBuild time (vite build with the test fixtures; load average ${before} → ${load()}):`
);
console.table([
	{ build: 'fixtures (2,000-event story and the small ones)', seconds: base.toFixed(1) },
	{ build: '+ the 5,000-event, 500-place story', seconds: withBench.toFixed(1) },
	{ build: 'added by the 5,000-event story', seconds: (withBench - base).toFixed(1) },
	{ build: 'cutting every basemap (once per changed story, then cached)', seconds: cut.toFixed(1) }
]);
