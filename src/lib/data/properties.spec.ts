/**
 * Property-based tests (fast-check) for what hostile input reaches: story files, links and
 * host messages. Each property runs on hundreds of generated inputs; fast-check shrinks a
 * failure to its smallest case.
 */
import fc from 'fast-check';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { summitStory } from '$test/story';
import { parseHostMessage } from '$lib/embed/protocol';
import { storyCsv, storyGeoJson } from '$lib/exports/downloads';
import { parseLink } from '$lib/state/url';
import { validateStory } from './validate';

const base = JSON.parse(
	JSON.stringify({
		slug: 'demo',
		title: 'Demo',
		dek: 'A small story.',
		language: 'en',
		timeZone: 'UTC',
		sources: [{ id: 'a', title: 'T', publisher: 'P', published: '2023-09-13', text: 'demo.txt' }],
		places: [{ id: 'p', name: 'P', lat: 1, lon: 2, kind: 'city' }],
		events: [
			{
				id: 'e',
				title: 'E',
				summary: 'S.',
				date: '2023-09-10',
				places: ['p'],
				category: 'summit',
				importance: 2,
				provenance: { status: 'reported', quotes: [{ text: 'Kim left.' }] }
			}
		]
	})
);

/** Replace the value at a random path of the story with any JSON value. */
const mutated = fc
	.tuple(fc.array(fc.oneof(fc.string(), fc.nat(5)), { maxLength: 4 }), fc.jsonValue())
	.map(([path, value]) => {
		const story = structuredClone(base);
		let target: Record<string | number, unknown> = story;
		for (const key of path.slice(0, -1)) {
			const next = target[key];
			if (typeof next !== 'object' || next === null) break;
			target = next as Record<string | number, unknown>;
		}
		target[path.at(-1) ?? 'title'] = value;
		return JSON.stringify(story);
	});

describe('the story validator', () => {
	it('never throws, and either accepts a story or names where each problem is', () => {
		fc.assert(
			fc.property(fc.oneof(mutated, fc.string()), (text) => {
				const result = validateStory({
					file: 'data/stories/demo.json',
					text,
					sources: { 'demo.txt': 'Kim left.' }
				});
				if (result.story) expect(result.errors).toEqual([]);
				else {
					expect(result.errors.length).toBeGreaterThan(0);
					for (const e of result.errors) {
						expect(e.file).toBe('data/stories/demo.json');
						expect(typeof e.path).toBe('string');
						expect(e.hint.length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 400 }
		);
	});
});

describe('the link parser', () => {
	const vocabulary = {
		events: new Set(['e']),
		categories: new Set(['summit']),
		places: new Set(['p'])
	};
	const param = fc.constantFrom('event', 'from', 'to', 'cat', 'place', 'q', 'other');
	it('never throws on any query, and keeps only what the story has', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(param, fc.string()), { maxLength: 8 }), (pairs) => {
				const link = parseLink(new URLSearchParams(pairs), vocabulary);
				expect(link.event === null || link.event === 'e').toBe(true);
				if (link.window) expect(link.window[0]).toBeLessThan(link.window[1]);
				for (const c of link.categories ?? []) expect(vocabulary.categories.has(c)).toBe(true);
				for (const p of link.places ?? []) expect(vocabulary.places.has(p)).toBe(true);
				expect((link.query ?? '').length).toBeLessThanOrEqual(200);
				for (const notice of link.notices) expect(notice.length).toBeLessThan(400);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('the host message parser', () => {
	it('never throws, and accepts only exact shapes', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record(
						{
							type: fc.constantFrom(
								'event-atlas:select',
								'event-atlas:window',
								'event-atlas:reset'
							),
							id: fc.anything(),
							from: fc.anything(),
							to: fc.anything()
						},
						{ requiredKeys: ['type'] }
					)
				),
				(data) => {
					const message = parseHostMessage(data);
					if (message === null) return;
					expect(['event-atlas:select', 'event-atlas:window', 'event-atlas:reset']).toContain(
						message.type
					);
					if (message.type === 'event-atlas:select')
						expect(message.id === null || /^[a-z0-9-]{1,200}$/.test(message.id)).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
		// And the exact shapes do pass (fast-check may draw few of them by chance).
		expect(parseHostMessage({ type: 'event-atlas:reset' })).toEqual({ type: 'event-atlas:reset' });
	});
});

describe('the exports', () => {
	const story = summitStory();
	it('carry any title and summary: CSV round-trips or neutralises, GeoJSON keeps it as it is', () => {
		fc.assert(
			fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (title, summary) => {
				const event = { ...story.events[0]!, title, summary };
				const one = { ...story, events: [event] };
				const [row] = csvParse(storyCsv(one));
				for (const [cell, text] of [
					[row!.title!, title],
					[row!.summary!, summary]
				] as const) {
					expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
					expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
				}
				const feature = storyGeoJson(one).features[0]!;
				expect(feature.properties.title).toBe(title);
				expect(JSON.parse(JSON.stringify(feature)).properties.summary).toBe(summary);
			}),
			{ numRuns: 300 }
		);
	});
});
