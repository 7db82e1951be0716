/**
 * A small static file server on a loopback port, for end-to-end tests that need the site (or
 * an explainer page) served as a host would: under a sub-path, or from another origin.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServer {
	server: Server;
	/** e.g. http://127.0.0.1:40123 */
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves `root` under `prefix` (e.g. '/graphics/atlas/'); a folder serves its index.html.
 * `handle` may answer a request first (return true when it did).
 */
export function serveStatic(
	root: string,
	options: {
		prefix?: string;
		handle?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
		/**
		 * Serve the build's precompressed `.br`/`.gz` beside a file when the browser accepts
		 * them, with long caching for hashed assets: as a real host does (nginx gzip_static).
		 */
		precompressed?: boolean;
	} = {}
): Promise<StaticServer> {
	const prefix = options.prefix ?? '/';
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (options.handle?.(req, res, url)) return;
		if (!url.pathname.startsWith(prefix)) return void res.writeHead(404).end();
		let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
		if (!path.startsWith(root)) return void res.writeHead(403).end();
		try {
			if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
			const headers: Record<string, string> = {
				'content-type': TYPES[extname(path)] ?? 'application/octet-stream'
			};
			let file = path;
			if (options.precompressed) {
				headers['vary'] = 'accept-encoding';
				headers['cache-control'] = path.includes('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache';
				const accepts = String(req.headers['accept-encoding'] ?? '');
				for (const [encoding, ending] of [
					['br', '.br'],
					['gzip', '.gz']
				] as const) {
					if (!accepts.includes(encoding)) continue;
					const exists = await stat(path + ending).then(
						() => true,
						() => false
					);
					if (!exists) continue;
					file = path + ending;
					headers['content-encoding'] = encoding;
					break;
				}
			}
			const body = await readFile(file);
			res.writeHead(200, headers);
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				server,
				origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
				close: () => new Promise((done) => server.close(() => done()))
			})
		)
	);
}
