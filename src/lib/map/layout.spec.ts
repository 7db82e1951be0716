import { describe, expect, it } from 'vitest';
import { summitStory } from '$test/story';
import type { StoryEvent } from '$lib/data/types';
import { estimateWidth, fitView } from '$test/map';
import { project, type Rect } from './geo.ts';
import { mapLayout, PlaceGrouper, prepareView, type LayoutInput } from './layout.ts';
import { syntheticPlacesStory } from './synthetic.ts';

/** Country names as a basemap of the region would anchor them (overview zooms). */
const COUNTRIES: LayoutInput['countries'] = [
	{ name: 'Russia', lat: 53.6, lon: 116.5, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'Russia', lat: 56, lon: 130, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'Russia', lat: 48.5, lon: 134.8, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'China', lat: 45.2, lon: 124.5, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'North Korea', lat: 40.15, lon: 127, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'North Korea', lat: 40.9, lon: 128.3, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'North Korea', lat: 39.4, lon: 126.9, minZoom: 0, maxZoom: 6, rank: 1 },
	{ name: 'Japan', lat: 36.6, lon: 138.6, minZoom: 0, maxZoom: 99, rank: 1 }
];

const story = summitStory();
const byPlace = new Map<string, StoryEvent[]>(story.places.map((p) => [p.id, []]));
for (const e of story.events) for (const id of e.places) byPlace.get(id)?.push(e);
const event = (id: string) => story.events.find((e) => e.id === id)!;

/** The first view as MapView makes it: all places fitted with 40 px of padding. */
function input(size: { width: number; height: number }, overrides: Partial<LayoutInput> = {}) {
	return {
		places: story.places,
		eventsByPlace: byPlace,
		inWindow: new Set(story.events.map((e) => e.id)),
		selected: null,
		hovered: null,
		countries: COUNTRIES,
		view: fitView(story.places, size, 40),
		targetSize: size.width < 500 ? 44 : 32,
		measure: (text: string, kind: 'place' | 'country') =>
			kind === 'place' ? estimateWidth(text, 13) : estimateWidth(text, 12, 1.5),
		...overrides
	} satisfies LayoutInput;
}

const overlap = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const sizes = [
	{ name: 'desktop', width: 740, height: 555 },
	{ name: 'phone', width: 358, height: 447 }
];

describe.each(sizes)('the first view on $name', (size) => {
	const layout = mapLayout(input(size));
	const lead = (id: string) => layout.markers.find((m) => m.lead.id === id);

	it.each(['pyongyang', 'vladivostok', 'vostochny'])('labels %s, beside its own marker', (id) => {
		const marker = lead(id);
		expect(marker).toBeDefined();
		expect(marker!.side).not.toBeNull();
		expect(marker!.name).toMatch(new RegExp(`^${marker!.lead.name}\\b.*, \\d+ events?$`));
	});

	it('places no target over another, and no label over a dot or a label', () => {
		const { markers } = layout;
		const boxes: { id: string; box: Rect }[] = [];
		for (const m of markers) {
			const r = m.diameter / 2;
			boxes.push({ id: m.key, box: { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r } });
			if (m.labelBox) {
				// The label as MapMarker draws it: its box, relative to the dot, at least as wide as its text.
				const { x, y, width, height } = m.labelBox;
				expect(width).toBeGreaterThanOrEqual(estimateWidth(m.label, 13));
				boxes.push({ id: `${m.key} label`, box: { x: m.x + x, y: m.y + y, width, height } });
			}
			for (const n of markers)
				if (n !== m)
					expect(Math.hypot(n.x - m.x, n.y - m.y)).toBeGreaterThanOrEqual(input(size).targetSize);
		}
		for (const a of boxes)
			for (const b of boxes)
				if (a !== b && a.id.split(' ')[0] !== b.id.split(' ')[0])
					expect(overlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
	});

	it('keeps every marker and label in view', () => {
		for (const m of layout.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(size.width);
			expect(m.y).toBeGreaterThan(0);
			expect(m.y).toBeLessThan(size.height);
		}
	});

	it('names Russia, China and North Korea', () => {
		const shown = layout.countries.filter((c) => c.shown).map((c) => c.name);
		expect(shown).toEqual(expect.arrayContaining(['Russia', 'China', 'North Korea']));
		expect(new Set(shown).size).toBe(shown.length);
	});
});

describe('the state on the map', () => {
	const size = sizes[0]!;
	it('selects the markers of the selected event, and only those', () => {
		const layout = mapLayout(input(size, { selected: event('summit-2023') }));
		const selected = layout.markers.filter((m) => m.selected).map((m) => m.lead.id);
		expect(selected).toEqual(['vostochny']);
	});

	it('dims the markers with no event in the window', () => {
		const inWindow = new Set(
			story.events.filter((e) => e.date.startsWith('2019')).map((e) => e.id)
		);
		const layout = mapLayout(input(size, { inWindow }));
		const lit = layout.markers.filter((m) => !m.dimmed).map((m) => m.lead.id);
		expect(lit).toEqual(['vladivostok']);
	});

	it('gives the selected marker its label first', () => {
		const layout = mapLayout(input(size, { selected: event('summit-2019') }));
		const vladivostok = layout.markers.find((m) => m.lead.id === 'vladivostok')!;
		expect(vladivostok.selected).toBe(true);
		expect(vladivostok.side).not.toBeNull();
	});

	it('splits Vladivostok and the university when zoomed in on them', () => {
		const [x, y] = project({ lat: 43.08, lon: 131.9 }, 9);
		const view = { zoom: 9, originX: x - 370, originY: y - 277, ...size };
		const layout = mapLayout(input(size, { view }));
		const ids = layout.markers.filter((m) => m.x > 0 && m.x < 740).map((m) => m.key);
		expect(ids).toEqual(expect.arrayContaining(['vladivostok', 'fefu']));
	});
});

describe('a zoom step made ready while the reader is idle', () => {
	// 2,000 places over Europe, none of the summit story's: the markers a step away are named,
	// counted and measured ahead, and the step then shows what it would have made on the spot.
	const big = syntheticPlacesStory(2000);
	const eventsByPlace = new Map<string, StoryEvent[]>(big.places.map((p) => [p.id, []]));
	for (const e of big.events) for (const id of e.places) eventsByPlace.get(id)?.push(e);
	const size = { width: 740, height: 555 };
	const [cx, cy] = project({ lat: 48.86, lon: 2.35 }, 6);
	const view = { zoom: 6, originX: cx - 370, originY: cy - 277, ...size };
	const base = (groups: LayoutInput['groups'], measure: LayoutInput['measure']) =>
		mapLayout({
			places: big.places,
			eventsByPlace,
			inWindow: new Set(big.events.map((e) => e.id)),
			selected: null,
			hovered: null,
			countries: [],
			view,
			targetSize: 32,
			maxZoom: 12,
			groups,
			measure
		});
	const shown = (layout: ReturnType<typeof mapLayout>) =>
		layout.markers.map((m) => [m.key, m.name, m.label, m.count, m.side, m.x, m.y]);

	it('shows the same markers and labels as a step made on the spot', () => {
		const measured: string[] = [];
		const measure = (text: string) => (measured.push(text), estimateWidth(text, 13));
		const ready = new PlaceGrouper(big.places, eventsByPlace, 32);
		const groups = ready.at(6);
		expect(prepareView({ groups, view, eventsByPlace, maxZoom: 12, measure }, () => true)).toBe(
			true
		);
		// Every marker the view draws had its label measured ahead.
		const layout = base(groups, measure);
		expect(layout.markers.length).toBeGreaterThan(20);
		for (const m of layout.markers) expect(measured).toContain(m.label);
		const fresh = base(new PlaceGrouper(big.places, eventsByPlace, 32).at(6), (t) =>
			estimateWidth(t, 13)
		);
		expect(shown(layout)).toEqual(shown(fresh));
	});

	it('stops when its time is up, and goes on from there', () => {
		const groups = new PlaceGrouper(big.places, eventsByPlace, 32).at(6);
		let calls = 0;
		const measure = (text: string) => (calls++, estimateWidth(text, 13));
		let budget = 10;
		expect(
			prepareView({ groups, view, eventsByPlace, maxZoom: 12, measure }, () => budget-- > 0)
		).toBe(false);
		expect(calls).toBe(10);
		expect(prepareView({ groups, view, eventsByPlace, maxZoom: 12, measure }, () => true)).toBe(
			true
		);
		const total = calls;
		// Nothing is made twice.
		expect(prepareView({ groups, view, eventsByPlace, maxZoom: 12, measure }, () => true)).toBe(
			true
		);
		expect(calls).toBe(total);
		expect(total).toBe(base(groups, measure).markers.length);
	});
});
