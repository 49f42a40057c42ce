// Serves the built site (dist/) as a static host would: directory indexes, trailing-slash
// redirects, the 404 page, and the response headers the build wrote to `_headers` (as Netlify and
// Cloudflare Pages read them). No dependencies beyond node: and the header rules' own modules.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, type HeaderRule } from '../src/hosting/headers.ts';
import {
	HEADERS_FILE,
	parseNetlifyHeaders,
	STATIC_WEB_APP_FILE,
} from '../src/hosting/host-files.ts';

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
	/** The header rules every response gets; by default those in the build's `_headers`. */
	rules?: readonly HeaderRule[];
}

/** The header rules the build wrote into `root`, or none when it wrote no `_headers`. */
export function readHeaderRules(root: string): HeaderRule[] {
	const file = join(root, HEADERS_FILE);
	return existsSync(file) ? parseNetlifyHeaders(readFileSync(file, 'utf8')) : [];
}

/** Sets the headers the rules give `urlPath` on a response, before anything writes its head. */
export function applyHeaderRules(
	rules: readonly HeaderRule[],
	urlPath: string,
	res: ServerResponse,
): void {
	for (const [name, value] of Object.entries(headersFor(rules, urlPath)))
		res.setHeader(name, value);
}

/** The hosts' own configuration files: read by the host, never served. */
const HOST_FILES = new Set([`/${HEADERS_FILE}`, `/${STATIC_WEB_APP_FILE}`]);

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
	const rules = options.rules ?? readHeaderRules(root);
	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		applyHeaderRules(rules, url.pathname, res);
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
		let info = HOST_FILES.has(pathname) ? undefined : await fileAt(file);
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
		res.writeHead(status, { 'content-type': type, 'content-length': info.size });
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file).pipe(res);
	};
}
