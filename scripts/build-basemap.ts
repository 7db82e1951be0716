/**
 * `npm run basemap`: cut every story's basemap again (the build does this by itself when a
 * story's places change) and print each one's size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASEMAP_DIR, updateBasemaps } from './basemap/plugin.ts';

updateBasemaps(process.cwd(), true);
for (const name of readdirSync(BASEMAP_DIR).filter((n) => n.endsWith('.json'))) {
	const text = readFileSync(join(BASEMAP_DIR, name), 'utf8');
	const { source } = JSON.parse(text) as { source: string };
	console.log(
		`${name.replace(/\.json$/, '')}: ${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzip — ${source}`
	);
}
