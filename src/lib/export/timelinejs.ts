/**
 * A story in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * published as /<slug>/timeline.json so a newsroom can take its timeline to TimelineJS.
 * Dates keep their precision (a year is { year } alone); spans get an end_date; text is
 * plain (TimelineJS renders HTML, and story text is never HTML).
 */
export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	display_date?: string;
}

export interface TimelineJsSlide {
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: { headline: string; text?: string };
	group?: string;
	unique_id?: string;
}

export interface TimelineJs {
	title?: { text: { headline: string; text?: string } };
	events: TimelineJsSlide[];
}

/** What the export reads of a story: a story file and a validated story both have it. */
export interface ExportableStory {
	title: string;
	dek: string;
	events: {
		id: string;
		title: string;
		summary: string;
		date: string;
		time?: { local: string };
		category: string;
	}[];
}

/** An EDTF day, month or year (approximate/uncertain marks dropped) as a TimelineJS date. */
export function timelineDate(edtf: string, time?: string): TimelineJsDate | null {
	const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[~?%]?$/.exec(edtf.trim());
	if (!m) return null;
	const date: TimelineJsDate = { year: Number(m[1]) };
	if (m[2]) date.month = Number(m[2]);
	if (m[3]) date.day = Number(m[3]);
	const clock = time && m[3] ? /^(\d{2}):(\d{2})$/.exec(time) : null;
	if (clock) [date.hour, date.minute] = [Number(clock[1]), Number(clock[2])];
	return date;
}

export function toTimelineJs(story: ExportableStory): TimelineJs {
	return {
		title: { text: { headline: story.title, text: story.dek } },
		events: story.events.flatMap((e): TimelineJsSlide[] => {
			const [from, to] = e.date.split('/');
			const start = timelineDate(from ?? '', e.time?.local);
			if (!start) return [];
			const end = to ? timelineDate(to) : null;
			return [
				{
					start_date: start,
					...(end ? { end_date: end } : {}),
					text: { headline: e.title, text: e.summary },
					group: e.category,
					unique_id: e.id
				}
			];
		})
	};
}
