/**
 * The gesture layer, loaded on demand: d3-zoom for wheel, drag, pinch and double-click on
 * the detail view, d3-brush on the overview, and animated transitions. It is a separate
 * chunk (about 22 KB gzip) fetched when a reader first reaches for the timeline, so the page
 * itself stays within its budget; clicks, keys and buttons work without it.
 */
import { brushX, select, zoom, zoomIdentity } from 'd3';
import type { Transform } from './view';

export interface ZoomController {
	/** Show this transform, animated or not; emits zoom events without a source event. */
	apply(t: Transform, animate: boolean): void;
	destroy(): void;
}

export function attachZoom(
	node: HTMLElement,
	options: {
		width: number;
		height: number;
		maxZoom: number;
		initial: Transform;
		onzoom: (t: Transform, byUser: boolean) => void;
		onend: () => void;
	}
): ZoomController {
	const { width, height } = options;
	const behaviour = zoom<HTMLElement, unknown>()
		.scaleExtent([1, options.maxZoom])
		.extent([
			[0, 0],
			[width, height]
		])
		.translateExtent([
			[0, 0],
			[width, height]
		])
		.on('zoom', (event) => options.onzoom(event.transform, Boolean(event.sourceEvent)))
		.on('end', () => options.onend());
	const selection = select(node).call(behaviour);
	const toZoom = (t: Transform) => zoomIdentity.translate(t.x, 0).scale(t.k);
	selection.property('__zoom', toZoom(options.initial));
	return {
		apply(t, animate) {
			if (animate) selection.transition().duration(450).call(behaviour.transform, toZoom(t));
			else selection.interrupt().call(behaviour.transform, toZoom(t));
		},
		destroy() {
			selection.interrupt().on('.zoom', null);
		}
	};
}

export interface BrushController {
	/** Show a selection in px, or none (the whole story is in view). */
	move(px: [number, number] | null): void;
	destroy(): void;
}

export function attachBrush(
	node: SVGGElement,
	options: { width: number; height: number; onbrush: (px: [number, number]) => void }
): BrushController {
	const behaviour = brushX()
		.extent([
			[0, 0],
			[options.width, options.height]
		])
		.on('brush end', (event) => {
			if (!event.sourceEvent || !event.selection) return;
			const [a, b] = event.selection as [number, number];
			if (b - a >= 2) options.onbrush([a, b]);
		});
	// d3-brush owns only the nodes it adds to this group, which Svelte leaves empty.
	const g = select(node).call(behaviour);
	g.selectAll('.overlay, .selection, .handle').attr('aria-hidden', 'true');
	return {
		move(px) {
			g.call(behaviour.move, px);
		},
		destroy() {
			g.on('.brush', null);
			g.selectAll('*').remove();
		}
	};
}
