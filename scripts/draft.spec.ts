/**
 * `npm run draft` on the seed article (the built-in story's source text), written into a temp
 * folder so no drafted story reaches data/ (it would appear on the site), then checked with
 * the loader that `npm run check:data` runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStories } from '../src/lib/data/load.server.ts';
import type { StoryFile } from '../src/lib/data/schema.ts';

const out = mkdtempSync(join(tmpdir(), 'draft-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const article = readFileSync('data/sources/kim-putin-summits.txt', 'utf8');
const sentenceOf = (start: string) =>
	article.split(/(?<=[.!?])\s+|\n/).find((s) => s.startsWith(start))!;

describe('npm run draft on the seed article', () => {
	const printed = execFileSync(
		'npx',
		[
			'tsx',
			'scripts/draft.ts',
			'data/sources/kim-putin-summits.txt',
			'--published',
			'2023-09-13',
			'--slug',
			'seed-draft',
			'--publisher',
			'time news',
			'--zone',
			'Asia/Vladivostok',
			'--out',
			join(out, 'data')
		],
		{ encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }
	);
	const story = JSON.parse(
		readFileSync(join(out, 'data/stories/seed-draft.json'), 'utf8')
	) as StoryFile;

	it.each([
		{ date: '2023-09-10', sentence: 'For his first trip abroad', phrase: 'on Sunday' },
		{ date: '2023-09-12', sentence: 'For his first trip abroad', phrase: 'yesterday Tuesday' },
		{ date: '2023-09-13', sentence: 'Ahead of a political summit', phrase: 'today' },
		{ date: '2019', sentence: 'The two leaders already met in 2019', phrase: 'in 2019' },
		{ date: '2011', sentence: 'The last summit between the two countries', phrase: 'in 2011' }
	])('dates $phrase to $date and quotes its sentence', ({ date, sentence, phrase }) => {
		const event = story.events.find(
			(e) => e.date === date && e.provenance.quotes[0]?.resolves?.phrase === phrase
		);
		expect(event, printed).toBeDefined();
		const quote = event!.provenance.quotes[0]!;
		expect(quote.text).toBe(sentenceOf(sentence));
		expect(quote.resolves!.date).toBe(date);
		expect(quote.resolves!.reasoning.length).toBeGreaterThan(20);
	});

	it.each([
		{ name: 'Pyongyang', lat: 39.0194, lon: 125.7381 },
		{ name: 'Vladivostok', lat: 43.1333, lon: 131.9 }
	])('places $name within 0.5° of its true position', ({ name, lat, lon }) => {
		const place = story.places.find((p) => p.name === name);
		expect(place).toBeDefined();
		expect(Math.abs(place!.lat - lat)).toBeLessThan(0.5);
		expect(Math.abs(place!.lon - lon)).toBeLessThan(0.5);
	});

	it('passes the checks of npm run check:data as written', () => {
		const { stories, errors } = loadStories(out);
		expect(errors).toEqual([]);
		expect(stories.map((s) => s.slug)).toEqual(['seed-draft']);
		expect(readFileSync(join(out, 'data/sources/seed-draft.txt'), 'utf8')).toBe(
			article.trimEnd() + '\n'
		);
	});
});
