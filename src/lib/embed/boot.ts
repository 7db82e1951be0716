/**
 * What an embed does first in the browser, loaded after the page so every embed's first
 * paint stays within budget: read the options from its address, fix the host's theme, and
 * load the graphic-only layout when the view asks for it; and the host-page protocol.
 */
import { theme } from '$lib/state/theme.svelte';
import { parseEmbedOptions } from './parse';

export { connectToHost } from './connect.svelte';

export async function bootEmbed(href: string) {
	const { options, warnings } = parseEmbedOptions(new URL(href).searchParams);
	for (const warning of warnings) console.warn(warning);
	// The host page chose a theme: it holds even when the controls are hidden, and a reader's
	// saved choice from the story page does not override it.
	if (options.theme) theme.fix(options.theme);
	const Graphic =
		options.view === 'both' ? null : (await import('$lib/explorer/ExplorerGraphic.svelte')).default;
	return { options, Graphic };
}
