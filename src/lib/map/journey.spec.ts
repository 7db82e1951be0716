import { describe, expect, it } from 'vitest';
import { summitStory } from '$test/story';
import { mercatorY } from './geo.ts';
import { arc, journeyEventIds, journeyLegs, midArrow } from './journey.ts';

const story = summitStory();
const places = new Map(story.places.map((p) => [p.id, p]));
const train = story.journeys[0]!;

describe('arc', () => {
	it('starts and ends at the places', () => {
		const path = arc({ lat: 39, lon: 125.7 }, { lat: 42.4, lon: 130.6 });
		expect(path[0]).toEqual([39, 125.7]);
		expect(path.at(-1)).toEqual([42.4, 130.6]);
	});

	it.each([
		{
			name: 'going east it bows south',
			a: { lat: 40, lon: 120 },
			b: { lat: 40, lon: 130 },
			south: true
		},
		{
			name: 'going west it bows north',
			a: { lat: 40, lon: 130 },
			b: { lat: 40, lon: 120 },
			south: false
		}
	])('bows to the right of travel: $name', ({ a, b, south }) => {
		const mid = arc(a, b)[12]!;
		expect(mid[0] < 40).toBe(south);
	});

	it('keeps an outward and a return leg apart', () => {
		const a = { lat: 39, lon: 125.7 };
		const b = { lat: 43.1, lon: 131.9 };
		const out = arc(a, b)[12]!;
		const back = arc(b, a)[12]!;
		expect(Math.hypot(out[0] - back[0], out[1] - back[1])).toBeGreaterThan(0.5);
	});
});

describe('midArrow', () => {
	it.each([
		{
			name: 'east',
			path: [
				[40, 120],
				[40, 121]
			],
			angle: 0
		},
		{
			name: 'south',
			path: [
				[41, 120],
				[40, 120]
			],
			angle: 90
		},
		{
			name: 'west',
			path: [
				[40, 121],
				[40, 120]
			],
			angle: 180
		},
		{
			name: 'north',
			path: [
				[40, 120],
				[41, 120]
			],
			angle: -90
		}
	] as { name: string; path: [number, number][]; angle: number }[])(
		'points $name',
		({ path, angle }) => {
			expect(midArrow(path).angle).toBeCloseTo(angle, 5);
		}
	);

	it('is the direction on screen, in Mercator', () => {
		const path: [number, number][] = [
			[50, 120],
			[60, 130]
		];
		const dy = mercatorY(60) - mercatorY(50);
		expect(midArrow(path).angle).toBeCloseTo((-Math.atan2(dy, 10) * 180) / Math.PI, 1);
	});
});

describe('journeyLegs', () => {
	it("draws the 2023 train's legs in the data's order", () => {
		const legs = journeyLegs(train, places);
		expect(legs.map((l) => `${l.from.id}>${l.to.id}`)).toEqual([
			'pyongyang>khasan',
			'khasan>vostochny',
			'vostochny>komsomolsk-on-amur',
			'komsomolsk-on-amur>vladivostok',
			'vladivostok>pyongyang'
		]);
	});

	it('skips a leg whose place is unknown', () => {
		const legs = journeyLegs(
			{ ...train, legs: [{ from: 'nowhere', to: 'khasan', mode: 'train', events: [] }] },
			places
		);
		expect(legs).toEqual([]);
	});
});

describe('journeyEventIds', () => {
	it.each([
		{ id: 'summit-2023', expected: true },
		{ id: 'departure-2023', expected: true },
		{ id: 'trip-2023', expected: true },
		{ id: 'return-2023', expected: true },
		{ id: 'summit-2019', expected: false },
		{ id: 'forum-claim-2023', expected: false }
	])('$id is one of its events: $expected', ({ id, expected }) => {
		expect(journeyEventIds(train, story.events).has(id)).toBe(expected);
	});
});
