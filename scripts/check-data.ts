/** `npm run check:data [root]`: validate every story in data/ and print all problems. */
import { loadStories } from '../src/lib/data/load.server.ts';
import { formatError } from '../src/lib/data/validate.ts';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const { stories, errors } = loadStories(process.argv[2]);
if (errors.length > 0) {
	console.error(errors.map(formatError).join('\n'));
	console.error(`\n✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in story data`);
	process.exit(1);
}
for (const s of stories)
	console.log(
		`✓ ${s.slug}: ${count(s.events.length, 'event')}, ${count(s.places.length, 'place')}`
	);
