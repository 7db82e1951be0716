/**
 * The timeline in a picture: the one place the image asks $lib/timeline for its scale, lanes
 * and ticks, so a change to the page's timeline layout reaches the pictures through here.
 */
import type { StoryEvent } from '$lib/data/types';
import { symbolPath } from '$lib/graphics/symbols';
import { layoutMarks, LABEL_SIZE } from '$lib/timeline/layout';
import { timeScale } from '$lib/timeline/scale';
import { scaleAxis } from '$lib/timeline/ticks';
import { escapeHtml } from '$lib/embed/snippet';
import type { ImageInput } from './image';
import { INK } from './ink';

const LANE_H = 26;
const TOP = 8;

/**
 * Time to px over the window, on the page's own time scale: the story's long empty stretches
 * collapsed into breaks, as the page's default view draws them (Timeline.svelte's frameFor).
 */
export function timelineScale(
	story: ImageInput['story'],
	window: [number, number] | null,
	width: number
) {
	const whens = story.events.map((e) => e.when);
	const scale = timeScale(whens, story.gaps ?? [], story.extent, width);
	const shown = window ?? scale.domain;
	const [p0, p1] = [scale.x(shown[0]), scale.x(shown[1])];
	const x = (t: number) => ((scale.x(t) - p0) / (p1 - p0)) * width;
	return { x, scale, window: shown };
}

/** The timeline's scene for a picture: what the page's Timeline would lay out at this width. */
export function timelineScene(
	input: Pick<ImageInput, 'story' | 'events' | 'window' | 'selectedId'>,
	width: number,
	lanes: number
) {
	const events: StoryEvent[] = input.events ?? input.story.events;
	const { x, scale, window } = timelineScale(input.story, input.window ?? null, width);
	const visible = events.filter((e) => e.when.end >= window[0] && e.when.start <= window[1]);
	const marks = layoutMarks(visible, { x, width, lanes, selectedId: input.selectedId ?? null });
	return { marks, axis: scaleAxis(scale, window, width), x };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The timeline drawn at (x, y), `width` wide, `lanes` lanes of marks over its axis. */
export function drawTimeline(
	input: ImageInput,
	box: { x: number; y: number; width: number; lanes: number }
): string {
	const { marks, axis } = timelineScene(input, box.width, box.lanes);
	const colour = new Map(input.story.categories.map((c) => [c.id, INK.palette[c.colour]]));
	const symbol = new Map(input.story.categories.map((c) => [c.id, c.symbol]));
	const axisY = TOP + box.lanes * LANE_H + 6;
	const laneY = (lane: number) => TOP + lane * LANE_H + LANE_H / 2;
	const out: string[] = [`<g transform="translate(${box.x},${box.y})">`];
	for (const tick of axis.ticks) {
		const tx = r1((tick.x / 100) * box.width);
		out.push(
			`<line x1="${tx}" x2="${tx}" y1="0" y2="${axisY}" stroke="${INK.rule}" stroke-dasharray="2 3"/>`,
			`<text x="${tx}" y="${axisY + 18}" text-anchor="middle" font-size="12" fill="${INK.muted}">${escapeHtml(tick.label)}</text>`
		);
	}
	out.push(
		`<line x1="0" x2="${box.width}" y1="${axisY}" y2="${axisY}" stroke="${INK.muted}"/>`,
		axis.contexts?.length
			? axis.contexts
					.map(
						(c) =>
							`<text x="${r1((c.x / 100) * box.width)}" y="${axisY + 40}" text-anchor="middle" font-size="11" fill="${INK.muted}">${escapeHtml(c.label)}</text>`
					)
					.join('')
			: axis.context
				? `<text x="0" y="${axisY + 34}" font-size="11" fill="${INK.muted}">${escapeHtml(axis.context)}</text>`
				: ''
	);
	// A collapsed stretch: shaded, with how long it lasted under the axis (where it has no ticks).
	for (const b of axis.breaks ?? []) {
		const [x0, x1] = [r1((b.x0 / 100) * box.width), r1((b.x1 / 100) * box.width)];
		out.push(
			`<rect x="${x0}" y="0" width="${r1(x1 - x0)}" height="${axisY + 4}" fill="${INK.rule}" fill-opacity="0.35"/>`,
			...b.shown.map(
				(line, i) =>
					`<text x="${r1((x0 + x1) / 2)}" y="${axisY + 15 + i * 11}" text-anchor="middle" font-size="10" fill="${INK.muted}">${escapeHtml(line)}</text>`
			)
		);
	}
	for (const m of marks) {
		const selected = m.item.id === input.selectedId;
		const fill = selected ? INK.accent : (colour.get(m.item.category) ?? INK.text);
		const y = laneY(m.lane);
		// Under the text line, as on the page: a bar never crosses a label.
		if (m.bar)
			out.push(
				`<rect x="${r1(m.bar.x0)}" y="${y + 7}" width="${r1(Math.max(m.bar.x1 - m.bar.x0, 2))}" height="3" rx="1.5" fill="${fill}" fill-opacity="${m.bar.imprecise ? 0.25 : 0.45}"/>`
			);
		out.push(
			`<path d="${symbolPath(symbol.get(m.item.category) ?? 'circle', m.r)}" transform="translate(${r1(m.cx)},${y})" fill="${fill}" stroke="${INK.bg}" stroke-width="1"><title>${escapeHtml(m.item.title)}</title></path>`
		);
		if (m.label)
			out.push(
				`<text x="${r1(m.labelX)}" y="${y + 4}" text-anchor="${m.anchor}" font-size="${LABEL_SIZE}" font-weight="${selected ? 700 : 400}" fill="${selected ? INK.accent : INK.text}">${escapeHtml(m.label)}</text>`
			);
	}
	out.push('</g>');
	return out.join('');
}
