/** Small builders for timeline tests. */
import { parseWhen } from '$lib/data/dates';
import type { TimelineItem } from '$lib/timeline/items';

export function item(id: string, edtf: string, extra: Partial<TimelineItem> = {}): TimelineItem {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.reason);
	return {
		id,
		title: extra.title ?? `Event ${id}`,
		when: parsed.when,
		category: 'summit',
		importance: 2,
		provenance: { status: 'reported', quotes: [], context: [] },
		places: [],
		...extra
	};
}
