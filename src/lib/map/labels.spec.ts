import { describe, expect, it } from 'vitest';
import {
	labelBox,
	layoutLabels,
	SIDES_BELOW_POPUP,
	type LabelRequest,
	type Side
} from './labels.ts';

const place = (id: string, x: number, y: number, width = 60): LabelRequest => ({
	id,
	x,
	y,
	radius: 10,
	width,
	height: 18
});
const view = { x: 0, y: 0, width: 400, height: 300 };

describe('labelBox', () => {
	it.each([
		{ side: 'right', expected: { x: 114, y: 91, width: 60, height: 18 } },
		{ side: 'left', expected: { x: 26, y: 91, width: 60, height: 18 } },
		{ side: 'top', expected: { x: 70, y: 68, width: 60, height: 18 } },
		{ side: 'bottom', expected: { x: 70, y: 114, width: 60, height: 18 } },
		{ side: 'top-right', expected: { x: 109, y: 73, width: 60, height: 18 } },
		{ side: 'bottom-left', expected: { x: 31, y: 109, width: 60, height: 18 } }
	] as { side: Side; expected: object }[])('$side of a dot at 100,100', ({ side, expected }) => {
		expect(labelBox(place('a', 100, 100), side)).toEqual(expected);
	});
});

describe('layoutLabels', () => {
	it.each([
		{
			name: 'a lone place takes the right',
			places: [place('a', 100, 100)],
			sides: { a: 'right' }
		},
		{
			name: 'a neighbour on the right pushes the label left',
			places: [place('a', 100, 100), place('b', 140, 100)],
			sides: { a: 'left', b: 'right' }
		},
		{
			name: 'the right edge of the view pushes it left',
			places: [place('a', 380, 100)],
			sides: { a: 'left' }
		},
		{
			name: 'a label never covers another dot, so a long one goes above',
			places: [place('a', 100, 100, 200), place('b', 250, 100)],
			sides: { a: 'top', b: 'right' }
		},
		{
			name: 'the first place wins the space',
			places: [place('a', 100, 100), place('b', 100, 115)],
			sides: { a: 'right', b: 'left' }
		},
		{
			name: 'then the second tries the rest in turn',
			places: [place('a', 100, 100), place('b', 100, 115), place('c', 30, 115)],
			sides: { a: 'right', b: 'bottom', c: 'top' }
		},
		{
			name: 'at the edge, with a neighbour on the left, a diagonal below the dot',
			places: [place('a', 227, 149, 180), place('b', 296, 166, 139)],
			sides: { a: 'left', b: 'bottom-left' },
			width: 356
		},
		{
			name: 'boxed in on every side: hidden',
			places: [
				place('a', 200, 150, 30),
				place('b', 200, 120, 30),
				place('c', 200, 180, 30),
				place('d', 170, 150, 30),
				place('e', 230, 150, 30),
				place('f', 175, 125, 30),
				place('g', 225, 125, 30),
				place('h', 175, 175, 30),
				place('i', 225, 175, 30)
			].reverse(),
			sides: { a: undefined }
		}
	] as { name: string; places: LabelRequest[]; sides: object; width?: number }[])(
		'$name',
		({ places, sides, width }) => {
			const layout = layoutLabels(places, [], { ...view, width: width ?? view.width });
			for (const [id, side] of Object.entries(sides)) expect(layout.sides.get(id)).toBe(side);
		}
	);

	it('never lets two labels, or a label and a dot, overlap', () => {
		const places = [40, 70, 100, 130, 160].flatMap((x) => [
			place(`${x}a`, x, 100),
			place(`${x}b`, x + 5, 130)
		]);
		const layout = layoutLabels(places, [], view);
		const boxes = places.flatMap((p) => {
			const side = layout.sides.get(p.id);
			return [
				{ x: p.x - 10, y: p.y - 10, width: 20, height: 20, id: p.id },
				...(side ? [{ ...labelBox(p, side), id: `${p.id} label` }] : [])
			];
		});
		for (const a of boxes)
			for (const b of boxes) {
				if (a === b || (a.id.startsWith(b.id) && b.id.length + 6 === a.id.length)) continue;
				if (b.id.startsWith(a.id) && a.id.length + 6 === b.id.length) continue;
				const overlap =
					a.x < b.x + b.width &&
					b.x < a.x + a.width &&
					a.y < b.y + b.height &&
					b.y < a.y + a.height;
				expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
			}
	});

	it.each([
		{
			name: 'a country label clear of everything shows',
			countries: [{ id: 'ru', name: 'Russia', x: 300, y: 50, width: 60, height: 16 }],
			shown: ['ru']
		},
		{
			name: 'a country label under a place label hides',
			countries: [{ id: 'cn', name: 'China', x: 140, y: 100, width: 50, height: 16 }],
			shown: []
		},
		{
			name: 'a country label partly out of view hides',
			countries: [{ id: 'jp', name: 'Japan', x: 390, y: 200, width: 50, height: 16 }],
			shown: []
		},
		{
			name: 'one label per country: the first that fits',
			countries: [
				{ id: 'ru1', name: 'Russia', x: 140, y: 100, width: 60, height: 16 },
				{ id: 'ru2', name: 'Russia', x: 300, y: 50, width: 60, height: 16 },
				{ id: 'ru3', name: 'Russia', x: 300, y: 250, width: 60, height: 16 }
			],
			shown: ['ru2']
		}
	])('$name', ({ countries, shown }) => {
		const layout = layoutLabels([place('a', 100, 100)], countries, view);
		expect([...layout.countries]).toEqual(shown);
	});
});

describe('a marker with its popup open', () => {
	it('keeps its label out of the top, where the popup opens', () => {
		const open = { ...place('a', 200, 100, 60), sides: SIDES_BELOW_POPUP };
		// Right and left are taken by neighbours' dots: below, not above.
		const layout = layoutLabels([open, place('b', 250, 100), place('c', 150, 100)], [], view);
		expect(layout.sides.get('a')).toBe('bottom');
	});
});
