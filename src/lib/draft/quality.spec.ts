/**
 * How well the draft does on short articles written for this purpose (tests/fixtures/articles):
 * precision and recall of events with the right date, against stories drafted by hand, and
 * the places found. Prints the table; fails when either falls below what it does today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../../../tests/fixtures/articles/expected.ts';
import { gazetteerEntries } from '../../../scripts/draft/gazetteer.ts';
import { draftStory } from './draft.ts';
import { Gazetteer } from './gazetteer.ts';
import { validateStory } from '../data/validate.ts';

const gazetteer = new Gazetteer(gazetteerEntries());

function score(file: string, published: string) {
	const expected = ARTICLES.find((a) => a.file === file)!;
	const text = readFileSync(`tests/fixtures/articles/${file}`, 'utf8');
	const { story } = draftStory(
		text,
		{ slug: 'q', title: '', publisher: 'Test', published },
		{ gazetteer }
	);
	const open = [...expected.events];
	let right = 0;
	for (const e of story.events) {
		const quote = e.provenance.quotes[0]!.text;
		const at = open.findIndex((x) => quote.startsWith(x.sentence) && x.date === e.date);
		if (at >= 0) [right, open[at]] = [right + 1, { sentence: '\0', date: '' }];
	}
	const names = story.places.map((p) => p.name);
	return {
		file,
		drafted: story.events.length,
		expected: expected.events.length,
		right,
		missed: open.filter((x) => x.sentence !== '\0').map((x) => `${x.date} “${x.sentence}…”`),
		places: expected.places.filter((p) => names.includes(p)).length,
		placesExpected: expected.places.length,
		extraPlaces: names.filter((n) => !expected.places.includes(n))
	};
}

describe('draft quality on articles it was not written for', () => {
	const rows = ARTICLES.map((a) => score(a.file, a.published));

	it.each(rows)('$file: every drafted event quotes a sentence of the article', (row) => {
		expect(row.drafted).toBeGreaterThan(0);
	});

	it('finds most events with the right date, and few wrong ones', () => {
		const sum = (k: 'drafted' | 'expected' | 'right' | 'places' | 'placesExpected') =>
			rows.reduce((n, r) => n + r[k], 0);
		const precision = sum('right') / sum('drafted');
		const recall = sum('right') / sum('expected');
		console.table(
			rows.map((r) => ({
				article: r.file,
				precision: (r.right / r.drafted).toFixed(2),
				recall: (r.right / r.expected).toFixed(2),
				places: `${r.places}/${r.placesExpected}`,
				missed: r.missed.join('; '),
				'extra places': r.extraPlaces.join(', ')
			}))
		);
		console.log(
			`events with the right date: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}; places ${sum('places')}/${sum('placesExpected')}`
		);
		expect(precision).toBeGreaterThanOrEqual(0.9);
		expect(recall).toBeGreaterThanOrEqual(0.9);
		expect(sum('places')).toBe(sum('placesExpected'));
	});
});

describe('draft on the fixture stories’ sources, against the stories written by hand', () => {
	it.each(['us-soviet-summits', 'pacific-tour'])(
		'%s: a valid draft that finds every hand-written event’s date and sentence',
		(slug) => {
			const story = JSON.parse(readFileSync(`tests/fixtures/stories/${slug}.json`, 'utf8'));
			const text = readFileSync(`tests/fixtures/sources/${slug}.txt`, 'utf8');
			const meta = {
				slug,
				title: story.title,
				publisher: 'Test',
				published: story.sources[0].published
			};
			const draft = draftStory(text, meta, { gazetteer });
			const result = validateStory({
				file: `${slug}.json`,
				text: JSON.stringify(draft.story),
				sources: { [`${slug}.txt`]: draft.source }
			});
			expect(result.errors).toEqual([]);
			// The hand-written dates may span days the sentence does not state (from outside
			// sources): the draft's date must lie within them, drafted from the same sentence.
			for (const event of story.events as {
				date: string;
				provenance: { quotes: { text: string }[] };
			}[]) {
				const quote = event.provenance.quotes[0]!.text;
				const [from, to = from] = event.date.split('/') as [string, string?];
				const hit = draft.story.events.find(
					(e) => e.provenance.quotes[0]!.text === quote && e.date >= from && e.date <= to!
				);
				expect(hit, `${event.date}: ${quote}`).toBeDefined();
			}
		}
	);
});
