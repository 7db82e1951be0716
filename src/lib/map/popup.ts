/**
 * Where a marker's popup fits: its size for the map's size, and the pan that keeps it clear
 * of the map's edges and of the controls in the bottom corners (which stack above popups).
 * Boxes are in page pixels, as getBoundingClientRect gives them.
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Space kept between a popup and the map's edges or controls. */
export const POPUP_PAD = 12;

export function popupSize(
	map: { width: number; height: number },
	controls: number,
	diameter: number
) {
	const maxWidth = Math.min(300, map.width - 60);
	return {
		maxWidth,
		minWidth: Math.min(220, maxWidth),
		// Long lists scroll inside the popup rather than spill out of the map.
		maxHeight: Math.max(140, map.height - controls - diameter - 90)
	};
}

/**
 * The pan (Leaflet's panBy: positive moves the view right and down) that brings the popup
 * inside the frame, and above the corner controls under it when there is room for both.
 * `below` is what hangs under the popup's box: its tip and the marker.
 */
export function popupPan(popup: Box, frame: Box, corners: Box[], below: number): [number, number] {
	const pad = POPUP_PAD;
	const dx =
		Math.min(0, popup.left - frame.left - pad) || Math.max(0, popup.right - frame.right + pad);
	let dy = Math.min(0, popup.top - frame.top - pad);
	const under = corners.filter((c) => popup.left - dx < c.right && popup.right - dx > c.left);
	const floor = Math.min(...under.map((c) => c.top - pad), frame.bottom);
	const up = popup.bottom - dy + below - floor;
	if (up > 0 && popup.top - dy - up >= frame.top + pad) dy += up;
	return [dx, dy];
}
