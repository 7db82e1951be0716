import { describe, expect, it } from 'vitest';
import type { PlacedMark } from './layout';
import { MarkNodes, type MarkFrame } from './mark-nodes';

function placed(id: string, cx: number, extra: Partial<PlacedMark> = {}): PlacedMark {
	return {
		item: {
			id,
			title: `Event ${id}`,
			when: {
				edtf: '2023-09-13',
				start: 0,
				end: 0,
				span: false,
				precision: 'day',
				approximate: false,
				uncertain: false
			},
			category: 'summit',
			importance: 2,
			provenance: { status: 'reported' },
			places: []
		} as unknown as PlacedMark['item'],
		lane: 0,
		cx,
		r: 6.5,
		bar: null,
		label: `Event ${id}`,
		labelX: cx + 10,
		anchor: 'start',
		truncated: false,
		...extra
	};
}

const frame = (over: Partial<MarkFrame> = {}): MarkFrame => ({
	width: 500,
	laneY: (lane) => 10 + lane * 26,
	selectedId: null,
	focusId: null,
	look: (m) => ({ name: `${m.item.title}, named`, colour: 'blue', path: 'M0,0Z' }),
	...over
});

function setup() {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	const g = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
	document.body.append(svg);
	return { g, nodes: new MarkNodes(g) };
}
const ids = (g: Element) => [...g.children].map((c) => c.getAttribute('data-id'));

describe('MarkNodes', () => {
	it('draws each mark as a named button with its symbol and label', () => {
		const { g, nodes } = setup();
		nodes.update([placed('a', 50), placed('b', 250)], frame({ focusId: 'b' }));
		const [a, b] = [...g.children];
		expect(a!.getAttribute('role')).toBe('button');
		expect(a!.getAttribute('aria-label')).toBe('Event a, named');
		expect(a!.getAttribute('tabindex')).toBe('-1');
		expect(b!.getAttribute('tabindex')).toBe('0');
		expect(a!.querySelector('svg')!.getAttribute('x')).toBe('10%');
		expect(b!.querySelector('text')!.getAttribute('x')).toBe('52%');
		expect(a!.querySelector('rect')).toBeNull();
	});

	it('keeps each id on its own nodes as marks move, come and go', () => {
		const { g, nodes } = setup();
		nodes.update([placed('a', 50), placed('b', 100), placed('c', 150)], frame());
		const b = g.children[1];
		nodes.update([placed('c', 10), placed('b', 20), placed('d', 30)], frame());
		expect(ids(g)).toEqual(['c', 'b', 'd']);
		expect(g.children[1]).toBe(b);
		expect(b!.querySelector('svg')!.getAttribute('x')).toBe('4%');
	});

	it('moves no mark when others leave, so a focused mark keeps its focus', () => {
		const { g, nodes } = setup();
		nodes.update(
			['x', 'a', 'b', 'c'].map((id, i) => placed(id, 50 + i * 50)),
			frame()
		);
		const c = g.lastElementChild as SVGGElement;
		c.focus();
		const moved: Node[] = [];
		const watch = new MutationObserver((records) =>
			records.forEach((r) => moved.push(...r.removedNodes))
		);
		watch.observe(g, { childList: true });
		let blurred = false;
		c.addEventListener('blur', () => (blurred = true));
		// A pan: x leaves on the left, d comes in on the right.
		nodes.update(
			['a', 'b', 'c', 'd'].map((id, i) => placed(id, 20 + i * 50)),
			frame()
		);
		watch.takeRecords().forEach((r) => moved.push(...r.removedNodes));
		watch.disconnect();
		expect(ids(g)).toEqual(['a', 'b', 'c', 'd']);
		expect(moved.map((n) => (n as Element).getAttribute('data-id'))).toEqual(['x']);
		expect(document.activeElement).toBe(c);
		expect(blurred).toBe(false);
	});

	it('draws the selected mark last, and a focused mark that moves keeps its focus', () => {
		const { g, nodes } = setup();
		const marks = ['a', 'b', 'c'].map((id, i) => placed(id, 50 + i * 50));
		nodes.update(marks, frame());
		const b = g.children[1] as SVGGElement;
		b.focus();
		// As TimelineMarks orders them: the selected one last. b and c move before it.
		nodes.update([marks[1]!, marks[2]!, marks[0]!], frame({ selectedId: 'a' }));
		expect(ids(g)).toEqual(['b', 'c', 'a']);
		expect(document.activeElement).toBe(b);
	});

	it('adds and drops bars, labels and the selection as the layout changes', () => {
		const { g, nodes } = setup();
		const bar = { x0: 40, x1: 90, imprecise: true };
		nodes.update([placed('a', 50, { bar })], frame({ selectedId: 'a' }));
		const mark = g.firstElementChild!;
		expect(mark.getAttribute('class')).toBe('mark selected');
		expect(mark.getAttribute('aria-current')).toBe('true');
		// The bar goes under the symbol, so a label is drawn over it.
		expect([...mark.children].map((c) => c.tagName)).toEqual(['rect', 'svg', 'text']);
		expect(mark.querySelector('rect')!.getAttribute('class')).toBe('bar imprecise');

		nodes.update([placed('a', 50, { label: '' })], frame());
		expect(mark.getAttribute('class')).toBe('mark');
		expect(mark.hasAttribute('aria-current')).toBe(false);
		expect([...mark.children].map((c) => c.tagName)).toEqual(['svg']);
	});

	it('writes titles as text, never as markup', () => {
		const { g, nodes } = setup();
		const title = '<img src=x onerror="alert(1)"> & more';
		nodes.update([placed('a', 50, { label: title })], frame());
		const text = g.querySelector('text')!;
		expect(text.textContent).toBe(title);
		expect(text.children).toHaveLength(0);
	});
});
