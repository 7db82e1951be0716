/**
 * The map's markers as one layer in Leaflet's marker pane: every dot drawn on one canvas, and
 * over each dot a transparent button, the marker's target, accessible name and label text.
 *
 * Why not a component (or a Leaflet marker) per place: a zoom on a map of thousands of places
 * regroups every marker, and creating, styling and painting a few hundred components cost
 * 50–100 ms a step on a phone-class CPU. Plain buttons set only what changed, and a canvas
 * draws the dots in a few milliseconds. The buttons keep what a component gave: an id per
 * place (`map-place-<id>`), the name, the state as attributes, focus handed on to the marker
 * led by the same place when a zoom merges or splits the focused one, and the tab order of
 * the layout. Only markers in view have one (and the selected, open or focused marker): Tab
 * goes through what the reader sees, the arrow keys pan the map to the rest, and every place
 * is also reached through its events in the list.
 */
import type { Rect } from './geo.ts';
import type { Side } from './labels.ts';
import type { MarkerView } from './layout.ts';
import {
	COLOURS,
	dotLook,
	drawDigits,
	drawDot,
	writeCount,
	type Colour,
	type Digits,
	type Dot
} from './marker-dots.ts';

export interface LayerFrame {
	/** Container pixels to the marker pane's pixels (layer points). */
	shiftX: number;
	shiftY: number;
	/** The view's size, and how far around it the canvas draws (px). */
	width: number;
	height: number;
	marginX: number;
	marginY: number;
}

export interface LayerHandlers {
	/** A marker was chosen: by keyboard when the click came from Enter or Space. */
	open: (marker: MarkerView, byKeyboard: boolean) => void;
	/** A marker took focus (tabbing to one out of view brings it into view). */
	focus: (marker: MarkerView) => void;
}

/**
 * The label at its box (relative to the dot's centre, `half` px from the button's corner),
 * anchored on the side nearest the dot. Plain pixels, set in one write: a `calc()` or a
 * transform on each of a zoom's hundred labels cost the style pass a millisecond or more.
 * The box is the label's measured width and 4 px to spare (layout.ts): a label above or below
 * its dot starts 2 px in, so its text is centred on the dot.
 */
function labelStyle(label: HTMLElement, box: Rect, side: Side | null, half: number): void {
	const top = `top:${half + box.y}px;`;
	if (side === 'top' || side === 'bottom') label.style.cssText = `${top}left:${half + box.x + 2}px`;
	else if (side?.endsWith('left'))
		label.style.cssText = `${top}right:${half - box.x - box.width}px`;
	else label.style.cssText = `${top}left:${half + box.x}px`;
}

/** What a button last showed, so an update writes only what changed. */
interface Shown {
	marker: MarkerView;
	x: number;
	y: number;
	z: string;
	open: boolean;
	labelKey: string;
	label: HTMLSpanElement | null;
}

export class MarkerLayer {
	readonly element: HTMLDivElement;
	private readonly canvas: HTMLCanvasElement;
	private readonly probe: HTMLSpanElement;
	private readonly buttons = new Map<string, HTMLButtonElement>();
	private readonly shown = new WeakMap<HTMLButtonElement, Shown>();
	private markers: MarkerView[] = [];
	private frame: LayerFrame | null = null;
	/** The lead place of a focused marker that a regroup removed: its successor takes focus. */
	private pendingFocus: string | null = null;
	private readonly cleanup: (() => void)[] = [];

	constructor(
		private readonly targetSize: number,
		private readonly font: string,
		private readonly handlers: LayerHandlers
	) {
		this.element = document.createElement('div');
		this.element.className = 'place-layer leaflet-zoom-animated';
		this.element.style.setProperty('--target', `${targetSize}px`);
		this.canvas = document.createElement('canvas');
		this.canvas.className = 'place-dots';
		this.canvas.setAttribute('aria-hidden', 'true');
		this.probe = document.createElement('span');
		this.probe.hidden = true;
		this.element.append(this.canvas, this.probe);

		const marker = (event: Event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button.place');
			return button && this.shown.get(button)?.marker;
		};
		const click = (event: MouseEvent) => {
			const m = marker(event);
			if (m) this.handlers.open(m, event.detail === 0);
		};
		const focusin = (event: FocusEvent) => {
			const m = marker(event);
			if (m) this.handlers.focus(m);
		};
		this.element.addEventListener('click', click);
		this.element.addEventListener('focusin', focusin);
		// The dots follow the theme and the font: draw again when either changes.
		const redraw = () => {
			this.palette = null;
			this.sprites.clear();
			this.digits.clear();
			this.draw();
		};
		const themes = new MutationObserver(redraw);
		themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		const scheme = matchMedia('(prefers-color-scheme: dark)');
		scheme.addEventListener('change', redraw);
		document.fonts?.addEventListener('loadingdone', redraw);
		this.cleanup.push(
			() => themes.disconnect(),
			() => scheme.removeEventListener('change', redraw),
			() => document.fonts?.removeEventListener('loadingdone', redraw)
		);
	}

	/** Shows these markers (in this tab order) at this view; `open` is the key of the one whose popup is open. */
	update(markers: MarkerView[], frame: LayerFrame, open: string | null): void {
		this.markers = markers;
		this.frame = frame;
		const active = document.activeElement;
		// Buttons for the markers in view (and the selected, the open and the focused one): the
		// dots drawn around the view for a pan get theirs when the pan ends.
		const focused = [...this.buttons].find(([, b]) => b.contains(active))?.[0];
		const pad = this.targetSize / 2;
		const targets = markers.filter(
			(m) =>
				(m.x > -pad && m.x < frame.width + pad && m.y > -pad && m.y < frame.height + pad) ||
				m.selected ||
				m.key === open ||
				m.key === focused
		);
		const keys = new Set(targets.map((m) => m.key));
		for (const [key, button] of this.buttons) {
			if (keys.has(key)) continue;
			if (button.contains(active)) this.pendingFocus = this.shown.get(button)!.marker.lead.id;
			button.remove();
			this.buttons.delete(key);
		}
		let next: ChildNode | null = this.probe.nextSibling;
		let refocus: HTMLButtonElement | null = null;
		for (const marker of targets) {
			let button = this.buttons.get(marker.key);
			if (!button) {
				button = this.create(marker);
				this.buttons.set(marker.key, button);
				if (this.pendingFocus === marker.lead.id) {
					this.pendingFocus = null;
					refocus = button;
				}
			}
			this.sync(button, marker, frame, marker.key === open);
			// Keep the layout's order (the tab order); moving the focused button would blur it.
			if (button !== next) {
				if (button.contains(document.activeElement)) refocus ??= button;
				this.element.insertBefore(button, next);
			} else next = button.nextSibling;
		}
		refocus?.focus({ preventScroll: true });
		this.draw();
	}

	destroy(): void {
		for (const fn of this.cleanup) fn();
		this.element.remove();
	}

	private create(marker: MarkerView): HTMLButtonElement {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'place';
		button.id = `map-place-${marker.lead.id}`;
		return button;
	}

	private sync(button: HTMLButtonElement, marker: MarkerView, frame: LayerFrame, open: boolean) {
		const before = this.shown.get(button);
		const was = before?.marker;
		const x = marker.x + frame.shiftX;
		const y = marker.y + frame.shiftY;
		const z = marker.selected ? '2' : open ? '1' : '';
		// Position and stacking in one write, the classes in another: a zoom makes most of its
		// buttons new, and each separate write or toggle was work for each of them.
		if (before?.x !== x || before.y !== y || before.z !== z)
			button.style.cssText = `left:${x}px;top:${y}px${z && `;z-index:${z}`}`;
		const className = `place${marker.selected ? ' selected' : marker.dimmed ? ' dimmed' : ''}`;
		if (button.className !== className) button.className = className;
		if (was?.name !== marker.name) button.setAttribute('aria-label', marker.name);
		if (was?.cluster !== marker.cluster || before?.open !== open) {
			if (marker.cluster) button.removeAttribute('aria-expanded');
			else button.setAttribute('aria-expanded', String(open));
		}
		if (was?.selected !== marker.selected) button.dataset.selected = String(marker.selected);
		if (was?.dimmed !== marker.dimmed) button.dataset.dimmed = String(marker.dimmed);
		const box = marker.labelBox;
		const labelKey = box
			? `${marker.label}|${marker.side}|${box.x},${box.y},${box.width},${box.height}`
			: '';
		let label = before?.label ?? null;
		if ((before?.labelKey ?? '') !== labelKey) {
			if (!box) {
				label?.remove();
				label = null;
			} else {
				if (!label) {
					// The visible name; the button's aria-label already says it (and the count).
					label = document.createElement('span');
					label.className = 'label';
					label.setAttribute('aria-hidden', 'true');
					button.append(label);
				}
				if (label.textContent !== marker.label) label.textContent = marker.label;
				labelStyle(label, box, marker.side, this.targetSize / 2);
			}
		}
		this.shown.set(button, { marker, x, y, z, open, labelKey, label });
	}

	/** Each look of a dot drawn once, then copied: a zoom draws hundreds of the same few. */
	private sprites = new Map<string, Dot>();

	/** The counts' digits, one atlas per font size and ink (see drawDigits). */
	private digits = new Map<string, Digits>();

	/** Read once, and again when the theme changes (reading forces a style pass). */
	private palette: Record<Colour, string> | null = null;
	private colours(): Record<Colour, string> {
		if (this.palette) return this.palette;
		const out = {} as Record<Colour, string>;
		for (const name of COLOURS) {
			this.probe.style.color = `var(--${name})`;
			out[name] = getComputedStyle(this.probe).color;
		}
		return (this.palette = out);
	}

	/** The dots: rings outside, a 2px border, the count inside. */
	private draw(): void {
		const frame = this.frame;
		if (!frame || !this.element.isConnected) return;
		const ratio = Math.min(2, window.devicePixelRatio || 1);
		const width = frame.width + 2 * frame.marginX;
		const height = frame.height + 2 * frame.marginY;
		const canvas = this.canvas;
		canvas.style.left = `${frame.shiftX - frame.marginX}px`;
		canvas.style.top = `${frame.shiftY - frame.marginY}px`;
		canvas.style.width = `${width}px`;
		canvas.style.height = `${height}px`;
		const w = Math.round(width * ratio);
		const h = Math.round(height * ratio);
		if (canvas.width !== w || canvas.height !== h) {
			canvas.width = w;
			canvas.height = h;
		}
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, w, h);
		const font = `700 ${11 * ratio}px ${this.font}`;
		// Selected last: on top of any neighbour's rings.
		const order = [...this.markers].sort((a, b) => Number(a.selected) - Number(b.selected));
		for (const m of order) {
			const x = m.x + frame.marginX;
			const y = m.y + frame.marginY;
			if (x < -40 || y < -40 || x > width + 40 || y > height + 40) continue;
			const { canvas: sprite, ink } = this.sprite(m, ratio);
			ctx.drawImage(
				sprite,
				Math.round(x * ratio - sprite.width / 2),
				Math.round(y * ratio - sprite.height / 2)
			);
			writeCount(ctx, this.digitsFor(font, ink), m.count, x * ratio, (y + 0.5) * ratio);
		}
	}

	private digitsFor(font: string, ink: string): Digits {
		const key = `${font}|${ink}`;
		let digits = this.digits.get(key);
		if (!digits) this.digits.set(key, (digits = drawDigits(font, ink)));
		return digits;
	}

	/** One dot, drawn once per look, size and pixel ratio. */
	private sprite(m: MarkerView, ratio: number): Dot {
		const look = dotLook(m);
		const key = `${look}|${m.diameter}|${ratio}`;
		let dot = this.sprites.get(key);
		if (!dot) this.sprites.set(key, (dot = drawDot(look, m.diameter, ratio, this.colours())));
		return dot;
	}
}
