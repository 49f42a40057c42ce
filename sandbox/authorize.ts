// GET {tenant}/oauth2/v2.0/authorize and the sign-in screens behind it (POST _signin/{id}):
// the account picker (login_hint and prompt honoured), consent, "Need admin approval" and the
// admin consent request form. Ends by redirecting to the SPA with a code or an Entra error.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isClaras, isSpaRedirectUri } from './app-registration.ts';
import { decide } from './decide.ts';
import { entraErrorParams, entraErrors, type EntraError } from './entra-errors.ts';
import { cookie, readForm, redirect, sendHtml } from './http.ts';
import { resolveTenant, type ResolvedTenant } from './metadata.ts';
import { adminApprovalPage, requestSentPage } from './pages/admin-approval.ts';
import { consentPage } from './pages/consent.ts';
import { errorPage } from './pages/error.ts';
import { escapeHtml } from './pages/layout.ts';
import { mfaPage } from './pages/mfa.ts';
import { pickerPage } from './pages/picker.ts';
import { adminConsentAnswer, adminConsentScreen } from './admin-consent.ts';
import { findAccount, type Account } from './scenarios.ts';
import { parseScopes } from './scopes.ts';
import type { AuthorizeRequest } from './state.ts';
import { accountForHint, clientInfo, type MintContext } from './tokens.ts';
import { unknownScope } from './token-endpoint.ts';

export const SESSION_COOKIE = 'sandbox-session';
export const signInPath = (id: string) => `/sandbox/_signin/${id}`;

/** The form_post page's one script: it submits the form as the page loads. */
export const FORM_POST_SCRIPT = 'document.forms[0].submit()';

/**
 * The form_post page's own policy: its script and a form to the redirect URI's origin, nothing
 * else. Entra serves this page from its own host with its own headers; the sandbox shares the
 * site's origin, whose header CSP (every response, scripts/serve.ts) would refuse the inline submit.
 */
export function formPostPolicy(redirectUri: string): string {
	const hash = createHash('sha256').update(FORM_POST_SCRIPT).digest('base64');
	return `default-src 'none'; script-src 'sha256-${hash}'; form-action ${new URL(redirectUri).origin}; base-uri 'none'; frame-ancestors 'none'`;
}

/** Sends the authorization response to the redirect URI in the requested response mode. */
export function respond(
	res: ServerResponse,
	request: AuthorizeRequest,
	params: URLSearchParams,
	headers: Record<string, string> = {},
) {
	if (request.responseMode === 'form_post') {
		const fields = [...params]
			.map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
			.join('');
		// Like Entra's: the form submits itself, and without JavaScript a button does.
		return sendHtml(
			res,
			200,
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Working...</title></head><body><form method="post" action="${escapeHtml(request.redirectUri)}">${fields}<noscript><p>Script is disabled. Click Submit to continue.</p><button type="submit">Submit</button></noscript></form><script>${FORM_POST_SCRIPT}</script></body></html>`,
			{ ...headers, 'content-security-policy': formPostPolicy(request.redirectUri) },
		);
	}
	redirect(
		res,
		`${request.redirectUri}${request.responseMode === 'query' ? '?' : '#'}${params}`,
		headers,
	);
}

function respondError(
	res: ServerResponse,
	request: AuthorizeRequest,
	error: EntraError,
	now: number,
) {
	respond(res, request, entraErrorParams(error, request.state, new Date(now)));
}

/**
 * An unknown tenant (AADSTS90002) or an app not in it (700016), which Entra shows on its own page
 * and never redirects: answered here, true when it was.
 */
export function refusedApp(
	res: ServerResponse,
	resolved: ResolvedTenant | undefined,
	segment: string,
	clientId: string,
): boolean {
	if (!resolved) sendHtml(res, 400, errorPage(entraErrors.tenantNotFound(segment)));
	else if (!isClaras(clientId)) {
		const where = resolved.kind === 'tenant' ? resolved.tenant.name : segment;
		sendHtml(res, 400, errorPage(entraErrors.appNotFound(clientId, where)));
	} else return false;
	return true;
}

export function handleAuthorize(
	req: IncomingMessage,
	res: ServerResponse,
	resolved: ResolvedTenant | undefined,
	segment: string,
	ctx: MintContext,
	browser: { blockThirdPartyCookies: boolean } = { blockThirdPartyCookies: false },
): void {
	const q = new URL(req.url ?? '/', ctx.origin).searchParams;
	const clientId = q.get('client_id') ?? '';
	if (refusedApp(res, resolved, segment, clientId) || !resolved) return;
	const redirectUri = q.get('redirect_uri') ?? '';
	if (!isSpaRedirectUri(redirectUri))
		return sendHtml(res, 400, errorPage(entraErrors.redirectMismatch(redirectUri, clientId)));
	const mode = q.get('response_mode');
	const request: AuthorizeRequest = {
		tenantSegment: segment,
		clientId,
		redirectUri,
		scopes: (q.get('scope') ?? '').split(' ').filter(Boolean),
		responseMode: mode === 'query' || mode === 'form_post' ? mode : 'fragment',
		...optional('state', q.get('state')),
		...optional('nonce', q.get('nonce')),
		...optional('codeChallenge', q.get('code_challenge')),
		...optional('codeChallengeMethod', q.get('code_challenge_method')),
		...optional('prompt', q.get('prompt')),
		...optional('loginHint', q.get('login_hint')),
	};
	if (q.get('response_type') !== 'code') {
		return respondError(
			res,
			request,
			{
				error: 'unsupported_response_type',
				code: 700054,
				text: "response_type 'id_token' is not enabled for the application.",
			},
			ctx.now,
		);
	}
	// "The Microsoft identity platform supports both plain and S256 … If excluded, code_challenge is
	// assumed to be plaintext" (entra-docs identity-platform/v2-oauth2-auth-code-flow.md). What
	// Entra answers to any other method is not documented: the sandbox refuses it in its own words.
	const method = request.codeChallengeMethod ?? 'plain';
	if (request.codeChallenge && method !== 'S256' && method !== 'plain') {
		return respondError(
			res,
			request,
			{
				error: 'invalid_request',
				code: 9002314,
				text: `The sandbox does not know code_challenge_method '${method}': Entra supports 'S256' and 'plain'.`,
			},
			ctx.now,
		);
	}
	const unknown = parseScopes(request.scopes).unknown;
	if (unknown.length) return respondError(res, request, unknownScope(unknown[0]!), ctx.now);

	const sessionId = cookie(req, SESSION_COOKIE);
	const signedIn = ctx.state.sessionAccounts(sessionId);
	const hint = request.loginHint ? accountForHint(request.loginHint) : undefined;
	// prompt=none as Entra answers it (entra-docs v2-oauth2-auth-code-flow, "prompt"; reference
	// §9): no session, or not the hinted account's, is 50058 login_required; several accounts and no
	// hint is 16000 interaction_required; one account goes on to consent and policy checks.
	if (request.prompt === 'none') {
		// A browser that blocks third-party cookies sends none of Entra's into MSAL's iframe.
		const seen = browser.blockThirdPartyCookies ? [] : signedIn;
		const candidates = hint ? seen.filter((s) => s === hint.scenario) : seen;
		if (candidates.length === 0)
			return respondError(res, request, entraErrors.loginRequired(), ctx.now);
		if (candidates.length > 1)
			return respondError(res, request, entraErrors.severalAccounts(), ctx.now);
		return proceed(res, request, resolved, findAccount(candidates[0]!)!, sessionId, ctx);
	}
	const id = ctx.state.startSignIn(request, ctx.now);
	if (hint && request.prompt !== 'login' && request.prompt !== 'select_account') {
		return verifyThenSignIn(res, id, hint, sessionId, ctx);
	}
	sendHtml(res, 200, pickerPage(signInPath(id), signedIn, hint));
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
	return value === null ? {} : ({ [key]: value } as Record<K, string>);
}

/** An account with MFA (slow-mfa) first waits on the Authenticator step; the rest sign in at once. */
function verifyThenSignIn(
	res: ServerResponse,
	id: string,
	account: Account,
	sessionId: string | undefined,
	ctx: MintContext,
) {
	const signedIn = ctx.state.sessionAccounts(sessionId).includes(account.scenario);
	if (!account.mfa || signedIn) return signInAs(res, id, account, sessionId, ctx);
	ctx.state.pendingSignIn(id)!.account = account;
	sendHtml(res, 200, mfaPage(signInPath(id), account));
}

function signInAs(
	res: ServerResponse,
	id: string,
	account: Account,
	sessionId: string | undefined,
	ctx: MintContext,
) {
	const pending = ctx.state.pendingSignIn(id)!;
	pending.account = account;
	const session = ctx.state.signIn(sessionId, account);
	const resolved = resolveTenant(pending.request.tenantSegment)!;
	res.setHeader(
		'set-cookie',
		`${SESSION_COOKIE}=${session}; Path=/sandbox/; HttpOnly; SameSite=Lax`,
	);
	proceed(res, pending.request, resolved, account, session, ctx, id);
}

function proceed(
	res: ServerResponse,
	request: AuthorizeRequest,
	resolved: ResolvedTenant,
	account: Account,
	sessionId: string | undefined,
	ctx: MintContext,
	id?: string,
) {
	const outcome = decide(account, request, resolved, ctx.state);
	if (outcome.kind === 'code') return finish(res, request, account, sessionId, ctx, id);
	if (outcome.kind === 'error') {
		if (id) ctx.state.endSignIn(id);
		// Entra cannot trust the app with this answer, so it stays on its own page (reference §9).
		if (outcome.page && request.prompt !== 'none')
			return sendHtml(res, 400, errorPage(outcome.error));
		return respondError(res, request, outcome.error, ctx.now);
	}
	const pendingId = id ?? ctx.state.startSignIn(request, ctx.now);
	ctx.state.pendingSignIn(pendingId)!.account = account;
	if (outcome.kind === 'consent')
		return sendHtml(
			res,
			200,
			consentPage(signInPath(pendingId), account, outcome.permissions, outcome.organisation),
		);
	const code = outcome.workflow ? 90095 : 90094;
	sendHtml(
		res,
		200,
		adminApprovalPage(signInPath(pendingId), account, outcome.permissions, outcome.workflow, code),
	);
}

function finish(
	res: ServerResponse,
	request: AuthorizeRequest,
	account: Account,
	sessionId: string | undefined,
	ctx: MintContext,
	id?: string,
) {
	if (id) ctx.state.endSignIn(id);
	const code = ctx.state.issueCode({ request, account, issuedAt: ctx.now });
	const params = new URLSearchParams({ code, client_info: clientInfo(account) });
	if (request.state !== undefined) params.set('state', request.state);
	if (sessionId) params.set('session_state', sessionId.slice(0, 36));
	respond(res, request, params);
}

/** POST _signin/{id}: a choice made on one of the sign-in screens. */
export async function handleSignInStep(
	req: IncomingMessage,
	res: ServerResponse,
	id: string,
	ctx: MintContext,
): Promise<void> {
	const pending = ctx.state.pendingSignIn(id);
	const form = await readForm(req);
	if (!pending)
		return sendHtml(
			res,
			400,
			errorPage({
				error: 'invalid_request',
				code: 900561,
				text: 'This sign-in has expired or was already completed. Start again from the app.',
			}),
		);
	const { request } = pending;
	const resolved = resolveTenant(request.tenantSegment)!;
	const sessionId = cookie(req, SESSION_COOKIE);
	const action = form.get('action');
	const account = pending.account;
	if (action === 'pick') {
		const chosen = findAccount(form.get('account') ?? '');
		if (!chosen)
			return sendHtml(
				res,
				200,
				pickerPage(signInPath(id), ctx.state.sessionAccounts(sessionId), undefined),
			);
		if (request.adminConsent) {
			pending.account = chosen;
			const session = ctx.state.signIn(sessionId, chosen);
			res.setHeader(
				'set-cookie',
				`${SESSION_COOKIE}=${session}; Path=/sandbox/; HttpOnly; SameSite=Lax`,
			);
			return adminConsentScreen(res, id, chosen, request, resolved, ctx);
		}
		return verifyThenSignIn(res, id, chosen, sessionId, ctx);
	}
	if (action === 'mfa-approve' && account?.mfa) return signInAs(res, id, account, sessionId, ctx);
	if (action === 'switch')
		return sendHtml(
			res,
			200,
			pickerPage(signInPath(id), ctx.state.sessionAccounts(sessionId), undefined),
		);
	if (!account)
		return sendHtml(
			res,
			200,
			pickerPage(signInPath(id), ctx.state.sessionAccounts(sessionId), undefined),
		);
	if (request.adminConsent && (action === 'accept' || action === 'decline')) {
		ctx.state.endSignIn(id);
		return adminConsentAnswer(res, request, account, action === 'accept', ctx);
	}
	if (action === 'accept') {
		const outcome = decide(account, request, resolved, ctx.state);
		if (outcome.kind === 'consent') {
			ctx.state.grant(
				account,
				outcome.permissions.map((p) => p.claim),
				outcome.organisation && form.get('organisation') === 'on',
			);
		}
		const { prompt: _consentShown, ...rest } = request;
		return proceed(res, rest, resolved, account, sessionId, ctx, id);
	}
	ctx.state.endSignIn(id);
	if (action === 'decline')
		return respondError(
			res,
			request,
			{ ...entraErrors.userDeclined(), suberror: 'cancel' },
			ctx.now,
		);
	if (action === 'request') {
		const outcome = decide(account, request, resolved, ctx.state);
		const scopes = outcome.kind === 'admin-approval' ? outcome.permissions.map((p) => p.claim) : [];
		ctx.state.requestConsent({
			account,
			justification: form.get('justification') ?? '',
			scopes,
			at: ctx.now,
		});
		const returnId = ctx.state.startSignIn(request, ctx.now);
		ctx.state.pendingSignIn(returnId)!.account = account;
		return sendHtml(res, 200, requestSentPage(signInPath(returnId), account));
	}
	// "Return to the application without granting consent": access_denied, subcode cancel, no AADSTS text.
	const params = new URLSearchParams({ error: 'access_denied', error_subcode: 'cancel' });
	if (request.state !== undefined) params.set('state', request.state);
	respond(res, request, params);
}
