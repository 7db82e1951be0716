/** The built-in story, validated, for tests that run in the browser or in node. */
import storyText from '../../data/stories/kim-putin-summits.json?raw';
import articleText from '../../data/sources/kim-putin-summits.txt?raw';
import { validateStory } from '$lib/data/validate';
import type { Story } from '$lib/data/types';

export function summitStory(): Story {
	const result = validateStory({
		file: 'data/stories/kim-putin-summits.json',
		text: storyText,
		sources: { 'kim-putin-summits.txt': articleText }
	});
	if (!result.story) throw new Error(JSON.stringify(result.errors));
	return result.story;
}

/** The built-in story with an edit to its raw data, validated: for shapes it does not have. */
export function summitStoryWith(
	edit: (raw: { events: { id: string; date: string }[] }) => void
): Story {
	const raw = JSON.parse(storyText);
	edit(raw);
	const result = validateStory({
		file: 'data/stories/kim-putin-summits.json',
		text: JSON.stringify(raw),
		sources: { 'kim-putin-summits.txt': articleText }
	});
	if (!result.story) throw new Error(JSON.stringify(result.errors));
	return result.story;
}
