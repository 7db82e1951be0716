/** The pictures' colours: the light theme of app.css. */
import type { PaletteColour } from '$lib/data/categories';

export const INK = {
	bg: '#ffffff',
	text: '#1a1a1a',
	muted: '#5c5c5c',
	rule: '#d4d4d4',
	accent: '#c2410c',
	land: '#ece8df',
	sea: '#dce9f2',
	border: '#b9b2a3',
	palette: {
		blue: '#0072b2',
		ochre: '#8a5a00',
		green: '#007a5a',
		magenta: '#b0006e',
		grey: '#5a5a5a',
		purple: '#6a3d9a'
	} satisfies Record<PaletteColour, string>
} as const;
