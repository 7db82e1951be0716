import { describe, expect, it } from 'vitest';
import { instantOf, wallClock, zoneOffset } from './zone';

const HOUR = 3_600_000;

describe('zones', () => {
	it.each([
		{ zone: 'UTC', at: '2023-09-13T12:00:00Z', hours: 0 },
		{ zone: 'Asia/Vladivostok', at: '2023-09-13T12:00:00Z', hours: 10 },
		{ zone: 'Europe/Paris', at: '2023-07-01T12:00:00Z', hours: 2 },
		{ zone: 'Europe/Paris', at: '2023-01-01T12:00:00Z', hours: 1 },
		{ zone: 'America/Argentina/Buenos_Aires', at: '2023-01-01T12:00:00Z', hours: -3 },
		{ zone: 'Pacific/Kiritimati', at: '2023-01-01T12:00:00Z', hours: 14 },
		{ zone: 'Asia/Kathmandu', at: '2023-01-01T12:00:00Z', hours: 5.75 }
	])('$zone is $hours h from UTC at $at', ({ zone, at, hours }) => {
		expect(zoneOffset(zone, Date.parse(at))).toBe(hours * HOUR);
	});

	it('finds the instant a clock shows a time, across a DST change', () => {
		// Paris went to summer time at 02:00 on 26 March 2023.
		expect(instantOf(Date.parse('2023-03-26T01:30:00Z'), 'Europe/Paris')).toBe(
			Date.parse('2023-03-26T00:30:00Z')
		);
		expect(instantOf(Date.parse('2023-03-26T03:30:00Z'), 'Europe/Paris')).toBe(
			Date.parse('2023-03-26T01:30:00Z')
		);
	});

	it.each([
		{ local: '13:09', zone: 'Asia/Yakutsk', story: 'Asia/Vladivostok', wall: '2023-09-13T14:09Z' },
		{
			local: '21:00',
			zone: 'Asia/Pyongyang',
			story: 'Asia/Vladivostok',
			wall: '2023-09-13T22:00Z'
		},
		{ local: '18:53', zone: 'Europe/Paris', story: 'Europe/Paris', wall: '2023-09-13T18:53Z' },
		// Late evening in Honolulu is the next morning in Fiji.
		{ local: '22:00', zone: 'Pacific/Honolulu', story: 'Pacific/Fiji', wall: '2023-09-14T20:00Z' }
	])('$local in $zone is $wall on the $story clock', ({ local, zone, story, wall }) => {
		expect(wallClock('2023-09-13', local, zone, story)).toBe(Date.parse(wall));
	});
});
