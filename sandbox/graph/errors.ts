// Microsoft Graph's error shape: `{ error: { code, message, innerError: { date, request-id,
// client-request-id } } }`, with the codes and messages Graph sends for the cases the sandbox plays.
import { graphErrors as bodies } from '../../fixtures/graph.ts';
import { meetingErrors } from '../../fixtures/meetings.ts';
import { newId } from '../http.ts';

export interface GraphResult {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

export function graphError(
	status: number,
	code: string,
	message: string,
	now: number,
	headers: Record<string, string> = {},
	innerCode?: string,
): GraphResult {
	const requestId = newId();
	const inner = {
		...(innerCode ? { code: innerCode } : {}),
		date: new Date(now).toISOString().replace(/\.\d+Z$/, ''),
		'request-id': requestId,
		'client-request-id': requestId,
	};
	return {
		status,
		headers: { 'request-id': requestId, 'client-request-id': requestId, ...headers },
		body: { error: { code, message, innerError: inner } },
	};
}

/** A fixture's codes and message (Graph's wording, shared with the engine's tests), with fresh ids. */
function fromFixture(
	status: number,
	body: {
		error: {
			code: string;
			message?: string | undefined;
			innerError?: Record<string, unknown> | undefined;
		};
	},
	now: number,
	headers: Record<string, string> = {},
): GraphResult {
	const innerCode = body.error.innerError?.['code'];
	return graphError(
		status,
		body.error.code,
		body.error.message ?? '',
		now,
		headers,
		typeof innerCode === 'string' ? innerCode : undefined,
	);
}

export const graphErrors = {
	noToken: (now: number) =>
		graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', now, {
			'www-authenticate': 'Bearer realm=""',
		}),
	badToken: (now: number) =>
		graphError(
			401,
			'InvalidAuthenticationToken',
			'IDX14100: JWT is not well formed, there are no dots (.).',
			now,
		),
	badSignature: (now: number) =>
		graphError(
			401,
			'InvalidAuthenticationToken',
			'Access token validation failure. Invalid audience.',
			now,
		),
	expired: (now: number) =>
		graphError(
			401,
			'InvalidAuthenticationToken',
			'Lifetime validation failed, the token is expired.',
			now,
		),
	/** Outlook resources (mail, calendar, mailbox settings) deny like Exchange. */
	outlookDenied: (now: number) =>
		graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.', now),
	/** Teams resources name the scopes they accept. */
	teamsDenied: (anyOf: readonly string[], scp: string, now: number) =>
		graphError(
			403,
			'Forbidden',
			`Missing scope permissions on the request. API requires one of '${anyOf.join(', ')}'. Scopes on the request '${scp}'`,
			now,
		),
	directoryDenied: (now: number) =>
		graphError(
			403,
			'Authorization_RequestDenied',
			'Insufficient privileges to complete the operation.',
			now,
		),
	mailboxUnavailable: (now: number) => fromFixture(404, bodies.mailboxNotEnabled, now),
	/**
	 * Teams APIs for a user without a Teams licence: 403 `Forbidden`, no code of its own and no
	 * inner code, only this message (the published body's innerError holds date and request ids
	 * alone: OfficeDev/microsoft-teams-apps-requestateam#355). Seen from /me/chats, /me/teamwork and
	 * /appCatalogs in public logs; see fixtures/meetings.ts for the sources.
	 */
	teamsLicence: (now: number) => fromFixture(403, meetingErrors.teamsLicence, now),
	/** Transcripts when the tenant's "Transcript API access" is off (onlinemeeting-list-transcripts). */
	transcriptsDisabled: (now: number) => fromFixture(403, meetingErrors.transcriptsDisabled, now),
	throttled: (retryAfter: number, now: number) =>
		fromFixture(429, bodies.tooManyRequests, now, { 'retry-after': String(retryAfter) }),
	unavailable: (now: number) => fromFixture(503, bodies.serviceUnavailable, now),
	onlineMeetingsNeedFilter: (now: number) => fromFixture(400, bodies.badRequestFilter, now),
	notFound: (what: string, now: number) => graphError(404, 'NotFound', `${what} not found.`, now),
	noRoute: (path: string, now: number) =>
		graphError(
			400,
			'BadRequest',
			`Resource not found for the segment '${path.split('/').filter(Boolean).at(-1) ?? ''}'.`,
			now,
		),
	badRequest: (code: string, message: string, now: number) => graphError(400, code, message, now),
	methodNotAllowed: (now: number) =>
		graphError(
			405,
			'Request_BadRequest',
			'Specified HTTP method is not allowed for the request target.',
			now,
		),
};
