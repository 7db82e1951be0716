import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress.js';

describe('precompress', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('writes .br and .gz that decode to the file, and leaves files of one packet alone', async () => {
		dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		const page = `<!doctype html>${'<p>Putin and Kim met at Vostochny.</p>'.repeat(100)}`;
		const oembed = JSON.stringify({ version: '1.0', type: 'rich', title: 'A summit' });
		writeFileSync(join(dir, 'index.html'), page);
		writeFileSync(join(dir, 'event.json'), oembed);
		writeFileSync(join(dir, 'card.png'), Buffer.alloc(4000));
		await precompress(dir);
		expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
		expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
		expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(page.length / 10);
		expect(existsSync(join(dir, 'event.json.br'))).toBe(false);
		expect(existsSync(join(dir, 'event.json.gz'))).toBe(false);
		expect(existsSync(join(dir, 'card.png.br'))).toBe(false);
	});
});
