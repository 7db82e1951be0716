/**
 * "Download image": the reader's current view (selection, time window, filters) as SVG and
 * PNG, with title, credit and the citations of the events shown, for print and for editors.
 * Loaded only when the button is pressed; drawn by the same code as the build's pictures.
 */
import type { Basemap } from '$lib/map/basemap';
import { HOUSE_FONT } from '$lib/measure';
import type { ExplorerState } from '$lib/state/explorer.svelte';
import { IMAGE_SIZE } from '$lib/embed/images';
import { citationsOf, storyImageSvg } from './image';

const basemaps = import.meta.glob<Basemap>('../map/basemap/*.json', { import: 'default' });

/** The SVG of the current view, and its size. */
export async function viewImage(explorer: ExplorerState) {
	const story = explorer.story;
	const basemap = (await basemaps[`../map/basemap/${story.slug}.json`]?.()) ?? null;
	const events = explorer.eventsInWindow;
	const citations = citationsOf(story, events);
	const width = IMAGE_SIZE.width;
	const height = IMAGE_SIZE.height + citations.length * 18;
	const svg = storyImageSvg({
		story,
		basemap,
		kind: 'full',
		width,
		height,
		font: HOUSE_FONT,
		selectedId: explorer.selectedId,
		window: explorer.window,
		events,
		citations
	});
	return { svg, width, height };
}

function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The SVG drawn on a canvas at twice its size, for print. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = Object.assign(document.createElement('canvas'), {
			width: width * 2,
			height: height * 2
		});
		canvas.getContext('2d')!.drawImage(image, 0, 0, width * 2, height * 2);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Save the view as `<slug>.svg` and `<slug>.png`; returns what to tell the reader. */
export async function downloadViewImage(explorer: ExplorerState): Promise<string> {
	const { svg, width, height } = await viewImage(explorer);
	const slug = explorer.story.slug;
	save(new Blob([svg], { type: 'image/svg+xml' }), `${slug}.svg`);
	save(await toPng(svg, width, height), `${slug}.png`);
	return `Saved ${slug}.png and ${slug}.svg: this view, with its credit and citations.`;
}
