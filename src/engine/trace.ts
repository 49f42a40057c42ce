// Trace version 1: what the browser saw during one check (docs/CONTRACTS.md, "Trace, version 1"). The
// checker writes it, support staff export it, and the engine reads nothing else.
import { z } from 'zod';
import { formatPath } from '../registry/friendly-errors.ts';

/** Id token claims as MSAL gives them; only the ones the engine reads are named, the rest are kept. */
export const idTokenClaimsSchema = z.looseObject({
	/** The tenant the account signed in to. Personal accounts: `9188040d-6c67-4c5b-b112-36a304b66dad`. */
	tid: z.string().optional(),
	/** The issuer, `https://login.microsoftonline.com/{tid}/v2.0`. */
	iss: z.string().optional(),
	/** The sign-in name. @example 'adviser@contoso.com.au' */
	preferred_username: z.string().optional(),
	/** Where the account comes from when it is not the tenant's own, e.g. `live.com` for a personal guest. */
	idp: z.string().optional(),
	oid: z.string().optional(),
	name: z.string().optional(),
});
export type IdTokenClaims = z.output<typeof idTokenClaimsSchema>;

/** An error as MSAL v5 surfaces it (`AuthError`, `ServerError`, `InteractionRequiredAuthError`). */
export const authErrorSchema = z.looseObject({
	/** MSAL's or the server's code. @example 'access_denied' @example 'user_cancelled' */
	errorCode: z.string().min(1, 'must name the error code, e.g. "access_denied"'),
	/** @example 'cancel' @example 'consent_required' */
	subError: z.string().optional(),
	/** The AADSTS number, as MSAL's `errorNo` (a string) or a number. @example '90094' */
	errorNo: z
		.union([z.string(), z.number().int().nonnegative()])
		.transform((value) => String(value).replace(/^AADSTS/i, ''))
		.optional(),
	/** The message; the AADSTS number is read from it only when `errorNo` is missing. */
	message: z.string().optional(),
	correlationId: z.string().optional(),
});
export type AuthErrorInfo = z.output<typeof authErrorSchema>;

export const signInSuccessSchema = z.object({
	outcome: z.literal('success'),
	idTokenClaims: idTokenClaimsSchema,
	/** Granted scopes as MSAL reports them for the access token, bare or resource-qualified. */
	scopes: z.array(z.string()),
	/** Whether a refresh token was issued, i.e. `offline_access` was granted. Unknown when missing. */
	refreshToken: z.boolean().optional(),
});

export const signInErrorSchema = z.object({
	outcome: z.literal('error'),
	error: authErrorSchema,
	/** The account's claims when MSAL knew them (e.g. a silent call failed). Optional. */
	idTokenClaims: idTokenClaimsSchema.optional(),
	/**
	 * The scopes the sign-in asked for, as sent. With `userIsAdmin`, an AADSTS65001 for a request
	 * that holds admin-only permissions reads as admin approval needed. @example ['https://graph.microsoft.com/.default']
	 */
	requestedScopes: z.array(z.string()).optional(),
	/** Whether the account holds a role that may consent for the organisation; missing when unknown. */
	userIsAdmin: z.boolean().optional(),
});

/** One Graph exchange. `status` 0: the request never got an answer. */
export const graphExchangeSchema = z.object({
	/** @example 'GET' */
	method: z
		.string()
		.min(1)
		.transform((method) => method.toUpperCase()),
	/** Absolute (Graph or sandbox) or relative to the version root. */
	url: z.string().min(1, 'must be the request URL'),
	status: z.number().int().min(0).max(599),
	/** Response headers; names compare case-insensitively (kept lower-case). */
	headers: z
		.record(z.string(), z.string())
		.transform((headers) =>
			Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
		)
		.optional(),
	/** The response body as JSON, when there was one. */
	body: z.unknown().optional(),
	/** For `POST /$batch`: the request body, so each answer can be matched to its URL. */
	requestBody: z.unknown().optional(),
});
export type GraphExchange = z.output<typeof graphExchangeSchema>;

export const traceSchema = z.object(
	{
		version: z.literal(1, 'must be 1 (this engine reads trace version 1)'),
		/** When the check ran. @example '2026-11-26T10:00:00.000Z' */
		capturedAt: z.iso.datetime({ offset: true }),
		signIn: z.discriminatedUnion('outcome', [signInSuccessSchema, signInErrorSchema], {
			error:
				'must have "outcome": "success" (with idTokenClaims and scopes) or "error" (with error)',
		}),
		/** Every Graph exchange, in order; may be empty. */
		graph: z.array(graphExchangeSchema).default([]),
	},
	{
		error: (issue) =>
			issue.code === 'invalid_type'
				? 'must be a JSON object with version, capturedAt, signIn and graph'
				: undefined,
	},
);
export type Trace = z.output<typeof traceSchema>;
export type TraceInput = z.input<typeof traceSchema>;

export type ParseTraceResult =
	{ ok: true; trace: Trace } | { ok: false; error: string; field: string };

/** A short picture of what was found, for the message: never the whole value (it may be huge or deeply nested). */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (value !== null && typeof value === 'object') {
		const keys = Object.keys(value);
		return keys.length === 0
			? 'an empty object'
			: `an object with ${keys
					.slice(0, 4)
					.map((k) => JSON.stringify(k.slice(0, 30)))
					.join(', ')}${keys.length > 4 ? ', …' : ''}`;
	}
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Validates a trace; on failure, one line naming the field, the problem and what was found. */
export function parseTrace(input: unknown): ParseTraceResult {
	const result = traceSchema.safeParse(input);
	if (result.success) return { ok: true, trace: result.data };
	const issue = result.error.issues[0]!;
	const field = formatPath(issue.path);
	let found: unknown = input;
	for (const key of issue.path)
		found =
			found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key] : undefined;
	return {
		ok: false,
		field,
		error: `Invalid trace: ${field}: ${issue.message} (found ${describe(found)})`,
	};
}
