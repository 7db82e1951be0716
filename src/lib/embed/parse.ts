/**
 * Embed options from the iframe's query string. An invalid option is ignored with a warning
 * (never an error page): the embed must keep working inside someone else's article.
 */
import {
	CONTROLS,
	DEFAULT_OPTIONS,
	LAYOUTS,
	SCALES,
	THEMES,
	VIEWS,
	type EmbedOptions
} from './options';

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
			layout: pick(params.get('layout'), LAYOUTS, 'layout', warnings) ?? DEFAULT_OPTIONS.layout,
			scale: pick(params.get('scale'), SCALES, 'scale', warnings) ?? DEFAULT_OPTIONS.scale
		},
		warnings
	};
}
