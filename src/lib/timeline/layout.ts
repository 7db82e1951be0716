/**
 * Places marks and labels in lanes so that labels never collide: items are taken in time
 * order; each goes to the first lane that is free at its start, or, when all lanes are taken,
 * to the lane that frees up first, cutting the label of the item before it short.
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
	/** Label text as drawn ('' when hidden), and where it starts (px). */
	label: string;
	labelX: number;
	/** 'end' when the label sits left of its mark (a selected label near the right edge). */
	anchor: 'start' | 'end';
	truncated: boolean;
}

export interface LayoutOptions {
	/** Maps a time to px. */
	x: (t: number) => number;
	width: number;
	lanes: number;
	selectedId?: string | null;
}

export function layoutMarks(items: readonly TimelineItem[], options: LayoutOptions): PlacedMark[] {
	const { x, width, lanes } = options;
	const laneEnd = new Array<number>(lanes).fill(-Infinity);
	const laneLast = new Array<PlacedMark | null>(lanes).fill(null);
	const placed: PlacedMark[] = [];

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
		const labelX = cx + r + 4;
		const fullLabel = labelText(item);
		const right = Math.max(
			bar ? bar.x1 : cx + r,
			labelX + textWidth(fullLabel, { size: LABEL_SIZE })
		);
		const left = Math.min(bar ? bar.x0 : cx - r, cx - r);

		let lane = laneEnd.findIndex((end) => end + LABEL_GAP <= left);
		if (lane === -1) {
			lane = laneEnd.indexOf(Math.min(...laneEnd));
			const previous = laneLast[lane];
			if (previous) fitLabel(previous, left - LABEL_GAP - previous.labelX);
		}
		const mark: PlacedMark = {
			item,
			lane,
			cx,
			r,
			bar,
			label: fullLabel,
			labelX,
			anchor: 'start',
			truncated: false
		};
		fitLabel(mark, width - labelX - 2);
		placed.push(mark);
		laneEnd[lane] = right;
		laneLast[lane] = mark;
	}

	const selected = placed.find((m) => m.item.id === options.selectedId);
	if (selected) {
		// The selected label is always shown in full (and drawn bold); labels it now covers
		// give way, and near the right edge it moves to the left of its mark.
		selected.label = labelText(selected.item);
		selected.truncated = false;
		const labelWidth = textWidth(selected.label, { size: LABEL_SIZE, weight: 700 });
		if (selected.labelX + labelWidth > width && selected.cx - selected.r - 4 - labelWidth >= 0) {
			selected.labelX = selected.cx - selected.r - 4;
			selected.anchor = 'end';
		}
		const [start, end] =
			selected.anchor === 'end'
				? [selected.labelX - labelWidth, selected.cx + selected.r]
				: [selected.cx - selected.r, selected.labelX + labelWidth];
		for (const m of placed) {
			if (m === selected || m.lane !== selected.lane || !m.label) continue;
			const mEnd = m.labelX + textWidth(m.label, { size: LABEL_SIZE });
			if (m.cx - m.r < end && mEnd > start) {
				m.label = '';
				m.truncated = true;
			}
		}
	}
	return placed;
}

function labelText(item: TimelineItem): string {
	return item.provenance.status === 'disputed' ? `${item.title} (disputed)` : item.title;
}

function fitLabel(mark: PlacedMark, maxPx: number) {
	if (textWidth(mark.label, { size: LABEL_SIZE }) <= maxPx) return;
	const full = labelText(mark.item);
	mark.label = maxPx < MIN_LABEL_PX ? '' : truncate(full, maxPx, { size: LABEL_SIZE });
	mark.truncated = true;
}
