/** Sizes of graphic-only embeds (own module: the story page never loads it). */
import type { EmbedOptions } from './options';

/**
 * A graphic-only embed (view=map or view=timeline) is a fixed-height figure: the graphic, a
 * caption of the selected event that never grows, and a one-line credit. Hosts can give it a
 * sticky 100vh slot and know its height before it loads. The embed's CSS takes these numbers
 * (as custom properties), so what the builder announces is what the page measures.
 */
export const GRAPHIC = {
	/** The embed's padding, top and bottom. */
	padding: 8,
	/** Between the parts. */
	gap: 8,
	/** The map in view=map. */
	map: 440,
	/** The caption: date and title of the selected event (title two lines at most). */
	caption: 72,
	/** Title and credit, one line each. */
	header: 44,
	/** The timeline (controls, marks and axis, overview, legend), one row of controls. */
	timeline: 300
} as const;

export const isGraphic = (options: Pick<EmbedOptions, 'view'>) => options.view !== 'both';

/**
 * The frame height an embed needs, in CSS px, for a snippet to reserve before the embed says
 * its own (and for a plain iframe, which never learns it). view=map knows it at any width;
 * view=timeline in a column of 640 px or more (on phones its controls and legend wrap, and
 * it is taller, but still the same whatever is selected); the full explorer holds the event
 * list, so it starts at `fallback` and embed.js grows it.
 */
export function embedHeight(options: Pick<EmbedOptions, 'view'>, fallback = 600): number {
	const { padding, gap, header, caption } = GRAPHIC;
	if (options.view === 'map') return padding * 2 + GRAPHIC.map + gap + caption + gap + header;
	if (options.view === 'timeline')
		return padding * 2 + GRAPHIC.timeline + gap + caption + gap + header;
	return fallback;
}
