/** The event list's pages: which page an event is on, and which events a page holds. */

/** Events per page: a screenful or two on a phone, a small DOM at any story size. */
export const PAGE_SIZE = 50;

/** The page (from 0) of the event at `index` in the list; page 0 for none (-1). */
export function pageOf(index: number, size = PAGE_SIZE): number {
	return index < 0 ? 0 : Math.floor(index / size);
}

/** The events of a page, as indices [from, to) into a list of `total`. */
export function pageRange(page: number, total: number, size = PAGE_SIZE) {
	const last = Math.max(0, Math.ceil(total / size) - 1);
	const p = Math.min(Math.max(0, page), last);
	return { page: p, from: p * size, to: Math.min(total, (p + 1) * size) };
}
