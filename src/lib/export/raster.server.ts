/**
 * SVG to PNG at build time, without a browser: resvg (a Rust renderer shipped as a binary in
 * its npm package) with Inter embedded, so text renders the same on every machine.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Basemap } from '$lib/map/basemap';
import type { Story } from '$lib/data/types';
import { storyImageSvg, type ImageInput } from './image';

const require = createRequire(import.meta.url);
const FONT_FILES = [
	'@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
	'@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
	'@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'
].map((file) => require.resolve(file));

/** The family the pictures are set in: the embedded font first, as the renderer knows it. */
export const IMAGE_FONT = 'Inter, sans-serif';

export function rasterise(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' }
	});
	return resvg.render().asPng();
}

/** The story's basemap as the build cut it (scripts/basemap), or null without one. */
export function storyBasemap(slug: string, root = process.cwd()): Basemap | null {
	try {
		return JSON.parse(readFileSync(join(root, 'src/lib/map/basemap', `${slug}.json`), 'utf8'));
	} catch {
		return null;
	}
}

export function storySvg(
	story: Story,
	size: { width: number; height: number },
	kind: ImageInput['kind']
): string {
	return storyImageSvg({
		story,
		basemap: storyBasemap(story.slug),
		kind,
		...size,
		font: IMAGE_FONT
	});
}
