// Serves the built site (dist/) as a static host would: directory indexes, trailing-slash
// redirects, the 404 page, and long caching for hashed assets. No dependencies beyond node:.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

export interface StaticOptions {
	root: string;
	/** Extra headers for a file about to be served (CSP for HTML, no-store for the redirect bridge). */
	headersFor?: (urlPath: string, filePath: string) => Record<string, string>;
}

async function fileAt(path: string) {
	try {
		const info = await stat(path);
		return info.isFile() ? info : undefined;
	} catch {
		return undefined;
	}
}

/** Returns a request handler that answers from `root`, or with the site's 404 page. */
export function createStaticHandler(options: StaticOptions) {
	const root = resolve(options.root);
	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const target = normalize(join(root, pathname));
		if (target !== root && !target.startsWith(root + sep)) {
			res.writeHead(403).end();
			return;
		}
		let file = target;
		let info = await fileAt(file);
		if (!info) {
			if (!pathname.endsWith('/') && (await fileAt(join(target, 'index.html')))) {
				// One leading slash only: "//host/…" would send the browser to another site.
				res
					.writeHead(301, { location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` })
					.end();
				return;
			}
			file = join(target, 'index.html');
			info = await fileAt(file);
		}
		let status = 200;
		if (!info) {
			status = 404;
			file = join(root, '404.html');
			info = await fileAt(file);
			if (!info) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
		}
		const type = MIME[extname(file)] ?? 'application/octet-stream';
		const immutable = url.pathname.startsWith('/_astro/');
		res.writeHead(status, {
			'content-type': type,
			'content-length': info.size,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff',
			...options.headersFor?.(url.pathname, file),
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file).pipe(res);
	};
}
