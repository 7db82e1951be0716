/**
 * A story as one SVG picture: title, timeline, map, credit and the "Event Atlas" mark. Made
 * from the same layout maths as the page (timeline lanes and ticks from $lib/timeline, the map's
 * projection, markers and labels from $lib/map), so the picture is the graphic, not a sketch of
 * it. Pure string building: the build rasterises it (raster.server.ts) for social cards and
 * fallbacks; the explorer's "Download image" draws the reader's current view with it.
 */
import { storyCredit } from '$lib/data/credit';
import { formatIsoDay, formatWhen } from '$lib/data/format';
import type { Story, StoryEvent } from '$lib/data/types';
import { symbolPath } from '$lib/graphics/symbols';
import { decodeLine, type Basemap } from '$lib/map/basemap';
import { project, unwrapPlaces } from '$lib/map/geo';
import { journeyLegs } from '$lib/map/journey';
import { mapLayout } from '$lib/map/layout';
import { textWidth } from '$lib/measure';
import { escapeHtml } from '$lib/embed/snippet';
import { drawTimeline } from './image-timeline';
import { INK } from './ink';

export { INK };

export interface ImageInput {
	story: Story;
	basemap: Basemap | null;
	/** 'card': the 1200×630 social card; 'full': the whole default view (or the reader's). */
	kind: 'card' | 'full';
	width: number;
	height: number;
	/** The font the text is set in (the build embeds Inter; the browser uses the page's). */
	font: string;
	selectedId?: string | null;
	/** The timeline's window; the whole story when null. */
	window?: [number, number] | null;
	/** The events shown (a reader's filters); all of them by default. */
	events?: StoryEvent[];
	/** Citations to print under the picture (a download for print). */
	citations?: string[];
}

const esc = escapeHtml;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Words into lines no wider than `width` px, at most `max` lines (the last cut with …). */
export function wrapText(text: string, width: number, size: number, weight = 400, max = 3) {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, { size, weight }) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length > max) {
		lines.length = max;
		lines[max - 1] = `${lines[max - 1]!.replace(/\s*\S+$/, '')} …`;
	}
	return lines;
}

function textLines(
	lines: string[],
	x: number,
	y: number,
	size: number,
	attrs: string,
	lineHeight = 1.25
): string {
	return lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${r1(y + i * size * lineHeight)}" font-size="${size}" ${attrs}>${esc(line)}</text>`
		)
		.join('');
}

/** The map: land, borders, journeys, markers and their labels, fitted to the story's places. */
export function drawMap(
	input: ImageInput,
	box: { x: number; y: number; width: number; height: number }
): string {
	const { story, basemap } = input;
	const events = input.events ?? story.events;
	const places = unwrapPlaces(story.places).filter((p) =>
		events.some((e) => e.places.includes(p.id))
	);
	const shown = places.length ? places : unwrapPlaces(story.places);
	// Fit the places at a fractional zoom: world pixels scale with 2^zoom.
	const pad = 48;
	const at0 = shown.map((p) => project(p, 0));
	const xs = at0.map((p) => p[0]);
	const ys = at0.map((p) => p[1]);
	const spanX = Math.max(Math.max(...xs) - Math.min(...xs), 1e-3);
	const spanY = Math.max(Math.max(...ys) - Math.min(...ys), 1e-3);
	const fit = Math.min((box.width - 2 * pad) / spanX, (box.height - 2 * pad) / spanY);
	const zoom = Math.min(Math.log2(fit), 9);
	const scale = 2 ** zoom;
	const cx = ((Math.max(...xs) + Math.min(...xs)) / 2) * scale;
	const cy = ((Math.max(...ys) + Math.min(...ys)) / 2) * scale;
	const view = {
		zoom,
		originX: cx - box.width / 2,
		originY: cy - box.height / 2,
		width: box.width,
		height: box.height
	};
	const toXY = (lat: number, lon: number) => {
		const [x, y] = project({ lat, lon }, zoom);
		return `${r1(x - view.originX)},${r1(y - view.originY)}`;
	};
	const path = (rings: number[][], close: boolean) =>
		basemap
			? rings
					.map(
						(ring) =>
							'M' +
							decodeLine(ring, basemap.quantum)
								.map(([lat, lon]) => toXY(lat, lon))
								.join('L') +
							(close ? 'Z' : '')
					)
					.join('')
			: '';

	const byPlace = new Map<string, StoryEvent[]>(story.places.map((p) => [p.id, []]));
	for (const e of events) for (const id of e.places) byPlace.get(id)?.push(e);
	const selected = events.find((e) => e.id === input.selectedId) ?? null;
	const layout = mapLayout({
		places: shown,
		eventsByPlace: byPlace,
		inWindow: new Set(events.map((e) => e.id)),
		selected,
		hovered: null,
		countries: basemap?.labels ?? [],
		view,
		targetSize: 32,
		measure: (text, kind, rank = 1) =>
			kind === 'place'
				? textWidth(text, { size: 13, weight: 600 }) + 4
				: textWidth(text, {
						size: rank === 1 ? 15 : 13,
						weight: 500,
						letterSpacing: 1.5,
						smallCaps: true
					}) + 4
	});

	const byId = new Map(shown.map((p) => [p.id, p]));
	const legs = story.journeys.flatMap((j) => journeyLegs(j, byId));
	const out: string[] = [
		`<g transform="translate(${box.x},${box.y})">`,
		`<clipPath id="map-clip"><rect width="${box.width}" height="${box.height}" rx="6"/></clipPath>`,
		`<g clip-path="url(#map-clip)">`,
		`<rect width="${box.width}" height="${box.height}" fill="${INK.sea}"/>`,
		`<path d="${path(basemap?.land ?? [], true)}" fill="${INK.land}" fill-rule="evenodd" stroke="${INK.border}" stroke-width="0.6"/>`,
		`<path d="${path(basemap?.borders ?? [], false)}" fill="none" stroke="${INK.border}" stroke-width="0.8" stroke-dasharray="3 2"/>`
	];
	for (const c of layout.countries.filter((c) => c.shown))
		out.push(
			`<text x="${r1(c.x)}" y="${r1(c.y)}" text-anchor="middle" font-size="${c.rank === 1 ? 13 : 11}" letter-spacing="1.5" fill="${INK.muted}">${esc(c.name.toUpperCase())}</text>`
		);
	for (const leg of legs)
		out.push(
			`<path d="M${leg.path.map(([lat, lon]) => toXY(lat, lon)).join('L')}" fill="none" stroke="${INK.muted}" stroke-width="1.5" stroke-dasharray="5 3"/>`
		);
	const markers = [...layout.markers].sort((a, b) => Number(a.selected) - Number(b.selected));
	for (const m of markers) {
		const fill = m.selected ? INK.accent : m.dimmed ? '#c8c8c8' : INK.text;
		out.push(
			`<circle cx="${r1(m.x)}" cy="${r1(m.y)}" r="${m.diameter / 2}" fill="${fill}" fill-opacity="${m.selected ? 1 : 0.8}" stroke="${INK.bg}" stroke-width="2"/>`,
			`<text x="${r1(m.x)}" y="${r1(m.y + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${INK.bg}">${m.events.length}</text>`
		);
		if (m.labelBox)
			out.push(
				`<text x="${r1(m.x + m.labelBox.x + 2)}" y="${r1(m.y + m.labelBox.y + m.labelBox.height / 2 + 4.5)}" font-size="13" font-weight="600" fill="${m.selected ? INK.accent : INK.text}" stroke="${INK.bg}" stroke-width="3" paint-order="stroke">${esc(m.label)}</text>`
			);
	}
	out.push(
		`</g><rect width="${box.width}" height="${box.height}" rx="6" fill="none" stroke="${INK.rule}"/></g>`
	);
	return out.join('');
}

/** The "Event Atlas" mark: a small star and the name, right-aligned at (x, y). */
function mark(x: number, y: number, size: number): string {
	const w = textWidth('Event Atlas', { size, weight: 700 });
	return (
		`<path d="${symbolPath('star', size * 0.45)}" transform="translate(${r1(x - w - size * 0.9)},${r1(y - size * 0.35)})" fill="${INK.accent}"/>` +
		`<text x="${x}" y="${y}" text-anchor="end" font-size="${size}" font-weight="700" fill="${INK.text}">Event Atlas</text>`
	);
}

/** The whole picture as an SVG document. */
export function storyImageSvg(input: ImageInput): string {
	const { story, width, height } = input;
	const font = esc(input.font);
	const credit = storyCredit(story);
	const body: string[] = [];
	const M = 40;
	if (input.kind === 'card') {
		// Left: the mark, the title, the timeline and the credit; right: the map.
		const left = 560;
		body.push(mark(left - M, M + 18, 22));
		const title = wrapText(story.title, left - 2 * M, 44, 700, 4);
		body.push(textLines(title, M, M + 100, 44, `font-weight="700" fill="${INK.text}"`, 1.15));
		const timelineY = height - M - 190;
		body.push(drawTimeline(input, { x: M, y: timelineY, width: left - 2 * M, lanes: 4 }));
		const creditLines = wrapText(credit, left - 2 * M, 14, 400, 2);
		body.push(textLines(creditLines, M, height - M - 8, 14, `fill="${INK.muted}"`));
		body.push(drawMap(input, { x: left, y: 0, width: width - left, height }));
		return svg(width, height, font, body.join(''));
	}
	const titleLines = wrapText(story.title, width - 2 * M, 34, 700, 2);
	body.push(textLines(titleLines, M, M + 30, 34, `font-weight="700" fill="${INK.text}"`, 1.15));
	let y = M + 30 + titleLines.length * 34 * 1.15;
	const dek = wrapText(story.dek, width - 2 * M, 18, 400, 2);
	body.push(textLines(dek, M, y + 4, 18, `fill="${INK.muted}"`, 1.35));
	y += dek.length * 18 * 1.35 + 20;
	const citations = input.citations ?? [];
	const footer = 64 + citations.length * 18;
	body.push(drawTimeline(input, { x: M, y, width: width - 2 * M, lanes: 5 }));
	y += 200;
	body.push(drawMap(input, { x: M, y, width: width - 2 * M, height: height - y - footer - 8 }));
	const fy = height - footer + 24;
	body.push(
		textLines(wrapText(credit, width - 2 * M - 180, 14, 400, 1), M, fy, 14, `fill="${INK.muted}"`),
		mark(width - M, fy, 18)
	);
	body.push(textLines(citations, M, fy + 40, 12, `fill="${INK.muted}"`, 1.5));
	return svg(width, height, font, body.join(''));
}

function svg(width: number, height: number, font: string, body: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
		`<rect width="${width}" height="${height}" fill="${INK.bg}"/>${body}</svg>`
	);
}

/** "Title (13 Sep 2023): Publisher, date, url" for each event shown: what a print page cites. */
export function citationsOf(story: Story, events: StoryEvent[]): string[] {
	const source = story.sources[0];
	return events.map((e) => {
		const cited = [
			...(e.provenance.context ?? []).map((c) => c.citation),
			...(e.provenance.correction ? [e.provenance.correction.citation] : [])
		];
		const from = cited.length
			? cited
					.map((c) =>
						[c.publisher, c.date ? formatIsoDay(c.date) : '', c.url].filter(Boolean).join(', ')
					)
					.join('; ')
			: source
				? `${source.publisher}, ${formatIsoDay(source.published)}`
				: '';
		return `${formatWhen(e.when)} ${e.title}: ${from}`;
	});
}
