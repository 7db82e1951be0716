import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './+server';
import { GET as eventGET } from '../oembed/[event].json/+server';

async function oembedFor(site: string | undefined) {
	if (site === undefined) delete process.env.SITE_ORIGIN;
	else process.env.SITE_ORIGIN = site;
	const response = await GET({ params: { story: 'kim-putin-summits' } } as never);
	return (await response.json()) as { html: string; provider_url: string };
}

describe('/<slug>/oembed.json', () => {
	const saved = process.env.SITE_ORIGIN;
	afterEach(() => {
		if (saved === undefined) delete process.env.SITE_ORIGIN;
		else process.env.SITE_ORIGIN = saved;
	});

	it('points under SITE_ORIGIN, sub-path and all', async () => {
		const body = await oembedFor('https://news.example/graphics/atlas');
		expect(body.html).toContain(
			'src="https://news.example/graphics/atlas/embed/kim-putin-summits/"'
		);
		expect(body.provider_url).toBe('https://news.example/graphics/atlas/');
	});

	it('has the social card as thumbnail, and a file per event opened on it', async () => {
		process.env.SITE_ORIGIN = 'https://news.example/atlas';
		const story = (await oembedFor('https://news.example/atlas')) as Record<string, unknown>;
		expect(story).toMatchObject({
			thumbnail_url: 'https://news.example/atlas/kim-putin-summits/card.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		const response = await eventGET({
			params: { story: 'kim-putin-summits', event: 'summit-2019' }
		} as never);
		const event = await response.json();
		expect(event.html).toContain(
			'src="https://news.example/atlas/embed/kim-putin-summits/?event=summit-2019"'
		);
		expect(event.thumbnail_url).toBe(story.thumbnail_url);
	});

	it('has no file for an event the story does not have', async () => {
		expect(() =>
			eventGET({ params: { story: 'kim-putin-summits', event: 'summit-2020' } } as never)
		).toThrow(expect.objectContaining({ status: 404 }));
	});

	it('names no host without it: relative to the file', async () => {
		const body = await oembedFor(undefined);
		expect(body.html).toContain('src="../embed/kim-putin-summits/"');
		expect(JSON.stringify(body)).not.toMatch(/localhost|127\.0\.0\.1|https?:/);
	});
});
