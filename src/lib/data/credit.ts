/** A story's source credit, for pictures and snippets (own module: the story page never loads it). */
import { formatIsoDay } from './format';

/** "Source: “Title”, Publisher, 13 September 2023": the credit every view of a story carries. */
export function storyCredit(story: {
	sources: readonly { title: string; publisher: string; published: string }[];
}): string {
	const source = story.sources[0];
	if (!source) return '';
	return `Source: “${source.title}”, ${source.publisher}, ${formatIsoDay(source.published, true)}`;
}
