/**
 * A story's categories: declared in its file, or the default six. Each gets a symbol and a
 * palette colour (never colour alone); what the story leaves out is filled in, in order, from
 * those no other category of the story uses.
 */

/** Shapes a category can take; drawn by $lib/graphics/symbols. */
export const SYMBOLS = ['star', 'triangle', 'square', 'diamond', 'hexagon', 'circle'] as const;
/** Colours a category can take: Okabe–Ito based, each with a dark-theme pair (app.css). */
export const PALETTE = ['blue', 'ochre', 'green', 'magenta', 'grey', 'purple'] as const;

export type CategorySymbol = (typeof SYMBOLS)[number];
export type PaletteColour = (typeof PALETTE)[number];

export interface CategoryStyle {
	id: string;
	label: string;
	symbol: CategorySymbol;
	colour: PaletteColour;
}

export const DEFAULT_CATEGORIES: readonly CategoryStyle[] = [
	{ id: 'summit', label: 'Summit', symbol: 'star', colour: 'blue' },
	{ id: 'travel', label: 'Travel', symbol: 'triangle', colour: 'ochre' },
	{ id: 'visit', label: 'Visit', symbol: 'square', colour: 'green' },
	{ id: 'forum', label: 'Forum', symbol: 'diamond', colour: 'magenta' },
	{ id: 'legal', label: 'Legal', symbol: 'hexagon', colour: 'grey' },
	{ id: 'statement', label: 'Statement', symbol: 'circle', colour: 'purple' }
];

export interface DeclaredCategory {
	id: string;
	label: string;
	symbol?: CategorySymbol;
	colour?: PaletteColour;
}

/** Every category with its symbol and colour. */
export function resolveCategories(
	declared: readonly DeclaredCategory[] | undefined
): CategoryStyle[] {
	if (!declared) return DEFAULT_CATEGORIES.map((c) => ({ ...c }));
	const next = <T>(all: readonly T[], used: Set<T>, i: number): T =>
		all.find((x) => !used.has(x)) ?? all[i % all.length]!;
	const symbols = new Set(declared.flatMap((c) => (c.symbol ? [c.symbol] : [])));
	const colours = new Set(declared.flatMap((c) => (c.colour ? [c.colour] : [])));
	return declared.map((c, i) => {
		const symbol = c.symbol ?? next(SYMBOLS, symbols, i);
		const colour = c.colour ?? next(PALETTE, colours, i);
		symbols.add(symbol);
		colours.add(colour);
		return { id: c.id, label: c.label, symbol, colour };
	});
}
