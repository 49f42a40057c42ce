// How the sandbox refuses what it cannot take, in the shape of the service the path stands in for:
// Graph's error JSON under /sandbox/graph/v1.0, Entra's AADSTS JSON for its API endpoints (token,
// metadata, keys), Entra's error page for the endpoints a browser opens (authorise, sign-out,
// admin consent, the sign-in screens), and the knobs' own JSON. No answer carries a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { entraErrorBody, type EntraError } from './entra-errors.ts';
import { GRAPH_PATH } from './graph/index.ts';
import { graphError } from './graph/errors.ts';
import { corsHeaders, sendHtml, sendJson } from './http.ts';
import type { InputError } from './input-error.ts';
import { errorPage } from './pages/error.ts';

export type Family = 'graph' | 'entra-api' | 'entra-page' | 'knob';

const BROWSER_ENDPOINT = /\/(oauth2\/v2\.0\/(authorize|logout)|(v2\.0\/)?adminconsent)$/;

export function familyOf(path: string): Family {
	if (path === GRAPH_PATH || path.startsWith(`${GRAPH_PATH}/`)) return 'graph';
	if (path.startsWith('/sandbox/_signin/')) return 'entra-page';
	if (path.startsWith('/sandbox/_')) return 'knob';
	if (path === '/sandbox' || path === '/sandbox/' || BROWSER_ENDPOINT.test(path))
		return 'entra-page';
	return 'entra-api';
}

/** The methods each Entra endpoint takes, by the path after the tenant segment. */
const ENTRA_METHODS: Record<string, readonly string[]> = {
	'v2.0/.well-known/openid-configuration': ['GET', 'OPTIONS'],
	'discovery/v2.0/keys': ['GET', 'OPTIONS'],
	'oauth2/v2.0/authorize': ['GET'],
	'oauth2/v2.0/token': ['POST', 'OPTIONS'],
	'oauth2/v2.0/logout': ['GET'],
	'v2.0/adminconsent': ['GET'],
	adminconsent: ['GET'],
};

/** The methods each knob takes. */
const KNOB_METHODS: Record<string, readonly string[]> = {
	'/sandbox/_reset': ['POST'],
	'/sandbox/_faults': ['GET', 'POST'],
	'/sandbox/_state': ['GET'],
};

/** The methods a sandbox path takes (for a refusal's `Allow`), or undefined for a path it lacks. */
export function allowedMethods(path: string): readonly string[] | undefined {
	if (path === '/sandbox' || path === '/sandbox/') return ['GET', 'HEAD'];
	if (path === `${GRAPH_PATH}/$batch`) return ['POST'];
	if (familyOf(path) === 'graph') return ['GET'];
	if (path.startsWith('/sandbox/_signin/')) return ['POST'];
	if (path.startsWith('/sandbox/_')) return KNOB_METHODS[path];
	const rest = /^\/sandbox\/[^/]+\/(.+)$/.exec(path)?.[1];
	return rest === undefined ? undefined : ENTRA_METHODS[rest];
}

/**
 * AADSTS90023 is Entra's "InvalidRequest - The authentication service request isn't valid"
 * (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes); Entra
 * publishes no text for a malformed URL, so the sandbox says what was wrong in its words.
 */
function invalidRequest(text: string): EntraError {
	return { error: 'invalid_request', code: 90023, text };
}

interface Answer {
	status: number;
	/** Graph's `error.code`. */
	graphCode: string;
	message: string;
	headers?: Record<string, string>;
}

function send(req: IncomingMessage, res: ServerResponse, family: Family, a: Answer, now: number) {
	const headers = { ...(family === 'knob' ? {} : corsHeaders(req)), ...a.headers };
	if (family === 'graph') {
		const r = graphError(a.status, a.graphCode, a.message, now, headers);
		return sendJson(res, r.status, r.body, r.headers);
	}
	if (family === 'knob')
		return sendJson(res, a.status, { error: a.graphCode, error_description: a.message }, headers);
	const error = invalidRequest(a.message);
	if (family === 'entra-page')
		return sendHtml(res, a.status, errorPage(error, new Date(now)), headers);
	sendJson(res, a.status, entraErrorBody(error, new Date(now)), headers);
}

/** Answers an InputError: 400 for bad encoding or a control character, 413 for a body too large. */
export function answerInputError(
	req: IncomingMessage,
	res: ServerResponse,
	family: Family,
	error: InputError,
	now: number,
): void {
	const headers: Record<string, string> = error.closeConnection ? { connection: 'close' } : {};
	if (error.kind !== 'too_large')
		return send(
			req,
			res,
			family,
			{ status: 400, graphCode: 'BadRequest', message: error.message },
			now,
		);
	// Graph's own words for it (O365/python-o365#472: 413 "The maximum request length supported is
	// 4MB."; microsoft-graph-docs-contrib#3816: code BadRequest).
	const message =
		family === 'graph' ? 'The maximum request length supported is 4MB.' : error.message;
	send(req, res, family, { status: 413, graphCode: 'BadRequest', message, headers }, now);
}

/**
 * A method the endpoint does not take. Graph answers 405 (https://learn.microsoft.com/en-us/graph/errors).
 * Entra answers 400 with AADSTS900561 "The endpoint only accepts POST, OPTIONS requests. Received a
 * GET request." (seen in NunoFilipeMota/PublicScripts#5, BitySA/oauth2-auth-code-pkce#30); both
 * carry `Allow` here so a client can tell what would work.
 */
export function answerMethodNotAllowed(
	req: IncomingMessage,
	res: ServerResponse,
	family: Family,
	allowed: readonly string[],
	now: number,
): void {
	const method = req.method ?? '';
	const headers = { allow: allowed.join(', ') };
	if (family === 'graph') {
		const message = `The method ${method} is not allowed here; this resource takes ${allowed.join(', ')}.`;
		return send(req, res, family, { status: 405, graphCode: 'BadRequest', message, headers }, now);
	}
	const error: EntraError = {
		error: 'invalid_request',
		code: 900561,
		text: `The endpoint only accepts ${allowed.join(', ')} requests. Received a ${method} request.`,
	};
	const at = new Date(now);
	if (family === 'entra-page') return sendHtml(res, 400, errorPage(error, at), headers);
	sendJson(res, family === 'knob' ? 405 : 400, entraErrorBody(error, at), {
		...(family === 'knob' ? {} : corsHeaders(req)),
		...headers,
	});
}

/**
 * The last resort for a fault in the sandbox itself: logged with its stack for whoever runs the
 * server, answered in the service's shape without it. Graph's code for an unspecified failure is
 * `generalException` (https://learn.microsoft.com/en-us/graph/errors, "Code property"); Entra's is
 * AADSTS50000 "There's an issue with the sign-in service" (reference-error-codes, as above).
 */
export function answerServerError(
	req: IncomingMessage,
	res: ServerResponse,
	family: Family,
	now: number,
): void {
	const message = 'The sandbox failed to answer this request; the server log has the details.';
	if (family === 'graph') {
		const r = graphError(500, 'generalException', message, now, corsHeaders(req));
		return sendJson(res, 500, r.body, r.headers);
	}
	const error: EntraError = { error: 'server_error', code: 50000, text: message };
	if (family === 'entra-page') return sendHtml(res, 500, errorPage(error, new Date(now)));
	sendJson(res, 500, entraErrorBody(error, new Date(now)), corsHeaders(req));
}
