/**
 * A stand-in canvas whose font is monospaced: every character is `EM` of the font size wide.
 * Specs that check text layout install it before anything measures, so their expected widths
 * come from this known metric, not from the code under test or its fallback.
 */
import { setTextMeasure } from '$lib/measure';

export const EM = 0.6;

export function installMonospaceCanvas(): void {
	const context = {
		font: '',
		fontVariantCaps: 'normal',
		measureText(text: string) {
			const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
			return { width: text.length * size * EM };
		}
	};
	(globalThis as { document?: unknown }).document = {
		createElement: () => ({ getContext: () => context })
	};
	setTextMeasure((text, style) => text.length * style.size * EM);
}

/** Width of a text at a size in the stand-in font. */
export const monoWidth = (text: string, size: number): number => text.length * size * EM;
