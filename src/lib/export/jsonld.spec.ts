import { describe, expect, it } from 'vitest';
import { summitStory } from '$test/story';
import { storyGraph, storyJsonLd } from './jsonld.ts';

describe('storyJsonLd', () => {
	it('never lets a text in the data end the script element', () => {
		const story = summitStory();
		story.title = 'Evil </script><script>alert(1)</script>';
		const text = storyJsonLd(story, null);
		expect(text).not.toContain('<');
		expect(JSON.parse(text)['@graph'][0].name).toBe(story.title);
	});

	it('gives absolute ids and addresses when the site address is known', () => {
		const graph = storyGraph(summitStory(), 'https://atlas.example/')['@graph'];
		const review = graph.find((n) => n['@type'] === 'ClaimReview') as unknown as Record<
			string,
			unknown
		>;
		expect(review['@id']).toBe('https://atlas.example/kim-putin-summits/#claim-forum-claim-2023');
		expect(review.url).toBe('https://atlas.example/kim-putin-summits/?event=forum-claim-2023');
	});

	it.each([
		{ id: 'summit-2011', start: '2011-08-24', end: '2011-08-24' },
		{ id: 'trip-2023', start: '2023-09-10', end: '2023-09-19' },
		{ id: 'summit-2023', start: '2023-09-13T14:09+10:00', end: '2023-09-13T14:09+10:00' }
	])('dates $id from its EDTF: $start – $end', ({ id, start, end }) => {
		const graph = storyGraph(summitStory(), null)['@graph'];
		expect(graph.find((n) => n['@id'] === `#event-${id}`)).toMatchObject({
			'@type': 'Event',
			startDate: start,
			endDate: end
		});
	});

	it('publishes an event without places without a location, and no Event for a disputed claim', () => {
		const graph = storyGraph(summitStory(), null)['@graph'];
		expect(graph.find((n) => n['@id'] === '#event-peskov-warnings-2023')).not.toHaveProperty(
			'location'
		);
		expect(graph.find((n) => n['@id'] === '#event-forum-claim-2023')).toBeUndefined();
	});
});
