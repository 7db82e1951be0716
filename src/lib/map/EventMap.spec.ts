/** Server render, as prerendering does: the map's box, the places and the key, no Leaflet. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { ExplorerState, explorerContext } from '$lib/state/explorer.svelte';
import { summitStory } from '$test/story';
import EventMap from './EventMap.svelte';

describe('EventMap on the server', () => {
	const { body } = render(EventMap, {
		props: { tiles: null },
		context: explorerContext(new ExplorerState(summitStory()))
	});

	it('reserves the map box and lists the places in it', () => {
		expect(body).toMatch(/class="event-map[^"]*"/);
		for (const place of summitStory().places) expect(body).toContain(place.name);
		expect(body).toMatch(/Vostochny Cosmodrome <span[^>]*>\(2 events\)/);
		expect(body).toMatch(/Vladivostok <span[^>]*>\(4 events\)/);
	});

	it('keys the journey with its route', () => {
		expect(body).toContain("Kim Jong-un's armoured train, September 2023");
		expect(body).toContain('Pyongyang, then Khasan, then Vostochny Cosmodrome');
	});

	it('leaves Leaflet to the browser', () => {
		expect(body).not.toContain('leaflet');
	});
});
