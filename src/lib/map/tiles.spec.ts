import { describe, expect, it } from 'vitest';
import { OPEN_TILES, resolveTiles } from './tiles';

const own = { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: 'Example' };

describe('resolveTiles', () => {
	it.each([
		{ story: {}, option: null, expected: null },
		{ story: {}, option: false, expected: null },
		{ story: {}, option: true, expected: OPEN_TILES },
		{ story: { tiles: own }, option: null, expected: own },
		{ story: { tiles: own }, option: true, expected: own },
		{ story: { tiles: own }, option: false, expected: null }
	])('story tiles $story.tiles.url, option $option', ({ story, option, expected }) => {
		expect(resolveTiles(story, option)).toEqual(expected);
	});
});
