/**
 * Prints how long drafting takes (the studio promises a draft within a second or two):
 * the seed article, and an article of 2,000 dated sentences. Figures only, no assertions.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { draftStory } from '../src/lib/draft/draft.ts';
import { Gazetteer } from '../src/lib/draft/gazetteer.ts';
import { gazetteerEntries } from './draft/gazetteer.ts';

const time = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const result = run();
	return [result, performance.now() - start];
};

const [gazetteer, load] = time(() => new Gazetteer(gazetteerEntries()));
console.log(`gazetteer: ${gazetteer.size} names, built in ${load.toFixed(0)} ms`);
const seed = readFileSync('data/sources/kim-putin-summits.txt', 'utf8');
const meta = { slug: 'bench', title: '', publisher: 'bench', published: '2023-09-13' };
draftStory(seed, meta, { gazetteer }); // warm up (compromise builds its lexicon once)
for (const [name, text] of [
	['seed article', seed],
	[
		'2,000 dated sentences',
		Array.from(
			{ length: 2000 },
			(_, i) => `The ministers met in Lisbon on ${(i % 28) + 1} May ${1990 + (i % 30)}.`
		).join(' ')
	]
] as const) {
	const [draft, ms] = time(() => draftStory(text, meta, { gazetteer }));
	console.log(`${name}: ${draft.story.events.length} events in ${ms.toFixed(0)} ms`);
}
