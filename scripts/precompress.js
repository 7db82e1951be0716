/**
 * Writes .br and .gz beside every text file of the built site, for hosts that serve them as
 * they are (nginx gzip_static/brotli_static, most static hosts): adapter-static's `precompress`,
 * with three differences. Brotli's best quality (11) costs about 1.5 s a megabyte, so a file
 * over 256 KB (the HTML, data and downloads of a story of thousands of events, the studio's
 * text tools) gets quality 9, some 10–25 % bigger and ten to fifty times faster; the pages'
 * own first-load files are all smaller. A file under 1,400 bytes (one network packet, and
 * Lighthouse's own threshold for "enable text compression") is left as it is: compressing
 * it saves a few hundred bytes, and a 5,000-event story has 5,000 of them (an oEmbed per
 * event), which would add 10,000 files and seconds to the build. And the downloads (.csv,
 * .geojson) are compressed too.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TEXT = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.csv',
	'.geojson',
	'.txt'
]);
const BIG = 256 * 1024;
const SMALL = 1400;

/** @param {string} dir @returns {string[]} */
function textFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return textFiles(path);
		return TEXT.has(extname(entry.name)) ? [path] : [];
	});
}

/** @param {string} file */
async function compressFile(file) {
	const text = await readFile(file);
	if (text.length < SMALL) return;
	const [br, gz] = await Promise.all([
		brotli(text, {
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]:
					text.length > BIG ? 9 : zlib.constants.BROTLI_MAX_QUALITY,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length
			}
		}),
		gzip(text, { level: zlib.constants.Z_BEST_COMPRESSION })
	]);
	await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}

/** @param {string} dir */
export async function precompress(dir) {
	// A few files at a time: a story of thousands of events has tens of thousands of files,
	// and opening them all at once runs out of file handles (EMFILE).
	const queue = textFiles(dir);
	const worker = async () => {
		for (let file = queue.pop(); file; file = queue.pop()) await compressFile(file);
	};
	await Promise.all(Array.from({ length: 32 }, worker));
}
