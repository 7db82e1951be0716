/**
 * Places marks and labels in lanes so that labels never collide and no mark, span bar or
 * precision box crosses a label's text:
 *
 * - the selected event is placed first, then events by importance, then in time order, so a
 *   summit's title is kept whole before a lesser event's;
 * - each takes the first lane where its mark and its full label fit, the label to the right
 *   of the mark, or else to its left (near the right edge, or in a crowded cluster);
 * - when no lane has room for the full label, it takes the lane with the most room and its
 *   label is cut there; when its mark itself meets another's label in every lane, the lane
 *   where that costs least gives way by cutting that label (never the selected one's);
 * - once every lane is final, a label that was cut takes the longer of its mark's two sides;
 * - the axis's context label (top left of the first lane) is held like a mark: kept clear.
 *
 * Bars (spans, and dates coarser than the zoom) are drawn as a strip under the text line of
 * their lane (see TimelineMarks), so a label may run over its own bar but not another's.
 */
import type { TimelineItem } from './items';
import { textWidth, truncate } from '$lib/measure';

export const LABEL_SIZE = 12;
const LABEL_GAP = 6;
const MIN_LABEL_PX = 28;

export const RADIUS: Record<1 | 2 | 3, number> = { 1: 5, 2: 6.5, 3: 9 };

export interface PlacedMark {
	item: TimelineItem;
	lane: number;
	/** Symbol centre, in px from the left edge. */
	cx: number;
	r: number;
	/** A bar under the symbol, for spans and for dates coarser than the zoom (px), or null. */
	bar: { x0: number; x1: number; imprecise: boolean } | null;
	/** Label text as drawn ('' when hidden), and where it starts (or ends, when anchored 'end'). */
	label: string;
	labelX: number;
	/** 'end' when the label sits left of its mark. */
	anchor: 'start' | 'end';
	truncated: boolean;
}

export interface LayoutOptions {
	/** Maps a time to px. */
	x: (t: number) => number;
	width: number;
	lanes: number;
	selectedId?: string | null;
	/** The axis's context label ("2023"), drawn at the top left of the first lane: kept clear. */
	context?: string;
}

interface Slot {
	mark: PlacedMark;
	/** The mark and its bar. */
	m0: number;
	m1: number;
	/** Priority: the selected label is never cut. */
	locked: boolean;
	/** The label last measured and its width: placing asks for them once per other mark. */
	measured?: string;
	width?: number;
	/** The px its label covers, as hasLabel last found them. */
	l0: number;
	l1: number;
}

const REGULAR = { size: LABEL_SIZE, weight: 400 };
const BOLD = { size: LABEL_SIZE, weight: 700 };
const style = (bold: boolean) => (bold ? BOLD : REGULAR);

/**
 * Does the slot have a label? If so, sets `s.l0`/`s.l1` to the px it covers. Placing asks
 * this of every other mark in a lane for each mark it places, so it makes no array.
 */
function hasLabel(s: Slot): boolean {
	const { mark } = s;
	if (!mark.label) return false;
	if (s.measured !== mark.label) {
		s.measured = mark.label;
		s.width = textWidth(mark.label, style(s.locked));
	}
	const w = s.width!;
	if (mark.anchor === 'start') {
		s.l0 = mark.labelX;
		s.l1 = mark.labelX + w;
	} else {
		s.l0 = mark.labelX - w;
		s.l1 = mark.labelX;
	}
	return true;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) =>
	a0 < b1 + LABEL_GAP && b0 < a1 + LABEL_GAP;
/** Marks may touch (the boxes of two days side by side), never overlap. */
const marksMeet = (s: Slot, t: Slot) => s.m0 < t.m1 - 1 && t.m0 < s.m1 - 1;

/**
 * The slots of one lane, kept in order of `m0`, with how far any of them reaches left and
 * right of its `m0` (its bar, and its full label on either side: a label is never wider than
 * the full one it was added with). A question about [a0, a1] need only look at the slots whose
 * `m0` is within those reaches of it: a crowded story asks thousands of them per layout.
 */
class Lane {
	readonly slots: Slot[] = [];
	/** The same slots in the order they were placed: step 3 sums its costs in this order. */
	readonly placed: Slot[] = [];
	private left = 0;
	private right = 0;

	add(slot: Slot, full: number) {
		const { m0 } = slot;
		const { cx, r } = slot.mark;
		this.left = Math.max(this.left, m0 - (cx - r - 4 - full));
		this.right = Math.max(this.right, Math.max(slot.m1, cx + r + 4 + full) - m0);
		this.slots.splice(this.after(m0), 0, slot);
		this.placed.push(slot);
	}

	/** The index of the first slot whose `m0` is above `x`. */
	private after(x: number): number {
		let lo = 0;
		let hi = this.slots.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.slots[mid]!.m0 <= x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Does [a0, a1] (a mark with its label, or `mark` alone) meet anything in the lane? */
	free(a0: number, a1: number, mark?: Slot): boolean {
		const { slots } = this;
		const last = a1 + this.left + LABEL_GAP;
		for (let i = this.after(a0 - this.right - LABEL_GAP - 1); i < slots.length; i++) {
			const s = slots[i]!;
			if (s.m0 > last) break;
			if (mark ? marksMeet(mark, s) : overlaps(a0, a1, s.m0, s.m1)) return false;
			if (hasLabel(s) && overlaps(a0, a1, s.l0, s.l1)) return false;
		}
		return true;
	}

	/** The room a placed mark's label has to its right and to its left in the lane, in px. */
	roomAround(slot: Slot, width: number) {
		const { slots } = this;
		const { cx, r } = slot.mark;
		const right = cx + r + 4;
		const left = cx - r - 4;
		let end = width - 2;
		let start = 2;
		// Each other mark, then its label, narrows the room on either side.
		const around = (a: number, b: number) => {
			if (a >= right) end = Math.min(end, a - LABEL_GAP);
			else if (b + LABEL_GAP > right) end = -Infinity;
			if (b <= left) start = Math.max(start, b + LABEL_GAP);
			else if (a - LABEL_GAP < left) start = Infinity;
		};
		for (let i = 0; i < slots.length; i++) {
			const s = slots[i]!;
			if (s === slot) continue;
			around(s.m0, s.m1);
			if (hasLabel(s)) around(s.l0, s.l1);
		}
		return { right, left, toRight: end - right, toLeft: left - start };
	}
}

export function layoutMarks(items: readonly TimelineItem[], options: LayoutOptions): PlacedMark[] {
	const { x, width, lanes } = options;
	const placed: PlacedMark[] = [];
	const slots: Slot[] = [];
	for (const item of items) {
		const r = RADIUS[item.importance];
		const x0 = x(item.when.start);
		const x1 = x(item.when.end);
		const wide = x1 - x0 > 2 * r + 2;
		const bar =
			item.when.span || wide
				? {
						x0: Math.max(x0, -20),
						x1: Math.min(Math.max(x1, x0 + 2 * r), width + 20),
						imprecise: !item.when.span
					}
				: null;
		// Spans start at their symbol; a date coarser than the zoom has it in the middle.
		const cx = item.when.span ? Math.max(x0, Math.min(r, x1)) : (x0 + x1) / 2;
		const mark: PlacedMark = {
			item,
			lane: 0,
			cx,
			r,
			bar,
			label: labelText(item),
			labelX: cx + r + 4,
			anchor: 'start',
			truncated: false
		};
		placed.push(mark);
		slots.push({
			mark,
			m0: Math.min(bar ? bar.x0 : cx - r, cx - r),
			m1: Math.max(bar ? bar.x1 : cx + r, cx + r),
			locked: item.id === options.selectedId,
			l0: 0,
			l1: 0
		});
	}
	const order = slots
		.map((s, i) => ({ s, i }))
		.sort(
			(a, b) =>
				Number(b.s.locked) - Number(a.s.locked) ||
				b.s.mark.item.importance - a.s.mark.item.importance ||
				a.i - b.i
		)
		.map(({ s }) => s);
	const laneSlots = Array.from({ length: Math.max(1, lanes) }, () => new Lane());
	// The context label is held like a mark with no label: marks and labels keep clear of it.
	if (options.context) {
		const m1 = 8 + textWidth(options.context, { size: LABEL_SIZE, weight: 600 });
		const mark = { label: '', cx: 0, r: 0 } as PlacedMark;
		laneSlots[0]!.add({ mark, m0: 0, m1, locked: true, l0: 0, l1: 0 }, 0);
	}

	for (const slot of order) place(slot, laneSlots, width);
	// 4. A label cut or dropped to make way for a later mark may have room on its mark's other
	// side once every lane is final: it takes the longer of the two.
	for (const slot of order)
		if (slot.mark.truncated) relabel(slot, laneSlots[slot.mark.lane]!, width);
	return placed;
}

function relabel(slot: Slot, lane: Lane, width: number) {
	const { mark } = slot;
	const full = labelText(mark.item);
	const font = style(slot.locked);
	const { right, left, toRight, toLeft } = lane.roomAround(slot, width);
	const need = textWidth(full, font);
	// The right when the whole title fits there, else the side with more room.
	const start = toRight >= need || toRight >= toLeft;
	const room = start ? toRight : toLeft;
	if (room < MIN_LABEL_PX) return;
	const label = room >= need ? full : truncate(full, room, font);
	if (textWidth(label, font) <= textWidth(mark.label, font)) return;
	mark.label = label;
	mark.anchor = start ? 'start' : 'end';
	mark.labelX = start ? right : left;
	mark.truncated = label !== full;
}

function place(slot: Slot, laneSlots: Lane[], width: number) {
	const { mark } = slot;
	const w = textWidth(mark.label, style(slot.locked));
	const right = mark.cx + mark.r + 4;
	const left = mark.cx - mark.r - 4;
	const put = (lane: number, anchor: 'start' | 'end', label: string) => {
		mark.lane = lane;
		mark.anchor = anchor;
		mark.labelX = anchor === 'start' ? right : left;
		if (label !== mark.label) {
			mark.label = label;
			mark.truncated = true;
		}
		laneSlots[lane]!.add(slot, w);
	};
	// Whether the mark itself fits in each lane, asked once per lane (steps 1 and 2 both ask).
	// Plain loops, no destructuring: this runs for every mark on a page's first, cold layout.
	const fits: boolean[] = [];
	const markFits = (i: number) => (fits[i] ??= laneSlots[i]!.free(slot.m0, slot.m1, slot));
	// 1. The full label, to the right, then to the left, in the first lane with room.
	for (let side = 0; side < 2; side++) {
		const l0 = side === 0 ? right : left - w;
		const l1 = side === 0 ? right + w : left;
		if (l0 < 0 || l1 > width) continue;
		for (let i = 0; i < laneSlots.length; i++)
			if (markFits(i) && laneSlots[i]!.free(l0, l1))
				return put(i, side === 0 ? 'start' : 'end', mark.label);
	}
	// 2. The mark fits somewhere: its label is cut to the room that lane has on its right.
	let best = -1;
	let room = -Infinity;
	for (let i = 0; i < laneSlots.length; i++) {
		if (!markFits(i)) continue;
		// What starts in the gap after the mark (a mark just beside it) leaves no room at all.
		const { toRight } = laneSlots[i]!.roomAround(slot, width);
		if (best === -1 || toRight > room) {
			best = i;
			room = toRight;
		}
	}
	if (best !== -1) {
		return put(
			best,
			'start',
			room < MIN_LABEL_PX ? '' : truncate(mark.label, room, style(slot.locked))
		);
	}
	// 3. Every lane has something where the mark goes: the lane where cutting the labels in
	// the way loses least gives way (a lane whose own marks are in the way comes last).
	let cheapest = 0;
	let cost = Infinity;
	for (let i = 0; i < laneSlots.length; i++) {
		let c = 0;
		for (const s of laneSlots[i]!.placed) {
			if (marksMeet(slot, s)) c += 1e6;
			if (!hasLabel(s) || !overlaps(slot.m0, slot.m1, s.l0, s.l1)) continue;
			// Cutting the selected label never; a more important one's only as a last resort.
			const above = Math.max(0, s.mark.item.importance - slot.mark.item.importance);
			c += s.locked ? 1e12 : (s.l1 - s.l0) * 1000 ** above;
		}
		if (c < cost) {
			cheapest = i;
			cost = c;
		}
	}
	for (const s of laneSlots[cheapest]!.placed) {
		if (!hasLabel(s) || s.locked || !overlaps(slot.m0, slot.m1, s.l0, s.l1)) continue;
		const keep = s.mark.anchor === 'start' ? slot.m0 - LABEL_GAP - s.mark.labelX : 0;
		const cut = keep < MIN_LABEL_PX ? '' : truncate(s.mark.label, keep, style(false));
		s.mark.label = cut;
		s.mark.truncated = true;
	}
	put(cheapest, 'start', '');
	// Its own label, where there is room after the mark.
	const { toRight } = laneSlots[cheapest]!.roomAround(slot, width);
	if (toRight >= MIN_LABEL_PX)
		mark.label = truncate(labelText(mark.item), toRight, style(slot.locked));
}

function labelText(item: TimelineItem): string {
	return item.provenance.status === 'disputed' ? `${item.title} (disputed)` : item.title;
}
