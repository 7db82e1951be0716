/**
 * The timeline's view, shared by its parts through context (as `map/context.svelte.ts` does
 * for the map): the visible window (updated every frame of a gesture), the time scale, the
 * x position of a time in view, and `zoomTo`. The explorer's window (`ExplorerState.window`,
 * which the map, the list and the address bar read) is written only when a gesture settles.
 */
import { getContext, setContext } from 'svelte';
import type { ZoomController } from './gestures';
import type { TimeScale } from './scale';
import { transformFor, windowFor, type Transform } from './view';

const KEY = Symbol('timeline-view');

export class TimelineView {
	/** The visible window, UTC ms. */
	window = $state.raw<[number, number]>([0, 1]);
	scale = $state.raw<TimeScale>() as TimeScale;
	/** The gesture layer's zoom, once loaded. */
	controller: ZoomController | null = null;

	constructor(
		scale: TimeScale,
		window: [number, number],
		/** Called when the window settles (end of a gesture or of a zoomTo without gestures). */
		readonly onsettle: (window: [number, number]) => void
	) {
		this.scale = scale;
		this.window = window;
	}

	/** The window in base px of the scale (the whole story is [0, width]). */
	get px(): [number, number] {
		return [this.scale.x(this.window[0]), this.scale.x(this.window[1])];
	}

	/** Where time `t` is drawn, in px from the left edge of the view. */
	x = (t: number): number => {
		const [p0, p1] = this.px;
		return ((this.scale.x(t) - p0) / (p1 - p0)) * this.scale.width;
	};

	/** The time at px from the left edge of the view. */
	invert = (px: number): number => {
		const [p0, p1] = this.px;
		return this.scale.invert(p0 + (px / this.scale.width) * (p1 - p0));
	};

	transform(window: [number, number] = this.window): Transform {
		const { scale } = this;
		return transformFor([scale.x(window[0]), scale.x(window[1])], [0, scale.width], scale.width);
	}

	/** Reads a zoom transform (from d3-zoom) into the window. */
	fromTransform(t: Transform): void {
		const { scale } = this;
		const [a, b] = windowFor(t, [0, scale.width], scale.width);
		this.window = [scale.invert(a), scale.invert(b)];
	}

	/** Show `window`, animated or not; settles at once without the gesture layer. */
	zoomTo(window: [number, number], { animate = false }: { animate?: boolean } = {}): void {
		if (this.controller) this.controller.apply(this.transform(window), animate);
		else {
			this.window = window;
			this.onsettle(window);
		}
	}
}

export function setTimelineView(view: TimelineView): TimelineView {
	return setContext(KEY, view);
}

export function getTimelineView(): TimelineView {
	const view = getContext<TimelineView | undefined>(KEY);
	if (!view) throw new Error('timeline parts must be rendered inside <Timeline>');
	return view;
}
