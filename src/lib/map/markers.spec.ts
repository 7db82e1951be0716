import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summitStory } from '$test/story';
import type { Place } from '$lib/data/types';
import {
	eventsOfPlaces,
	groupInOrder,
	groupPlaces,
	Grouping,
	isDimmed,
	isSelected,
	markerDiameter,
	markerName,
	type PlacePoint
} from './markers.ts';

const story = summitStory();
const places = new Map(story.places.map((p) => [p.id, p]));
const byPlace = new Map<string, typeof story.events>(story.places.map((p) => [p.id, []]));
for (const e of story.events) for (const id of e.places) byPlace.get(id)?.push(e);
const place = (id: string) => places.get(id)!;

describe('groupPlaces', () => {
	const pt = (id: string, x: number, y: number, count: number) => ({
		place: place(id),
		x,
		y,
		count
	});
	it.each([
		{
			name: 'places far apart keep their own markers',
			points: [pt('pyongyang', 0, 0, 3), pt('vostochny', 100, 0, 2)],
			expected: [['pyongyang'], ['vostochny']]
		},
		{
			name: 'a close place joins the busier one, which leads',
			points: [pt('fefu', 0, 10, 3), pt('vladivostok', 0, 0, 4)],
			expected: [['vladivostok', 'fefu']]
		},
		{
			name: 'ties keep the story order',
			points: [pt('ulan-ude', 0, 0, 1), pt('sosnovy-bor', 5, 5, 1)],
			expected: [['ulan-ude', 'sosnovy-bor']]
		},
		{
			name: 'joining is measured from the leader, not chained',
			points: [pt('vladivostok', 0, 0, 4), pt('fefu', 25, 0, 3), pt('khasan', 50, 0, 2)],
			expected: [['vladivostok', 'fefu'], ['khasan']]
		}
	])('$name', ({ points, expected }) => {
		const groups = groupPlaces(points, 32);
		expect(groups.map((g) => g.places.map((p) => p.id))).toEqual(expected);
		for (const g of groups) expect(g.lead).toBe(g.places[0]);
	});

	/** The rule in its plainest form: every place against every marker placed so far. */
	function naive(points: PlacePoint[], distance: number) {
		const order = points
			.map((p, i) => ({ p, i }))
			.sort((a, b) => b.p.count - a.p.count || a.i - b.i);
		const groups: { x: number; y: number; ids: string[] }[] = [];
		for (const { p } of order) {
			const near = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) < distance);
			if (near) near.ids.push(p.place.id);
			else groups.push({ x: p.x, y: p.y, ids: [p.place.id] });
		}
		return groups.map((g) => g.ids);
	}

	it('groups as comparing every place with every marker would, at any spread', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.double({ min: -200, max: 200, noNaN: true }),
						y: fc.double({ min: -200, max: 200, noNaN: true }),
						count: fc.integer({ min: 0, max: 4 })
					}),
					{ maxLength: 150 }
				),
				fc.integer({ min: 8, max: 60 }),
				(raw, distance) => {
					const points = raw.map((r, i) => ({
						...r,
						place: { ...story.places[0]!, id: `p${i}` }
					}));
					const groups = groupPlaces(points, distance).map((g) => g.places.map((p) => p.id));
					expect(groups).toEqual(naive(points, distance));
				}
			)
		);
	});

	it('grouped a slice at a time (as a map does while idle), gives the same markers as at once', () => {
		const points = Array.from({ length: 2000 }, (_, i) => ({
			place: { ...story.places[0]!, id: `p${i}` },
			x: (i * 7919) % 997,
			y: (i * 104729) % 991,
			count: i % 5
		}));
		const ids = (groups: { places: Place[] }[]) => groups.map((g) => g.places.map((p) => p.id));
		const grouping = new Grouping(points.length, (i) => points[i]!, 24);
		let slices = 0;
		while (!grouping.run(() => false)) slices++;
		expect(slices).toBe(Math.ceil(points.length / 256) - 1);
		expect(ids(grouping.groups)).toEqual(ids(groupInOrder(points, 24)));
	});
});

describe('markerDiameter', () => {
	it.each([
		{ count: 0, expected: 18 },
		{ count: 1, expected: 18 },
		{ count: 2, expected: 20 },
		{ count: 4, expected: 22 },
		{ count: 9, expected: 26 },
		{ count: 100, expected: 30 }
	])('$count events: $expected px', ({ count, expected }) => {
		expect(markerDiameter(count)).toBe(expected);
	});
});

describe('markerName', () => {
	it.each([
		{ ids: ['vostochny'], count: 1, expected: 'Vostochny Cosmodrome, 1 event' },
		{ ids: ['pyongyang'], count: 3, expected: 'Pyongyang, 3 events' },
		{
			ids: ['vladivostok', 'fefu'],
			count: 6,
			expected: 'Vladivostok and Far Eastern Federal University, 6 events'
		},
		{
			ids: ['vladivostok', 'fefu', 'khasan'],
			count: 8,
			expected: 'Vladivostok, Far Eastern Federal University and Khasan, 8 events'
		}
	])('$expected', ({ ids, count, expected }) => {
		expect(markerName(ids.map(place) as Place[], count)).toBe(expected);
	});
});

describe('eventsOfPlaces', () => {
	it('lists each event once, in date order', () => {
		const events = eventsOfPlaces(['fefu', 'vladivostok'], byPlace);
		expect(events.map((e) => e.id)).toEqual([
			'kim-arrives-vladivostok-2019',
			'summit-2019',
			'forum-claim-2023',
			'trip-2023',
			'knevichi-2023',
			'fefu-visit-2023'
		]);
	});

	it('lists the summit at Vostochny', () => {
		const ids = eventsOfPlaces(['vostochny'], byPlace).map((e) => e.id);
		expect(ids).toContain('summit-2023');
	});
});

describe('isDimmed and isSelected', () => {
	const summit2019 = story.events.find((e) => e.id === 'summit-2019')!;
	it.each([
		{ ids: ['vladivostok'], inWindow: ['summit-2019'], dimmed: false, selected: true },
		{ ids: ['fefu'], inWindow: ['summit-2019'], dimmed: false, selected: true },
		{ ids: ['pyongyang'], inWindow: ['summit-2019'], dimmed: true, selected: false },
		{ ids: ['pyongyang', 'vladivostok'], inWindow: [], dimmed: true, selected: true },
		{ ids: ['pyongyang'], inWindow: ['return-2023'], dimmed: false, selected: false }
	])('$ids with $inWindow in the window', ({ ids, inWindow, dimmed, selected }) => {
		expect(isDimmed(ids, new Set(inWindow), byPlace)).toBe(dimmed);
		expect(isSelected(ids, summit2019)).toBe(selected);
	});

	it('selects nothing without a selection', () => {
		expect(isSelected(['vladivostok'], null)).toBe(false);
	});
});
