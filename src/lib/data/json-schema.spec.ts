import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from './json-schema.ts';

describe('the published JSON Schema', () => {
	it('is up to date with the valibot schema (run `npm run schema` after changing it)', () => {
		const committed = JSON.parse(readFileSync('static/schema/story.schema.json', 'utf8'));
		expect(committed).toEqual(storyJsonSchema());
	});

	const files = readdirSync('data/stories').filter((name) => name.endsWith('.json'));
	it.each(files)('is named by data/stories/%s', (name) => {
		const story = JSON.parse(readFileSync(`data/stories/${name}`, 'utf8'));
		expect(story.$schema).toBe('../../static/schema/story.schema.json');
	});
});
