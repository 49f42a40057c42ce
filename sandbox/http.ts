// Small node:http helpers the sandbox's endpoints share: reading bodies, answering JSON and HTML,
// and the CORS answers Entra ID and Graph give a single-page app on another origin.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The origin the browser used to reach the sandbox (it is mounted on the site's own origin). */
export function requestOrigin(req: IncomingMessage): string {
	return `http://${req.headers.host ?? 'localhost'}`;
}

export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new Error('request body too large');
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Parses an `application/x-www-form-urlencoded` body, as the token endpoint and forms send. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
	return new URLSearchParams(await readBody(req));
}

/**
 * CORS as Entra ID answers a SPA: the caller's origin is echoed (never `*`, so a credentialed
 * fetch would still work), with the headers MSAL sends on token requests.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
	const origin = req.headers.origin;
	if (!origin) return {};
	return {
		'access-control-allow-origin': origin,
		'access-control-allow-methods': 'GET, POST, OPTIONS',
		'access-control-allow-headers':
			String(req.headers['access-control-request-headers'] ?? '') ||
			'content-type, authorization, x-anchormailbox, client-request-id, return-client-request-id',
		'access-control-expose-headers': 'client-request-id, request-id, retry-after, x-ms-request-id',
		'access-control-max-age': '86400',
		vary: 'Origin',
	};
}

export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store',
		'content-length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

export function sendHtml(
	res: ServerResponse,
	status: number,
	html: string,
	headers: Record<string, string> = {},
): void {
	res.writeHead(status, {
		'content-type': 'text/html; charset=utf-8',
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
		...headers,
	});
	res.end(html);
}

export function redirect(
	res: ServerResponse,
	location: string,
	headers: Record<string, string> = {},
): void {
	res.writeHead(302, { location, 'cache-control': 'no-store', ...headers });
	res.end();
}

export function newId(): string {
	return randomUUID();
}

/** Reads a cookie sent to the sandbox. */
export function cookie(req: IncomingMessage, name: string): string | undefined {
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) return decodeURIComponent(rest.join('='));
	}
	return undefined;
}
