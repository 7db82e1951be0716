/** Embed options: what a host can ask of an embed (read from its query by parse.ts). */
export const VIEWS = ['both', 'timeline', 'map'] as const;
export const THEMES = ['light', 'dark'] as const;
export const CONTROLS = ['minimal', 'full'] as const;
/** side: map beside the detail where the frame is wide enough; stack: always one column. */
export const LAYOUTS = ['side', 'stack'] as const;
/** The timeline's time scale: long empty stretches collapsed (default) or true proportions. */
export const SCALES = ['collapsed', 'proportional'] as const;

export interface EmbedOptions {
	view: (typeof VIEWS)[number];
	/** null: follow the reader's system setting. */
	theme: (typeof THEMES)[number] | null;
	/** null: as the story says; true/false: turn its tile layer on or off. */
	tiles: boolean | null;
	controls: (typeof CONTROLS)[number];
	layout: (typeof LAYOUTS)[number];
	scale: (typeof SCALES)[number];
}

export const DEFAULT_OPTIONS: EmbedOptions = {
	view: 'both',
	theme: null,
	tiles: null,
	controls: 'full',
	layout: 'side',
	scale: 'collapsed'
};
