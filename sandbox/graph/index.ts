// Microsoft Graph v1.0 under /sandbox/graph/v1.0: bearer token checks (401), scenario behaviour
// (throttled, graph-down, graph-silent), test faults, single requests and $batch (at most 20 parts,
// each with its own status, answered in any order).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { takeFault, type Faults } from '../faults.ts';
import { corsHeaders, GRAPH_BODY_LIMIT, readBody, sendJson } from '../http.ts';
import { verifyJwt } from '../jwt.ts';
import { findAccount } from '../scenarios.ts';
import { GRAPH_AUDIENCE, type MintContext } from '../tokens.ts';
import { refusePartUrl } from './batch-part.ts';
import { graphErrors, type GraphResult } from './errors.ts';
import { dispatch, type Caller } from './routes.ts';

export const GRAPH_PATH = '/sandbox/graph/v1.0';
const MAX_BATCH = 20;
/** graph-silent holds a request at most this long, then drops the connection without an answer. */
const SILENT_HOLD_MS = 120_000;

/** Takes the request and never answers, like a Graph that hangs: ends when the client gives up. */
function holdOpen(req: IncomingMessage, res: ServerResponse): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => res.destroy(), SILENT_HOLD_MS);
		timer.unref();
		res.on('close', () => {
			clearTimeout(timer);
			resolve();
		});
		req.resume();
	});
}

function authenticate(req: IncomingMessage, ctx: MintContext): Caller | GraphResult {
	const header = req.headers.authorization ?? '';
	const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
	if (!token) return graphErrors.noToken(ctx.now);
	if (!token.includes('.')) return graphErrors.badToken(ctx.now);
	const claims = verifyJwt(ctx.key, token);
	if (!claims || claims['aud'] !== GRAPH_AUDIENCE) return graphErrors.badSignature(ctx.now);
	if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 <= ctx.now)
		return graphErrors.expired(ctx.now);
	const account = findAccount(String(claims['oid'] ?? ''));
	if (!account) return graphErrors.badSignature(ctx.now);
	return {
		account,
		scp: String(claims['scp'] ?? '')
			.split(' ')
			.filter(Boolean),
	};
}

/** One request as the account's scenario plays it: graph-down always 503, throttled 429 once per URL. */
function answer(
	caller: Caller,
	method: string,
	url: string,
	base: string,
	ctx: MintContext,
): GraphResult {
	if (caller.account.graph === 'down') return graphErrors.unavailable(ctx.now);
	if (
		caller.account.graph === 'throttled' &&
		ctx.state.countGraphCall(`${caller.account.oid} ${method} ${url}`) % 2 === 0
	) {
		return graphErrors.throttled(1, ctx.now);
	}
	return dispatch(caller, method, url, base, ctx.now);
}

function batch(caller: Caller, body: unknown, base: string, ctx: MintContext): GraphResult {
	const requests = (body as { requests?: unknown } | null)?.requests;
	if (!Array.isArray(requests))
		return graphErrors.badRequest('BadRequest', 'Invalid batch payload format.', ctx.now);
	if (requests.length > MAX_BATCH)
		return graphErrors.badRequest(
			'BadRequest',
			`Batch request cannot contain more than ${MAX_BATCH} requests.`,
			ctx.now,
		);
	const results = new Map<string, GraphResult>();
	/** The ids seen so far, lower-cased: Graph compares them without case. */
	const ids = new Set<string>();
	for (const part of requests as {
		id?: unknown;
		method?: unknown;
		url?: unknown;
		dependsOn?: unknown;
	}[]) {
		if (
			typeof part?.id !== 'string' ||
			typeof part.method !== 'string' ||
			typeof part.url !== 'string'
		) {
			return graphErrors.badRequest(
				'BadRequest',
				'Invalid batch payload format: every request needs an id, a method and a url.',
				ctx.now,
			);
		}
		// Ids are "not case-sensitive. Must be unique within the batch. Otherwise, the batch request
		// fails with a 400 Bad Request" (microsoft-graph-docs-contrib concepts/json-batching.md).
		if (ids.has(part.id.toLowerCase()))
			return graphErrors.badRequest(
				'BadRequest',
				`Duplicate request id '${part.id}' in batch.`,
				ctx.now,
			);
		const failedDependency = (Array.isArray(part.dependsOn) ? part.dependsOn : []).some(
			(id) => (results.get(String(id))?.status ?? 424) >= 400,
		);
		ids.add(part.id.toLowerCase());
		results.set(
			part.id,
			failedDependency
				? {
						...graphErrors.badRequest(
							'FailedDependency',
							'A request this one depends on failed.',
							ctx.now,
						),
						status: 424,
					}
				: (refusePartUrl(part.id, part.url, ctx.now) ??
						answer(caller, part.method.toUpperCase(), part.url, base, ctx)),
		);
	}
	// Graph answers parts in any order; the sandbox answers last first so clients must match by id.
	const responses = [...results].reverse().map(([id, r]) => ({
		id,
		status: r.status,
		headers: { 'content-type': 'application/json', ...r.headers },
		body: r.body,
	}));
	return { status: 200, headers: {}, body: { responses } };
}

export async function handleGraph(
	req: IncomingMessage,
	res: ServerResponse,
	ctx: MintContext,
	faults: Faults,
): Promise<void> {
	const cors = corsHeaders(req);
	const send = (r: GraphResult) => sendJson(res, r.status, r.body, { ...cors, ...r.headers });
	const url = new URL(req.url ?? '/', ctx.origin);
	const relative = url.pathname.slice(GRAPH_PATH.length) + url.search;
	const base = `${ctx.origin}${GRAPH_PATH}`;
	if (faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
	const caller = authenticate(req, ctx);
	if ('status' in caller) return send(caller);
	if (caller.account.graph === 'silent') return holdOpen(req, res);
	const fault = takeFault(faults);
	if (fault === 'throttle') return send(graphErrors.throttled(faults.retryAfterSeconds, ctx.now));
	if (fault === 'unavailable') return send(graphErrors.unavailable(ctx.now));
	if (fault === 'malformed') {
		res.writeHead(200, { 'content-type': 'application/json', ...cors });
		return void res.end('{"value": [ {"id": ');
	}
	if (url.pathname === `${GRAPH_PATH}/$batch`) {
		if (req.method !== 'POST') return send(graphErrors.methodNotAllowed(ctx.now));
		// Read outside the try: a body over 4 MB is the 413 that sandbox/index.ts answers, not bad JSON.
		const text = await readBody(req, GRAPH_BODY_LIMIT);
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			return send(
				graphErrors.badRequest('BadRequest', 'Unable to read JSON request payload.', ctx.now),
			);
		}
		return send(batch(caller, body, base, ctx));
	}
	send(answer(caller, req.method ?? 'GET', relative, base, ctx));
}
