import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './+server';

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

	it('names no host without it: relative to the file', async () => {
		const body = await oembedFor(undefined);
		expect(body.html).toContain('src="../embed/kim-putin-summits/"');
		expect(JSON.stringify(body)).not.toMatch(/localhost|127\.0\.0\.1|https?:/);
	});
});
