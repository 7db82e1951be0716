/**
 * What the embed builder knows of a story: its name, span and tiles, and each event's id, title
 * and date for the "open on an event" menu. The page carries this, not the whole story: for a
 * story of 5,000 events, a few hundred KB instead of 3 MB.
 */
import type { Story, StoryEvent } from '$lib/data/types';

export type BuilderStory = Pick<Story, 'slug' | 'title' | 'extent' | 'tiles'> & {
	/** Each source's title, publisher and day: the credit under the snippet's fallback picture. */
	sources: Pick<Story['sources'][number], 'title' | 'publisher' | 'published'>[];
	events: Pick<StoryEvent, 'id' | 'title' | 'when'>[];
};

export function builderStory(story: Story): BuilderStory {
	return {
		slug: story.slug,
		title: story.title,
		extent: story.extent,
		tiles: story.tiles,
		sources: story.sources.map(({ title, publisher, published }) => ({
			title,
			publisher,
			published
		})),
		events: story.events.map(({ id, title, when }) => ({ id, title, when }))
	};
}
