// Who may talk to the sandbox. It listens on loopback only, so the peer address proves nothing: any
// web page the developer opens can send requests to it. Two checks close that door:
// - the Host must be a loopback name (a DNS-rebinding page arrives with its own host name), for
//   every sandbox endpoint;
// - the test knobs (`/sandbox/_reset`, `_faults`, `_state`) also refuse a foreign `Origin` (a
//   cross-site fetch or form post), and `_faults` takes JSON bodies only, so no "simple"
//   cross-site request can set it. Playwright's and Node's request clients send no Origin, and
//   the site is on the sandbox's own origin, so both keep working.
import type { IncomingMessage } from 'node:http';
import { requestOrigin } from './http.ts';
import { InputError } from './input-error.ts';

const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** Why a request is refused. */
export interface Refusal {
	error: 'forbidden_host' | 'forbidden_origin' | 'unsupported_media_type';
	status: 403 | 415;
	/** A sentence saying what was refused and why. */
	reason: string;
}

/** Refuses a Host header that is not localhost, 127.0.0.1 or [::1] (with or without a port). */
export function refuseForeignHost(req: IncomingMessage): Refusal | undefined {
	const host = req.headers.host ?? '';
	if (LOOPBACK_HOST.test(host)) return undefined;
	return {
		error: 'forbidden_host',
		status: 403,
		reason: `The sandbox answers only requests addressed to localhost, 127.0.0.1 or [::1], not to host '${host}'.`,
	};
}

/** Refuses a test-knob request from another site's page, or a `_faults` POST whose body is not JSON. */
export function refuseKnobRequest(
	req: IncomingMessage,
	path: string,
	method: string,
): Refusal | undefined {
	const host = refuseForeignHost(req);
	if (host) return host;
	const origin = req.headers.origin;
	if (origin !== undefined && origin !== requestOrigin(req)) {
		return {
			error: 'forbidden_origin',
			status: 403,
			reason: `The sandbox's test knobs answer only its own origin (${requestOrigin(req)}) or a test client, not a page from '${origin}'.`,
		};
	}
	const type = String(req.headers['content-type'] ?? '')
		.split(';')[0]!
		.trim()
		.toLowerCase();
	if (path === '/sandbox/_faults' && method === 'POST' && type !== 'application/json') {
		return {
			error: 'unsupported_media_type',
			status: 415,
			reason: `POST /sandbox/_faults takes an 'application/json' body, not '${type || 'no content type'}'.`,
		};
	}
	return undefined;
}

/** The JSON answer for a refusal, shaped like Entra's errors (`error`, `error_description`). */
export function refusalBody(refusal: Refusal) {
	return { error: refusal.error, error_description: refusal.reason };
}

const BAD_PERCENT = /%(?![0-9a-f]{2})/i;

/** Decodes a URL component, or throws an InputError naming it (a stray `%`, or bytes that are not UTF-8). */
export function decodeComponent(value: string, field: string): string {
	const bad = BAD_PERCENT.exec(value);
	try {
		if (!bad) return decodeURIComponent(value);
	} catch {
		// Well-formed escapes that spell invalid UTF-8 (%C3%28): refused below like a stray `%`.
	}
	const at = bad ? `'${value.slice(bad.index, bad.index + 3)}'` : 'its percent-escapes';
	throw new InputError(
		'bad_encoding',
		field,
		`The request ${field} is not valid: ${at} is not a valid percent-encoding (a '%' must start UTF-8 bytes written as %XX). Encode the value with encodeURIComponent and send it again.`,
	);
}

/** Checks that the raw path and query of a request are well-formed percent-encoding. */
export function checkUrlEncoding(rawUrl: string): void {
	const queryAt = rawUrl.indexOf('?');
	const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
	decodeComponent(path, 'path');
	if (queryAt !== -1) decodeComponent(rawUrl.slice(queryAt + 1).replace(/#.*$/, ''), 'query');
}

// C0 controls and DEL: a value that reaches a response header (Location, Set-Cookie) must hold none,
// or it could split the header (CRLF) or be cut at a NUL.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Query parameters the sandbox copies into a response header (a redirect's Location). */
export const HEADER_BOUND_PARAMETERS = [
	'redirect_uri',
	'post_logout_redirect_uri',
	'state',
	'logout_hint',
] as const;

/** Throws an InputError for the first header-bound parameter holding a control character. */
export function checkHeaderBound(query: URLSearchParams): void {
	for (const name of HEADER_BOUND_PARAMETERS) {
		const value = query.get(name);
		if (value === null || !CONTROL.test(value)) continue;
		const char = value.match(CONTROL)![0].charCodeAt(0);
		const shown =
			char === 13
				? 'a carriage return (CR)'
				: char === 10
					? 'a line feed (LF)'
					: `control character U+${char.toString(16).padStart(4, '0').toUpperCase()}`;
		throw new InputError(
			'control_character',
			name,
			`The '${name}' parameter holds ${shown}, which no URL or header may contain. Remove it and send the request again.`,
		);
	}
}
