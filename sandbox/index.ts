// The sandbox: a local stand-in for Microsoft Entra ID (v2 endpoints) and Microsoft Graph v1.0,
// as one node:http handler mounted at /sandbox/ on the site's own origin. The real MSAL signs in
// to it; scenario accounts (scenarios.ts) play each situation the help centre explains.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdminConsent } from './admin-consent.ts';
import { handleAuthorize, handleSignInStep } from './authorize.ts';
import {
	allowedMethods,
	answerInputError,
	answerMethodNotAllowed,
	answerServerError,
	familyOf,
} from './bad-input.ts';
import { handleEndSession } from './end-session.ts';
import { entraErrorBody, entraErrors } from './entra-errors.ts';
import { faultsSchema, noFaults, type Faults, type FaultsInput } from './faults.ts';
import { GRAPH_PATH, handleGraph } from './graph/index.ts';
import { corsHeaders, readBody, requestOrigin, sendHtml, sendJson } from './http.ts';
import { createSigningKey, jwks } from './jwt.ts';
import { openIdConfiguration, resolveTenant } from './metadata.ts';
import { homePage } from './pages/home.ts';
import { InputError } from './input-error.ts';
import {
	checkHeaderBound,
	checkUrlEncoding,
	decodeComponent,
	refusalBody,
	refuseForeignHost,
	refuseKnobRequest,
} from './request-guard.ts';
import { createState } from './state.ts';
import { handleToken } from './token-endpoint.ts';
import type { MintContext } from './tokens.ts';

export interface SandboxOptions {
	/** The clock, in milliseconds (tests move it to expire codes and tokens). */
	now?: () => number;
}

export function createSandbox(options: SandboxOptions = {}) {
	const now = options.now ?? Date.now;
	const key = createSigningKey();
	const state = createState({ now });
	let faults: Faults = noFaults();

	async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
		const ctx: MintContext = { key, state, origin: requestOrigin(req), now: now() };
		const path = url.pathname;
		const method = req.method ?? 'GET';
		// A page on another host name that resolves to this machine (DNS rebinding) gets nothing.
		const foreignHost = refuseForeignHost(req);
		if (foreignHost) {
			const graph = path === GRAPH_PATH || path.startsWith(`${GRAPH_PATH}/`);
			sendJson(
				res,
				foreignHost.status,
				graph
					? { error: { code: 'Forbidden', message: foreignHost.reason } }
					: refusalBody(foreignHost),
			);
			return true;
		}
		// Refused before any endpoint reads them: a stray '%' (Node hands the raw URL over as sent)
		// and, outside Graph, a CR, LF or other control character in a value bound for a header.
		checkUrlEncoding(req.url ?? '/');
		const family = familyOf(path);
		if (family !== 'graph') checkHeaderBound(url.searchParams);
		const refuseMethod = (allowed: readonly string[]) => {
			answerMethodNotAllowed(req, res, family, allowed, ctx.now);
			return true;
		};
		const allowed = allowedMethods(path);
		// The knobs and sign-in screens are same-origin only: no CORS answer, not even to a preflight.
		if (path.startsWith('/sandbox/_signin/') && method !== 'POST') return refuseMethod(['POST']);
		if (path.startsWith('/sandbox/_')) return knobs(req, res, path, method, ctx);
		if (method === 'OPTIONS') {
			res.writeHead(204, corsHeaders(req)).end();
			return true;
		}
		if (allowed && !allowed.includes(method)) return refuseMethod(allowed);
		if (path === '/sandbox/' || path === '/sandbox') {
			sendHtml(res, 200, homePage(ctx.origin));
			return true;
		}
		if (family === 'graph') {
			await handleGraph(req, res, ctx, faults);
			return true;
		}
		const match = /^\/sandbox\/([^/]+)\/(.+)$/.exec(path);
		if (!match) return false;
		const [, segment = '', rest] = match;
		const tenantSegment = decodeComponent(segment, 'tenant');
		const resolved = resolveTenant(tenantSegment);
		switch (`${method} ${rest}`) {
			case 'GET v2.0/.well-known/openid-configuration':
				if (!resolved)
					sendJson(
						res,
						400,
						entraErrorBody(entraErrors.tenantNotFound(tenantSegment), new Date(ctx.now)),
						corsHeaders(req),
					);
				else
					sendJson(res, 200, openIdConfiguration(ctx.origin, resolved), {
						...corsHeaders(req),
						'cache-control': 'max-age=86400, private',
					});
				return true;
			case 'GET discovery/v2.0/keys':
				sendJson(res, 200, jwks(key), corsHeaders(req));
				return true;
			case 'GET oauth2/v2.0/authorize':
				handleAuthorize(req, res, resolved, tenantSegment, ctx, faults);
				return true;
			case 'POST oauth2/v2.0/token':
				if (!resolved)
					sendJson(
						res,
						400,
						entraErrorBody(entraErrors.tenantNotFound(tenantSegment), new Date(ctx.now)),
						corsHeaders(req),
					);
				else await handleToken(req, res, resolved, ctx);
				return true;
			case 'GET oauth2/v2.0/logout':
				handleEndSession(req, res, ctx);
				return true;
			case 'GET v2.0/adminconsent':
			case 'GET adminconsent':
				handleAdminConsent(req, res, resolved, tenantSegment, ctx);
				return true;
			default:
				return false;
		}
	}

	/** The test knobs and the sign-in screens' form posts (paths starting with `/sandbox/_`). */
	async function knobs(
		req: IncomingMessage,
		res: ServerResponse,
		path: string,
		method: string,
		ctx: MintContext,
	): Promise<boolean> {
		const signIn = /^\/sandbox\/_signin\/([\w-]+)$/.exec(path);
		if (signIn && method === 'POST') {
			await handleSignInStep(req, res, signIn[1]!, ctx);
			return true;
		}
		const refusal = refuseKnobRequest(req, path, method);
		if (refusal) {
			sendJson(res, refusal.status, refusalBody(refusal));
			return true;
		}
		const allowed = allowedMethods(path);
		if (allowed && !allowed.includes(method)) {
			answerMethodNotAllowed(req, res, 'knob', allowed, ctx.now);
			return true;
		}
		if (path === '/sandbox/_reset' && method === 'POST') {
			reset();
			res.writeHead(204).end();
			return true;
		}
		if (path === '/sandbox/_faults') {
			if (method === 'POST') {
				const parsed = faultsSchema.safeParse(parseJson(await readBody(req)));
				if (!parsed.success)
					sendJson(res, 400, {
						error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
					});
				else sendJson(res, 200, (faults = parsed.data));
			} else sendJson(res, 200, faults);
			return true;
		}
		if (path === '/sandbox/_state' && method === 'GET') {
			sendJson(res, 200, state.snapshot());
			return true;
		}
		return false;
	}

	function parseJson(text: string): unknown {
		try {
			return JSON.parse(text || '{}');
		} catch {
			return text; // Not JSON: the schema's error names it.
		}
	}

	function reset() {
		state.reset();
		faults = noFaults();
	}

	return {
		/** Answers a request under /sandbox/; resolves false when the path is not the sandbox's. */
		async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
			const raw = req.url ?? '/';
			let url: URL;
			try {
				url = new URL(raw, 'http://localhost');
			} catch {
				// An absolute-form URL that does not parse (`GET http://[oops/sandbox/`).
				if (!raw.includes('/sandbox')) return false;
				const error = new InputError(
					'bad_encoding',
					'URL',
					`The request URL '${raw}' is not valid.`,
				);
				answerInputError(req, res, 'entra-api', error, now());
				return true;
			}
			if (url.pathname !== '/sandbox' && !url.pathname.startsWith('/sandbox/')) return false;
			const family = familyOf(url.pathname);
			try {
				return await route(req, res, url);
			} catch (error) {
				if (res.headersSent) res.end();
				else if (error instanceof InputError) answerInputError(req, res, family, error, now());
				else {
					console.error('sandbox: no answer for', req.method, url.pathname, error);
					answerServerError(req, res, family, now());
				}
				return true;
			}
		},
		reset,
		/** Sets the Graph fault knobs (unset fields return to none). */
		setFaults(input: FaultsInput) {
			faults = faultsSchema.parse(input);
		},
		faults: () => ({ ...faults }),
		state,
	};
}

export type Sandbox = ReturnType<typeof createSandbox>;
