/**
 * Embed options from the iframe's query string. An invalid option is ignored with a warning
 * (never an error page): the embed must keep working inside someone else's article.
 */
export const VIEWS = ['both', 'timeline', 'map'] as const;
export const THEMES = ['light', 'dark'] as const;
export const CONTROLS = ['minimal', 'full'] as const;
/** side: map beside the detail where the frame is wide enough; stack: always one column. */
export const LAYOUTS = ['side', 'stack'] as const;

export interface EmbedOptions {
	view: (typeof VIEWS)[number];
	/** null: follow the reader's system setting. */
	theme: (typeof THEMES)[number] | null;
	/** null: as the story says; true/false: turn its tile layer on or off. */
	tiles: boolean | null;
	controls: (typeof CONTROLS)[number];
	layout: (typeof LAYOUTS)[number];
}

export const DEFAULT_OPTIONS: EmbedOptions = {
	view: 'both',
	theme: null,
	tiles: null,
	controls: 'full',
	layout: 'side'
};

function pick<T extends string>(
	value: string | null,
	allowed: readonly T[],
	name: string,
	warnings: string[]
): T | undefined {
	if (value === null) return undefined;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	warnings.push(
		`Event Atlas embed: ignoring ${name}="${value}"; use one of ${allowed.join(', ')}.`
	);
	return undefined;
}

export function parseEmbedOptions(params: URLSearchParams): {
	options: EmbedOptions;
	warnings: string[];
} {
	const warnings: string[] = [];
	const tiles = pick(params.get('tiles'), ['on', 'off'] as const, 'tiles', warnings);
	return {
		options: {
			view: pick(params.get('view'), VIEWS, 'view', warnings) ?? DEFAULT_OPTIONS.view,
			theme: pick(params.get('theme'), THEMES, 'theme', warnings) ?? DEFAULT_OPTIONS.theme,
			tiles: tiles === undefined ? null : tiles === 'on',
			controls:
				pick(params.get('controls'), CONTROLS, 'controls', warnings) ?? DEFAULT_OPTIONS.controls,
			layout: pick(params.get('layout'), LAYOUTS, 'layout', warnings) ?? DEFAULT_OPTIONS.layout
		},
		warnings
	};
}

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
 * its own (and for a plain iframe, which never learns it). Graphic views know it exactly at
 * any width (the timeline's controls may wrap on very narrow frames); the full explorer holds
 * the event list, so it starts at `fallback` and embed.js grows it.
 */
export function embedHeight(options: Pick<EmbedOptions, 'view'>, fallback = 600): number {
	const { padding, gap, header, caption } = GRAPHIC;
	if (options.view === 'map') return padding * 2 + GRAPHIC.map + gap + caption + gap + header;
	if (options.view === 'timeline')
		return padding * 2 + GRAPHIC.timeline + gap + caption + gap + header;
	return fallback;
}
