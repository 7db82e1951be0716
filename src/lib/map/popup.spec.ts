import { describe, expect, it } from 'vitest';
import { popupPan, popupSize, type Box } from './popup.ts';

const frame: Box = { left: 0, top: 0, right: 400, bottom: 500 };
const box = (left: number, top: number, width: number, height: number): Box => ({
	left,
	top,
	right: left + width,
	bottom: top + height
});
const zoom: Box = box(10, 400, 44, 90);
const reset: Box = box(300, 440, 90, 50);

describe('popupPan', () => {
	it.each([
		{ name: 'inside and clear: no pan', popup: box(100, 100, 200, 150), corners: [], pan: [0, 0] },
		{ name: 'over the top: pan up', popup: box(100, -40, 200, 150), corners: [], pan: [0, -52] },
		{
			name: 'over the right: pan right',
			popup: box(250, 100, 200, 150),
			corners: [],
			pan: [62, 0]
		},
		{ name: 'over the left: pan left', popup: box(-20, 100, 200, 150), corners: [], pan: [-32, 0] },
		{
			name: 'its marker under the zoom control: pan it up above',
			popup: box(20, 200, 200, 180),
			corners: [zoom],
			pan: [0, 16]
		},
		{
			name: 'no room above the controls: keep the top in view',
			popup: box(20, 20, 200, 380),
			corners: [zoom],
			pan: [0, 0]
		},
		{
			name: 'controls not under it: leave it low',
			popup: box(100, 200, 150, 180),
			corners: [zoom, reset],
			pan: [0, 0]
		}
	] as { name: string; popup: Box; corners: Box[]; pan: [number, number] }[])(
		'$name',
		({ popup, corners, pan }) => {
			expect(popupPan(popup, frame, corners, 24)).toEqual(pan);
		}
	);
});

describe('popupSize', () => {
	it.each([
		{
			map: { width: 740, height: 555 },
			expected: { maxWidth: 300, minWidth: 220, maxHeight: 381 }
		},
		{
			map: { width: 358, height: 447 },
			expected: { maxWidth: 298, minWidth: 220, maxHeight: 273 }
		},
		{ map: { width: 240, height: 200 }, expected: { maxWidth: 180, minWidth: 180, maxHeight: 140 } }
	])('in a $map.width × $map.height map', ({ map, expected }) => {
		expect(popupSize(map, 64, 20)).toEqual(expected);
	});
});
