/**
 * `npm run import -- <file> --slug <slug> [--title … --publisher … --published YYYY-MM-DD
 * --zone … --out <folder> --force]`: a TimelineJS JSON file, a TimelineJS Google-Sheets
 * template exported as CSV, or a plain CSV (date, title, summary, place, lat, lon, category,
 * source_url) → stories/<slug>.json and sources/<slug>.txt in <folder> (data/ by default), checked
 * by the rules of `npm run check:data`. See src/lib/import/story.ts for provenance.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, validateStory } from '../src/lib/data/validate.ts';
import { rowsFromCsv } from '../src/lib/import/csv.ts';
import { buildStory, type ImportRow } from '../src/lib/import/story.ts';
import { rowsFromTimelineJs } from '../src/lib/import/timelinejs.ts';

function fail(message: string): never {
	console.error(`import: ${message}`);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		slug: { type: 'string' },
		title: { type: 'string' },
		publisher: { type: 'string' },
		published: { type: 'string' },
		zone: { type: 'string' },
		out: { type: 'string' },
		force: { type: 'boolean', default: false }
	}
});
const [file] = positionals;
if (!file) fail('name the file: npm run import -- timeline.json --slug my-story');
if (!existsSync(file)) fail(`no such file: ${file}`);
if (!values.slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug))
	fail('give a slug of lowercase words joined by hyphens: --slug my-story');
const published = values.published ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) fail('--published is a date written YYYY-MM-DD');

const text = readFileSync(file, 'utf8');
let rows: ImportRow[];
let format: string;
let title = values.title;
let dek: string | undefined;
if (/\.json$/i.test(file) || text.trimStart().startsWith('{')) {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		fail(`${file} is not valid JSON: ${(error as Error).message}`);
	}
	try {
		const parsed = rowsFromTimelineJs(data);
		[rows, format, dek] = [parsed.rows, 'TimelineJS JSON', parsed.dek];
		title ??= parsed.title;
	} catch (error) {
		fail(`${file}: ${(error as Error).message}`);
	}
} else {
	({ rows, format } = rowsFromCsv(text));
}

const { story, source, skipped } = buildStory(rows, {
	slug: values.slug,
	title,
	dek,
	published,
	publisher: values.publisher,
	format,
	timeZone: values.zone
});
for (const s of skipped) console.warn(`skipped ${s}`);

const root = resolve(values.out ?? 'data');
const storyPath = join(root, 'stories', `${values.slug}.json`);
const sourcePath = join(root, 'sources', `${values.slug}.txt`);
if (!values.force && (existsSync(storyPath) || existsSync(sourcePath)))
	fail(`${storyPath} or its source exists already; pass --force to replace them`);
// The editor's schema hint, relative to where the file lands.
story.$schema = relative(join(root, 'stories'), resolve('static/schema/story.schema.json'));
const json = JSON.stringify(story, null, '\t') + '\n';
const result = validateStory({
	file: storyPath,
	text: json,
	sources: { [`${values.slug}.txt`]: source }
});
mkdirSync(join(root, 'stories'), { recursive: true });
mkdirSync(join(root, 'sources'), { recursive: true });
writeFileSync(storyPath, json);
writeFileSync(sourcePath, source);
console.log(
	`${story.events.length} events from ${format}\nwrote ${storyPath}\n      ${sourcePath}`
);
if (result.errors.length) {
	console.error(result.errors.map(formatError).join('\n'));
	fail(`${result.errors.length} problem(s): fix them before publishing`);
}
console.log('✓ passes the checks of npm run check:data');
