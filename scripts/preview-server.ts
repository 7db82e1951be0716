/**
 * Serves the built site with `vite preview` on a free-ish port for scripts (screenshots,
 * benchmark), and stops it with its whole process group (npx would leave vite running).
 */
import { spawn } from 'node:child_process';

export async function startPreview(port = 4300 + Math.floor(Math.random() * 600)) {
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{
			stdio: 'ignore',
			detached: true
		}
	);
	const url = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`${url}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		stop() {
			try {
				process.kill(-server.pid!);
			} catch {
				// already gone
			}
		}
	};
}
