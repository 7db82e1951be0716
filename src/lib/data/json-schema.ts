/**
 * The JSON Schema that editors validate story files against while typing. Generated from
 * the valibot schema, committed at static/schema/story.schema.json (a test keeps it fresh)
 * and served at /schema/story.schema.json.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema } from './schema.ts';

export const SCHEMA_PATH = '/schema/story.schema.json';

export function storyJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(StorySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
	return {
		...schema,
		$id: SCHEMA_PATH,
		title: 'Event Atlas story',
		description:
			'One story: its source article, places, dated events with provenance, and journeys.'
	};
}
