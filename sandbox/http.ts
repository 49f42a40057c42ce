// Small node:http helpers the sandbox's endpoints share: reading bodies, answering JSON and HTML,
// and the CORS answers Entra ID and Graph give a single-page app on another origin.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InputError } from './input-error.ts';

/** The origin the browser used to reach the sandbox (it is mounted on the site's own origin). */
export function requestOrigin(req: IncomingMessage): string {
	return `http://${req.headers.host ?? 'localhost'}`;
}

/** Entra's endpoints take small forms; the sandbox refuses a body over 1 MB (Entra publishes no limit). */
export const ENTRA_BODY_LIMIT = 1024 * 1024;
/**
 * Graph refuses a request over 4 MB with 413 (https://learn.microsoft.com/en-us/graph/errors;
 * microsoftgraph/microsoft-graph-docs#85: "a 4MB limit on the size of a request").
 */
export const GRAPH_BODY_LIMIT = 4 * 1024 * 1024;
/**
 * How much of an oversized body is read and thrown away so the keep-alive connection can carry
 * the next request. Past this the answer says `Connection: close` and the socket is ended.
 */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Reads a request body of at most `limit` bytes. A larger one is never buffered: an InputError
 * (`too_large`) is thrown once the rest has been read and discarded (up to DRAIN_LIMIT), so the
 * client's next request on the same connection is parsed cleanly. A `for await` loop would destroy
 * the request, and the socket with it, when it stops early.
 */
export function readBody(req: IncomingMessage, limit = ENTRA_BODY_LIMIT): Promise<string> {
	const tooLarge = (closeConnection: boolean) =>
		new InputError(
			'too_large',
			'body',
			`The request body is larger than ${limit / (1024 * 1024)} MB. Send a smaller request.`,
			closeConnection,
		);
	if (Number(req.headers['content-length'] ?? 0) > DRAIN_LIMIT)
		return Promise.reject(tooLarge(true));
	return new Promise((resolve, reject) => {
		let size = 0;
		let chunks: Buffer[] | undefined = [];
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) chunks = undefined;
			else chunks?.push(chunk);
			if (size <= DRAIN_LIMIT) return;
			req.off('data', onData).off('end', onEnd).pause();
			reject(tooLarge(true));
		};
		const onEnd = () => {
			if (chunks) resolve(Buffer.concat(chunks).toString('utf8'));
			else reject(tooLarge(false));
		};
		req.on('data', onData).on('end', onEnd).on('error', reject);
	});
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
		if (key !== name) continue;
		// A hand-edited cookie with a stray '%' counts as no cookie, not as a failed request.
		try {
			return decodeURIComponent(rest.join('='));
		} catch {
			return undefined;
		}
	}
	return undefined;
}
