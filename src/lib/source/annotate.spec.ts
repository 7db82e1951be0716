import { describe, expect, it } from 'vitest';
import { summitStory } from '$test/story';
import { readFileSync } from 'node:fs';
import { annotate, quoteRanges } from './annotate.ts';

const TEXT = 'Title\n\nOne two three four. Five six.\n\nSeven eight.\nNine.\n\nTen.';
const at = (word: string, to: string, event: string) => ({
	start: TEXT.indexOf(word),
	end: TEXT.indexOf(to) + to.length,
	event,
	anchor: `at-${TEXT.indexOf(word)}`
});

describe('annotate', () => {
	it('cuts paragraphs at blank lines and keeps lines of one paragraph together', () => {
		const { paragraphs } = annotate(TEXT, []);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
			'Title',
			'One two three four. Five six.',
			'Seven eight.\nNine.',
			'Ten.'
		]);
	});

	it('marks overlapping quotes as runs, each with the events that quote it', () => {
		const result = annotate(TEXT, [at('two', 'four.', 'a'), at('three', 'six.', 'b')]);
		expect(result.paragraphs[1]!.segments).toEqual([
			{ text: 'One ', events: [], voices: [], anchors: [] },
			{ text: 'two ', events: ['a'], voices: [], anchors: [`at-${TEXT.indexOf('two')}`] },
			{
				text: 'three four.',
				events: ['a', 'b'],
				voices: [],
				anchors: [`at-${TEXT.indexOf('three')}`]
			},
			{ text: ' Five six.', events: ['b'], voices: [], anchors: [] }
		]);
		expect(result.passages).toBe(2);
		expect(result.quotedParagraphs).toBe(1);
	});

	it('marks the words of a voice apart from the passages events quote', () => {
		const result = annotate(TEXT, [
			at('Five', 'six.', 'a'),
			{ ...at('Ten', 'Ten.', 'kim'), voice: true }
		]);
		expect(result.paragraphs[3]!.segments).toEqual([
			{ text: 'Ten.', events: [], voices: ['kim'], anchors: [`at-${TEXT.indexOf('Ten')}`] }
		]);
		expect(result.passages).toBe(1);
		expect(result.quotedParagraphs).toBe(1);
	});

	it('counts a passage two events quote once', () => {
		const result = annotate(TEXT, [
			at('Seven', 'eight.', 'a'),
			at('Seven', 'eight.', 'b'),
			at('Ten', 'Ten.', 'c')
		]);
		expect(result.passages).toBe(2);
		expect(result.quotedParagraphs).toBe(2);
		expect(result.paragraphs[2]!.segments[0]).toMatchObject({
			text: 'Seven eight.',
			events: ['a', 'b']
		});
	});
});

describe('the summit article', () => {
	it('finds every quote of the story in its place', () => {
		const story = summitStory();
		const text = readFileSync('data/sources/kim-putin-summits.txt', 'utf8');
		const ranges = quoteRanges(story, 'article', text);
		const quotes = [
			...story.events.flatMap((e) => e.provenance.quotes),
			...(story.voices ?? []).flatMap((v) => v.quotes)
		];
		expect(ranges).toHaveLength(quotes.length);
		for (const r of ranges) expect(quotes.map((q) => q.text)).toContain(text.slice(r.start, r.end));
		const result = annotate(text, ranges);
		expect(result.passages).toBeGreaterThanOrEqual(10);
	});
});
