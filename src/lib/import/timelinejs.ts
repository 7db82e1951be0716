/** TimelineJS JSON (the format its docs describe, and our /<slug>/timeline.json) → rows. */
import type { TimelineJs, TimelineJsDate } from '../export/timelinejs.ts';
import { plainText, type ImportRow } from './story.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A TimelineJS date as EDTF at the precision it gives, with its clock time if any. */
export function edtfOf(d: TimelineJsDate | undefined): { date: string; time?: string } | null {
	const year = Number(d?.year);
	if (!d || !Number.isInteger(year)) return null;
	const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
	const month = Number(d.month);
	if (!d.month || !Number.isInteger(month)) return { date: y };
	const day = Number(d.day);
	if (!d.day || !Number.isInteger(day)) return { date: `${y}-${pad(month)}` };
	const date = `${y}-${pad(month)}-${pad(day)}`;
	const hour = Number(d.hour);
	return d.hour !== undefined && Number.isInteger(hour)
		? { date, time: `${pad(hour)}:${pad(Number(d.minute) || 0)}` }
		: { date };
}

export function rowsFromTimelineJs(data: unknown): {
	rows: ImportRow[];
	title?: string;
	dek?: string;
} {
	const timeline = data as Partial<TimelineJs>;
	if (!timeline || !Array.isArray(timeline.events))
		throw new Error('not a TimelineJS file: it has no "events" list');
	const rows = timeline.events.map((slide): ImportRow => {
		const start = edtfOf(slide?.start_date);
		const end = edtfOf(slide?.end_date);
		return {
			date: start
				? end && end.date !== start.date
					? `${start.date}/${end.date}`
					: start.date
				: '',
			...(start?.time && !end ? { time: start.time } : {}),
			title: plainText(String(slide?.text?.headline ?? '')),
			summary: plainText(String(slide?.text?.text ?? '')),
			category: slide?.group ? String(slide.group) : undefined
		};
	});
	const title = timeline.title?.text;
	return {
		rows,
		title: title?.headline ? plainText(String(title.headline)) : undefined,
		dek: title?.text ? plainText(String(title.text)) : undefined
	};
}
