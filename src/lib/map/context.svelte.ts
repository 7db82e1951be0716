/**
 * What the map's layers share: the Leaflet module, the map, and its view as reactive state
 * (updated when a move or zoom ends, never during one). Set by MapView, read by its children.
 */
import { getContext, setContext, untrack } from 'svelte';
import type * as Leaflet from 'leaflet';
import type { Rect } from './geo.ts';

const KEY = Symbol('event-map');

export class MapContext {
	zoom = $state(0);
	/** World pixel at the container's top-left corner, at `zoom`. */
	originX = $state(0);
	originY = $state(0);
	/** Leaflet's pixel origin: world pixel of the layer point (0, 0), where the marker layer's 0 is. Changes with the zoom only. */
	pixelOriginX = $state(0);
	pixelOriginY = $state(0);
	width = $state(0);
	height = $state(0);
	/** The controls' boxes, in container pixels: labels keep clear of them. */
	controls = $state<Rect[]>([]);

	constructor(
		readonly L: typeof Leaflet,
		readonly map: Leaflet.Map,
		/** The reader prefers reduced motion: move the view without animation. */
		readonly reducedMotion: boolean,
		/** Marker hit size in pixels: thumb-sized on touch screens. */
		readonly targetSize: number
	) {
		this.sync();
	}

	/**
	 * Options for moving the view: never animated with reduced motion; otherwise Leaflet's
	 * own choice (it animates short moves and jumps across long ones).
	 */
	get motion(): { animate?: boolean } {
		return this.reducedMotion ? { animate: false } : {};
	}

	private measuredWidth = -1;
	private measuredHeight = -1;

	/** Set when the map is removed: layers tearing down after it must not measure it. */
	removed = false;

	/**
	 * Reads the view from the map. Untracked: layers call it from their effects. `controls`:
	 * a control or the attribution changed, measure them again (else only when the size did).
	 */
	sync(controls = false): void {
		untrack(() => {
			if (this.removed) return;
			const min = this.map.getPixelBounds().min;
			const size = this.map.getSize();
			this.zoom = this.map.getZoom();
			this.originX = min?.x ?? 0;
			this.originY = min?.y ?? 0;
			const pixelOrigin = this.map.getPixelOrigin();
			this.pixelOriginX = pixelOrigin.x;
			this.pixelOriginY = pixelOrigin.y;
			this.width = size.x;
			this.height = size.y;
			// The controls move only with the map's size: measuring them forces a layout, which a
			// pan or zoom of thousands of markers should not pay.
			if (!controls && size.x === this.measuredWidth && size.y === this.measuredHeight) return;
			this.measuredWidth = size.x;
			this.measuredHeight = size.y;
			const container = this.map.getContainer();
			const frame = container.getBoundingClientRect();
			const boxes = [...container.querySelectorAll('.leaflet-control')].map((c) => {
				const r = c.getBoundingClientRect();
				return { x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height };
			});
			if (JSON.stringify(boxes) !== JSON.stringify(this.controls)) this.controls = boxes;
		});
	}
}

/** Set while MapView initialises; the map itself only exists once its element is attached. */
export function setMapContext(current: () => MapContext | null): void {
	setContext(KEY, current);
}

/** For layers, which MapView renders only once the map exists. */
export function getMapContext(): MapContext {
	const context = getContext<(() => MapContext | null) | undefined>(KEY)?.();
	if (!context) throw new Error('map layers must be rendered inside <MapView> once the map exists');
	return context;
}
