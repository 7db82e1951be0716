/**
 * Time zones, done at build time. The app's time axis is the story's own calendar: a date
 * `2023-09-13` is that day as the story's readers name it (drawn from midnight to midnight
 * "UTC"), so a clock time is placed on the same axis as the story's wall clock. An event at
 * 13:09 in Asia/Yakutsk, in a story told in Asia/Vladivostok time, sits at 14:09.
 * Intl gives the offsets; only its numbers are read, never its words.
 */
import { HOUR, MINUTE } from './instant.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
	let f = formats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formats.set(zone, f);
	}
	return f;
}

/** How far the zone's clock is ahead of UTC at an instant, in ms (negative west of Greenwich). */
export function zoneOffset(zone: string, instant: number): number {
	const parts: Record<string, number> = {};
	for (const p of format(zone).formatToParts(instant)) parts[p.type] = Number(p.value);
	const wall = Date.UTC(
		parts.year!,
		parts.month! - 1,
		parts.day!,
		parts.hour!,
		parts.minute!,
		parts.second!
	);
	return wall - (instant - (instant % 1000));
}

/** The instant (UTC ms) at which a zone's clock shows a wall time (given as UTC ms). */
export function instantOf(wall: number, zone: string): number {
	// Two rounds settle every real offset, including the hour around a DST change.
	let instant = wall - zoneOffset(zone, wall);
	instant = wall - zoneOffset(zone, instant);
	return instant;
}

/** Wall time (as UTC ms) of a day and clock time `HH:MM` in one zone, on another zone's clock. */
export function wallClock(day: string, local: string, zone: string, storyZone: string): number {
	const [h, m] = local.split(':').map(Number) as [number, number];
	const wall = Date.parse(`${day}T00:00:00Z`) + h * HOUR + m * MINUTE;
	if (zone === storyZone) return wall;
	const instant = instantOf(wall, zone);
	return instant + zoneOffset(storyZone, instant);
}
