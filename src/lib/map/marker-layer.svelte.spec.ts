import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '$lib/data/types';
import type { MarkerView } from './layout.ts';
import { MarkerLayer, type LayerFrame } from './marker-layer.ts';

const place = (id: string): Place => ({ id, name: `Town ${id}`, lat: 0, lon: 0 }) as Place;

function marker(ids: string[], x: number, y: number, over: Partial<MarkerView> = {}): MarkerView {
	const places = ids.map(place);
	return {
		key: ids.join('+'),
		lead: places[0]!,
		places,
		events: [],
		count: ids.length * 2,
		name: `${places.map((p) => p.name).join(' and ')}, ${ids.length * 2} events`,
		label: places[0]!.name,
		cluster: false,
		diameter: 20,
		selected: false,
		hovered: false,
		dimmed: false,
		side: 'right',
		labelBox: { x: 14, y: -9, width: 60, height: 18 },
		x,
		y,
		...over
	};
}

const frame: LayerFrame = { shiftX: 0, shiftY: 0, width: 400, height: 300, marginX: 0, marginY: 0 };
const layers: MarkerLayer[] = [];
afterEach(() => layers.splice(0).forEach((l) => l.destroy()));

function setup() {
	const opened: [string, boolean][] = [];
	const layer = new MarkerLayer(32, 'sans-serif', {
		open: (m, byKeyboard) => opened.push([m.key, byKeyboard]),
		focus: () => {}
	});
	document.body.append(layer.element);
	layers.push(layer);
	const buttons = () => [...layer.element.querySelectorAll('button')];
	return { layer, opened, buttons };
}

/** The canvas's alpha at a point of the layer (its pixels may be scaled by the device ratio). */
function inkAt(layer: MarkerLayer, x: number, y: number): number {
	const canvas = layer.element.querySelector('canvas')!;
	const ratio = canvas.width / canvas.getBoundingClientRect().width;
	const data = canvas.getContext('2d')!.getImageData(x * ratio, y * ratio, 1, 1).data;
	return data[3]!;
}

describe('MarkerLayer', () => {
	it('gives each marker in view a named button and draws its dot, and nothing elsewhere', () => {
		const { layer, buttons } = setup();
		layer.update([marker(['a'], 100, 80), marker(['b', 'c'], 250, 200)], frame, null);
		expect(buttons().map((b) => b.id)).toEqual(['map-place-a', 'map-place-b']);
		expect(buttons()[1]!.getAttribute('aria-label')).toBe('Town b and Town c, 4 events');
		expect(buttons()[0]!.getAttribute('aria-expanded')).toBe('false');
		expect(buttons()[0]!.querySelector('.label')!.textContent).toBe('Town a');
		expect(inkAt(layer, 100, 80)).toBeGreaterThan(200);
		expect(inkAt(layer, 250, 200)).toBeGreaterThan(200);
		expect(inkAt(layer, 180, 150)).toBe(0);
	});

	it('leaves a marker out of view without a button, unless it is selected', () => {
		const { layer, buttons } = setup();
		layer.update([marker(['a'], 100, 80), marker(['far'], 900, 80)], frame, null);
		expect(buttons().map((b) => b.id)).toEqual(['map-place-a']);
		layer.update(
			[marker(['a'], 100, 80), marker(['far'], 900, 80, { selected: true })],
			frame,
			null
		);
		expect(buttons().map((b) => b.id)).toEqual(['map-place-a', 'map-place-far']);
		expect(buttons()[1]!.dataset.selected).toBe('true');
	});

	it('hands focus on to the marker led by the same place when a zoom regroups it', () => {
		const { layer, buttons } = setup();
		layer.update([marker(['a', 'b'], 100, 80), marker(['c'], 200, 80)], frame, null);
		buttons()[0]!.focus();
		layer.update(
			[marker(['c'], 220, 80), marker(['a'], 90, 70), marker(['b'], 130, 90)],
			frame,
			null
		);
		expect(document.activeElement?.id).toBe('map-place-a');
		// In the layout's order, which is the tab order.
		expect(buttons().map((b) => b.id)).toEqual(['map-place-c', 'map-place-a', 'map-place-b']);
	});

	it('opens a marker on click, saying whether the keyboard did it', () => {
		const { layer, buttons, opened } = setup();
		layer.update([marker(['a'], 100, 80)], frame, null);
		buttons()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
		buttons()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
		expect(opened).toEqual([
			['a', false],
			['a', true]
		]);
	});
});
