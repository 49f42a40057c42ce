// Reads whatever `diagnose` is handed into a clean Trace, with total readers: a trace straight from
// the checker, one parsed by parseTrace, or anything else (the property tests pass raw values).
// Every read is bounded: at most MAX_EXCHANGES exchanges and MAX_SCOPES scopes, strings capped, and
// bodies kept by reference, never walked here, so no depth or size can make it throw or crawl.
import { asArray, asRecord, field } from './read.ts';
import type { AuthErrorInfo, GraphExchange, IdTokenClaims, Trace } from './trace.ts';

/** More Graph exchanges than any check makes (three batches, a few retries); the rest is ignored. */
const MAX_EXCHANGES = 2000;
const MAX_SCOPES = 500;
const MAX_TEXT = 4000;

const text = (value: unknown, max = MAX_TEXT): string | undefined =>
	typeof value === 'string' ? value.slice(0, max) : undefined;

const CLAIMS = ['tid', 'iss', 'preferred_username', 'idp', 'oid', 'name'] as const;

function claims(value: unknown): IdTokenClaims | undefined {
	const record = asRecord(value);
	if (!record) return undefined;
	const out: IdTokenClaims = {};
	for (const key of CLAIMS) {
		const claim = text(field(record, key), 500);
		if (claim !== undefined) out[key] = claim;
	}
	// `wids`: the directory role template ids (checks/admin-role.ts reads them).
	const wids = asArray(field(record, 'wids'))
		.slice(0, 100)
		.flatMap((id) => (typeof id === 'string' ? [id.slice(0, 100)] : []));
	if (wids.length > 0) out['wids'] = wids;
	return out;
}

function authError(value: unknown): AuthErrorInfo {
	const errorNo = field(value, 'errorNo');
	const number =
		typeof errorNo === 'number' && Number.isInteger(errorNo) && errorNo >= 0
			? String(errorNo)
			: text(errorNo, 40)?.replace(/^AADSTS/i, '');
	const out: AuthErrorInfo = { errorCode: text(field(value, 'errorCode'), 200) || 'unknown_error' };
	const subError = text(field(value, 'subError'), 200);
	const message = text(field(value, 'message'));
	const correlationId = text(field(value, 'correlationId'), 200);
	if (subError !== undefined) out.subError = subError;
	if (number !== undefined) out.errorNo = number;
	if (message !== undefined) out.message = message;
	if (correlationId !== undefined) out.correlationId = correlationId;
	return out;
}

function signIn(value: unknown): Trace['signIn'] {
	const outcome = field(value, 'outcome');
	if (outcome === 'success') {
		const scopes = asArray(field(value, 'scopes'))
			.slice(0, MAX_SCOPES)
			.flatMap((scope) => (typeof scope === 'string' ? [scope.slice(0, 500)] : []));
		const refreshToken = field(value, 'refreshToken');
		return {
			outcome: 'success',
			idTokenClaims: claims(field(value, 'idTokenClaims')) ?? {},
			scopes,
			...(typeof refreshToken === 'boolean' ? { refreshToken } : {}),
		};
	}
	const known = claims(field(value, 'idTokenClaims'));
	const error =
		outcome === 'error'
			? authError(field(value, 'error'))
			: { errorCode: 'unknown_error', message: 'The trace does not say how the sign-in ended.' };
	const requestedScopes = field(value, 'requestedScopes');
	const userIsAdmin = field(value, 'userIsAdmin');
	return {
		outcome: 'error',
		error,
		...(known ? { idTokenClaims: known } : {}),
		...(Array.isArray(requestedScopes)
			? {
					requestedScopes: asArray(requestedScopes)
						.slice(0, MAX_SCOPES)
						.flatMap((scope) => (typeof scope === 'string' ? [scope.slice(0, 500)] : [])),
				}
			: {}),
		...(typeof userIsAdmin === 'boolean' ? { userIsAdmin } : {}),
	};
}

function exchange(value: unknown): GraphExchange | undefined {
	const url = text(field(value, 'url'), 8000);
	if (!url) return undefined;
	const status = field(value, 'status');
	const method = text(field(value, 'method'), 20)?.toUpperCase() || 'GET';
	return {
		method,
		url,
		status:
			typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 599
				? status
				: 0,
		body: field(value, 'body'),
		requestBody: field(value, 'requestBody'),
	};
}

/** The trace as the checks read it. Never throws. */
export function normaliseTrace(input: unknown): Trace {
	const graph: GraphExchange[] = [];
	for (const item of asArray(field(input, 'graph')).slice(0, MAX_EXCHANGES)) {
		const read = exchange(item);
		if (read) graph.push(read);
	}
	return {
		version: 1,
		capturedAt: text(field(input, 'capturedAt'), 60) ?? '',
		signIn: signIn(field(input, 'signIn')),
		graph,
	};
}
