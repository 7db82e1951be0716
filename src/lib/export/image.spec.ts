import { describe, expect, it } from 'vitest';
import { makeBasemap } from '../../../scripts/basemap/generate';
import { loadStories } from '$lib/data/load.server';
import { CARD_SIZE, IMAGE_SIZE } from '$lib/embed/snippet';
import { citationsOf, storyImageSvg, wrapText } from './image';
import { rasterise, storyBasemap, storySvg } from './raster.server';
import { writeFileSync } from 'node:fs';

process.env.EVENT_ATLAS_FIXTURES = '1';
const stories = loadStories().stories;
const summit = stories.find((s) => s.slug === 'kim-putin-summits')!;
const basemap = makeBasemap(summit.places);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('story pictures', () => {
	it('a social card is a 1200×630 PNG', () => {
		const png = rasterise(storySvg(summit, CARD_SIZE, 'card'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('the full picture carries the title, credit, mark, every event and the map', () => {
		const svg = storyImageSvg({
			story: summit,
			basemap,
			kind: 'full',
			...IMAGE_SIZE,
			font: 'Inter'
		});
		expect(svg).toContain('>Event Atlas</text>');
		// Land from the basemap, countries named in small caps.
		expect(svg).toMatch(/<path d="M[\d.,LMZ-]{200,}" fill="#ece8df"/);
		expect(svg).toContain('>CHINA</text>');
		expect(svg).toContain('Source: “');
		expect(svg).toContain('Vladivostok');
		// Every summit is drawn on the timeline as a labelled mark.
		if (process.env.IMAGE_OUT) writeFileSync(process.env.IMAGE_OUT + '.svg', svg);
		for (const id of ['summit-2011', 'summit-2019', 'summit-2023'])
			expect(svg).toContain(`<title>${summit.events.find((e) => e.id === id)!.title}</title>`);
		const png = rasterise(svg);
		if (process.env.IMAGE_OUT) writeFileSync(process.env.IMAGE_OUT, png);
		expect(pngSize(png)).toEqual(IMAGE_SIZE);
	});

	it('escapes story text, never injects it', () => {
		const svg = storyImageSvg({
			story: { ...summit, title: 'A <script>alert(1)</script> & "quote"' },
			basemap: null,
			kind: 'full',
			...IMAGE_SIZE,
			font: 'x'
		});
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;');
	});

	it('draws stories of other shapes: every fixture renders', () => {
		expect(stories.length).toBeGreaterThan(4);
		for (const story of stories) {
			const svg = storyImageSvg({
				story,
				basemap: storyBasemap(story.slug),
				kind: 'card',
				...CARD_SIZE,
				font: 'Inter'
			});
			expect(svg, story.slug).not.toMatch(/NaN|undefined|Infinity/);
		}
	});

	it('cites each event shown, from its own citations or the story source', () => {
		const lines = citationsOf(summit, summit.events.slice(0, 2));
		expect(lines).toHaveLength(2);
		// The first event's line names the report its own context cites: publisher and address.
		const cited = summit.events[0]!.provenance.context[0]!.citation;
		expect(lines[0]).toContain(summit.events[0]!.title);
		expect(lines[0]).toContain(`${cited.publisher}, 23 Aug 2011, ${cited.url}`);
	});

	it('wraps long titles and cuts at the last line', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 60, 14, 400, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
	});
});
