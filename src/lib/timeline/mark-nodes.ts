/**
 * The timeline's marks in the browser, drawn and kept up to date by hand rather than by a
 * Svelte `{#each}`: a keyed list of a few hundred SVG groups whose attributes change on every
 * zoom frame. Svelte gave each mark a branch, a template effect and two `{#if}` blocks, and on
 * a page's first timeline (its code not yet warm) that was most of the render: 100 marks took
 * about 12 ms of script. The prerendered HTML keeps Svelte's markup (see TimelineMarks.svelte):
 * both draw the same elements with the same attributes.
 *
 * Text goes in as text (`textContent`), never as markup.
 */
import { at } from '$lib/graphics/attr';
import type { PlacedMark } from './layout';

const SVG = 'http://www.w3.org/2000/svg';

/** What a mark is drawn with, besides its place: its accessible name, colour and symbol. */
export interface MarkLook {
	name: string;
	colour: string;
	path: string;
}

export interface MarkFrame {
	width: number;
	laneY: (lane: number) => number;
	selectedId: string | null;
	focusId: string | null;
	look: (m: PlacedMark) => MarkLook;
}

/** A place in px as a share of the width: a resize moves the marks without a new layout. */
export const percent = (px: number, width: number) => `${(px / width) * 100}%`;

/** A mark's classes, as the prerendered markup and MarkNodes both write them. */
export function markClass(item: PlacedMark['item'], selected: boolean): string {
	return `mark${selected ? ' selected' : ''}${item.when.approximate ? ' approximate' : ''}${item.when.uncertain ? ' uncertain' : ''}${item.provenance.status === 'disputed' ? ' disputed' : ''}`;
}

type Setter = (el: Element, name: string, value: string | null) => void;
/** Sets an attribute, or removes it for null, when it differs from the DOM's. */
const update: Setter = (el, name, value) => {
	if (el.getAttribute(name) === value) return;
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, value);
};
/** The same on a new mark's nodes, which have none of them yet. */
const create: Setter = (el, name, value) => value !== null && el.setAttribute(name, value);

/** Makes or drops a mark's optional child (its bar, its label) before `before`. */
function optional(g: Element, el: Element | null, tag: string, want: boolean, before: Node | null) {
	if (want && !el) return g.insertBefore(document.createElementNS(SVG, tag), before);
	if (!want && el) el.remove();
	return want ? el : null;
}

type Movable = Element & { moveBefore?: (node: Node, child: Node | null) => void };
/**
 * Moves a drawn mark to its place in the order. moveBefore (Chrome 133 on) keeps the focus of
 * a focused mark; insertBefore, where there is no moveBefore, blurs it, so it is given back.
 */
function move(parent: Movable, g: SVGGElement, before: Node | null) {
	if (parent.moveBefore && g.isConnected) return parent.moveBefore(g, before);
	const focused = g === document.activeElement;
	parent.insertBefore(g, before);
	if (focused) g.focus({ preventScroll: true });
}

let template: Element | undefined;
/** One mark's fixed parts, cloned for each new mark. */
function blank(id: string): SVGGElement {
	if (!template) {
		// A constant, parsed once, as Svelte makes its own templates: no data goes in here.
		const div = document.createElement('div');
		div.innerHTML =
			'<svg><g role="button"><svg overflow="visible" class="symbol"><circle class="hit" r="14"/><circle class="ring"/><path/></svg></g></svg>';
		template = div.firstChild!.firstChild as Element;
	}
	const g = template.cloneNode(true) as SVGGElement;
	g.dataset.id = id;
	return g;
}

export class MarkNodes {
	private drawn = new Map<string, SVGGElement>();

	constructor(private readonly parent: SVGGElement) {}

	/**
	 * Draws `marks` in this order (the DOM's, so the reading order), each id on its own nodes.
	 * Marks that left go first, so that those that stay keep their places: a pan or zoom moves
	 * no node (which would blur a focused mark), and a selection moves only the selected one.
	 */
	update(marks: readonly PlacedMark[], f: MarkFrame) {
		const pct = (px: number) => percent(px, f.width);
		const drawn = new Map<string, SVGGElement>();
		for (const m of marks) drawn.set(m.item.id, this.drawn.get(m.item.id) ?? blank(m.item.id));
		for (const [id, g] of this.drawn) if (!drawn.has(id)) g.remove();
		let cursor = this.parent.firstChild;
		for (const m of marks) {
			const { item, bar, label } = m;
			const g = drawn.get(item.id)!;
			const set = this.drawn.has(item.id) ? update : create;
			if (g === cursor) cursor = cursor.nextSibling;
			else move(this.parent, g, cursor);

			const selected = item.id === f.selectedId;
			const look = f.look(m);
			const y = f.laneY(m.lane);
			set(g, 'class', markClass(item, selected));
			// A colour of the palette's (the schema allows no other name).
			set(g, 'style', `--c: var(--palette-${look.colour});`);
			set(g, 'tabindex', item.id === f.focusId ? '0' : '-1');
			set(g, 'aria-label', look.name);
			set(g, 'aria-current', selected ? 'true' : null);

			// The parts in their order: [bar], symbol, [label].
			const first = g.firstElementChild!;
			const symbol = (first.tagName === 'rect' ? first.nextElementSibling : first)!;
			// Under the text line: a bar never crosses a label.
			const rect = optional(g, first === symbol ? null : first, 'rect', !!bar, symbol);
			if (rect && bar) {
				set(rect, 'class', bar.imprecise ? 'bar imprecise' : 'bar');
				set(rect, 'x', pct(bar.x0));
				set(rect, 'width', pct(Math.max(bar.x1 - bar.x0, 1)));
				set(rect, 'y', at(y + 8));
				set(rect, 'height', '4');
				set(rect, 'rx', '2');
			}
			set(symbol, 'x', pct(m.cx));
			set(symbol, 'y', at(y));
			set(symbol.children[1]!, 'r', at(m.r + 4));
			set(symbol.lastElementChild!, 'd', look.path);
			const text = optional(g, symbol.nextElementSibling, 'text', !!label, null);
			if (text) {
				set(text, 'x', pct(m.labelX));
				set(text, 'y', at(y + 4));
				set(text, 'text-anchor', m.anchor);
				if (text.textContent !== label) text.textContent = label;
			}
		}
		this.drawn = drawn;
	}
}
