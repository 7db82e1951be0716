/**
 * `npm run draft -- <article.txt> --published YYYY-MM-DD --slug <slug> [--title … --publisher …
 * --url … --zone … --out <folder> --force]`: drafts a story from an article's text and writes
 * stories/<slug>.json and sources/<slug>.txt in <folder> (data/ by default),
 * then checks them with the rules of `npm run check:data`. Places already confirmed in the
 * project's stories are used before the GeoNames table.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftStory } from '../src/lib/draft/draft.ts';
import { Gazetteer, type Place } from '../src/lib/draft/gazetteer.ts';
import { formatError, validateStory } from '../src/lib/data/validate.ts';
import { gazetteerEntries } from './draft/gazetteer.ts';

function fail(message: string): never {
	console.error(`draft: ${message}`);
	process.exit(1);
}

/** Places of the stories already in data/: an editor checked them. */
function confirmedPlaces(root: string): Place[] {
	const dir = join(root, 'data', 'stories');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.flatMap((n) => {
			try {
				return (
					(JSON.parse(readFileSync(join(dir, n), 'utf8')) as { places?: Place[] }).places ?? []
				);
			} catch {
				return [];
			}
		});
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		published: { type: 'string' },
		slug: { type: 'string' },
		title: { type: 'string' },
		publisher: { type: 'string' },
		url: { type: 'string' },
		zone: { type: 'string' },
		out: { type: 'string' },
		force: { type: 'boolean', default: false }
	}
});
const [file] = positionals;
if (!file)
	fail('name the article: npm run draft -- article.txt --published 2023-09-13 --slug my-story');
if (!values.published || !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
	fail('give the publication date: --published YYYY-MM-DD');
if (!values.slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug))
	fail('give a slug of lowercase words joined by hyphens: --slug my-story');
if (!existsSync(file)) fail(`no such file: ${file}`);

const root = resolve(values.out ?? 'data');
const article = readFileSync(file, 'utf8');
const draft = draftStory(
	article,
	{
		slug: values.slug,
		title: values.title ?? '',
		publisher: values.publisher ?? 'Unknown publisher',
		published: values.published,
		url: values.url,
		timeZone: values.zone
	},
	{ gazetteer: new Gazetteer(gazetteerEntries(), confirmedPlaces(resolve('.'))) }
);

const storyPath = join(root, 'stories', `${values.slug}.json`);
const sourcePath = join(root, 'sources', `${values.slug}.txt`);
if (!values.force && (existsSync(storyPath) || existsSync(sourcePath)))
	fail(`${storyPath} or its source exists already; pass --force to replace them`);

// The editor's schema hint, relative to where the file lands.
const $schema = relative(join(root, 'stories'), resolve('static/schema/story.schema.json'));
const json = JSON.stringify({ $schema, ...draft.story }, null, '\t') + '\n';
const result = validateStory({
	file: `data/stories/${values.slug}.json`,
	text: json,
	sources: { [`${values.slug}.txt`]: draft.source }
});
mkdirSync(join(root, 'stories'), { recursive: true });
mkdirSync(join(root, 'sources'), { recursive: true });
writeFileSync(storyPath, json);
writeFileSync(sourcePath, draft.source);

for (const e of draft.story.events) {
	const note = draft.notes[e.id]!;
	console.log(
		`${e.date.padEnd(10)}  ${e.title}\n            ${note.reasoning} (confidence ${note.confidence})`
	);
}
console.log(
	`\nplaces: ${draft.story.places.map((p) => `${p.name} (${p.lat}, ${p.lon})`).join(', ') || 'none'}`
);
console.log(`wrote ${storyPath}\n      ${sourcePath}`);
if (result.errors.length) {
	console.error(result.errors.map(formatError).join('\n'));
	fail(`${result.errors.length} problem(s): fix them before publishing`);
}
console.log('✓ passes the checks of npm run check:data; an editor must now read every event');
