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
