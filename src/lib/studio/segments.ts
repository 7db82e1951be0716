/** The article cut into plain runs and drafted sentences, for marking them in order. */
import type { DraftItem } from './edit.ts';

export interface Segment {
	text: string;
	/** The first event drafted from this sentence; none for plain text. */
	id?: string;
	rejected?: boolean;
}

export function segments(article: string, items: DraftItem[]): Segment[] {
	const spans = items
		.filter((i) => i.note && i.note.end <= article.length)
		.map((i) => ({
			start: i.note!.start,
			end: i.note!.end,
			id: i.event.id,
			rejected: i.decision === 'rejected'
		}))
		.sort((a, b) => a.start - b.start);
	const out: Segment[] = [];
	let at = 0;
	for (const s of spans) {
		// One sentence may give several events: it is marked once, for the first of them.
		if (s.start < at) continue;
		if (s.start > at) out.push({ text: article.slice(at, s.start) });
		out.push({ text: article.slice(s.start, s.end), id: s.id, rejected: s.rejected });
		at = s.end;
	}
	if (at < article.length) out.push({ text: article.slice(at) });
	return out;
}
