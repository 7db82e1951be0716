/** `npm run schema`: regenerate static/schema/story.schema.json from the valibot schema. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/data/json-schema.ts';

mkdirSync('static/schema', { recursive: true });
writeFileSync(
	'static/schema/story.schema.json',
	JSON.stringify(storyJsonSchema(), null, '\t') + '\n'
);
console.log('wrote static/schema/story.schema.json');
