import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, exampleCsp } from './example-csp.ts';

describe('the example explainer', () => {
	it('carries a CSP whose hash is its inline script’s (update the meta after editing it)', () => {
		const html = readFileSync(EXAMPLE, 'utf8');
		const meta = /http-equiv="content-security-policy"\s+content="([^"]+)"/.exec(html)?.[1];
		expect(meta).toBe(exampleCsp(html));
	});
});
