/**
 * The example explainer's Content-Security-Policy: its one inline script by hash, the app
 * from this site or a loopback development server. Used to write the page's <meta> and, in a
 * unit test, to check that the hash still matches the script.
 */
import { createHash } from 'node:crypto';

export const EXAMPLE = 'static/examples/scrollytelling.html';

export function inlineScript(html: string): string {
	const m = /<script>([\s\S]*?)<\/script>/.exec(html);
	if (!m) throw new Error(`${EXAMPLE} has no inline script`);
	return m[1]!;
}

export function exampleCsp(html: string): string {
	const hash = createHash('sha256').update(inlineScript(html)).digest('base64');
	// CSP has no syntax for IPv6 literals: the loopback server is reached as 127.0.0.1.
	const app = "'self' http://127.0.0.1:*";
	return [
		"default-src 'self'",
		`script-src ${app} 'sha256-${hash}'`,
		`frame-src ${app}`,
		"img-src 'self' data: http://127.0.0.1:*",
		"style-src 'self' 'unsafe-inline'",
		"object-src 'none'",
		"base-uri 'self'"
	].join('; ');
}
