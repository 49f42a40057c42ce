// The v2 admin consent endpoint ({tenant}/v2.0/adminconsent, and the short {tenant}/adminconsent):
// an admin signs in, sees the permissions, and accepts for the whole organisation. Answers go to
// the Web redirect URI as Entra sends them: admin_consent=True&tenant&scope&state, or
// error=access_denied with AADSTS65004 and the state.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { app, permissions } from '../src/registry/index.ts';
import { isSpaRedirectUri, isWebRedirectUri } from './app-registration.ts';
import { refusedApp, respond, signInPath } from './authorize.ts';
import { entraErrorParams, entraErrors } from './entra-errors.ts';
import { cookie, sendHtml } from './http.ts';
import type { ResolvedTenant } from './metadata.ts';
import { adminApprovalPage } from './pages/admin-approval.ts';
import { errorPage } from './pages/error.ts';
import { html, page } from './pages/layout.ts';
import { pickerPage } from './pages/picker.ts';
import { emailOf, identityProviderOf, tenantOf, type Account } from './scenarios.ts';
import { parseScopes } from './scopes.ts';
import type { AuthorizeRequest } from './state.ts';
import type { MintContext } from './tokens.ts';

export function handleAdminConsent(
	req: IncomingMessage,
	res: ServerResponse,
	resolved: ResolvedTenant | undefined,
	segment: string,
	ctx: MintContext,
): void {
	const q = new URL(req.url ?? '/', ctx.origin).searchParams;
	if (segment.toLowerCase() === 'common')
		return sendHtml(res, 400, errorPage(entraErrors.commonNotAllowed()));
	const clientId = q.get('client_id') ?? '';
	if (refusedApp(res, resolved, segment, clientId) || !resolved) return;
	const redirectUri = q.get('redirect_uri') ?? '';
	// Entra accepts any redirect URI registered on the app here, Web or single-page application
	// (https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent); the checker's SPA
	// bridge is one.
	if (!isWebRedirectUri(redirectUri) && !isSpaRedirectUri(redirectUri))
		return sendHtml(res, 400, errorPage(entraErrors.redirectMismatch(redirectUri, clientId)));
	const scope = q.get('scope') ?? undefined;
	const state = q.get('state') ?? undefined;
	const request: AuthorizeRequest = {
		tenantSegment: segment,
		clientId,
		redirectUri,
		scopes: scope ? scope.split(' ').filter(Boolean) : [],
		responseMode: 'query',
		adminConsent: scope === undefined ? {} : { scope },
		...(state === undefined ? {} : { state }),
	};
	const id = ctx.state.startSignIn(request, ctx.now);
	sendHtml(
		res,
		200,
		pickerPage(
			signInPath(id),
			ctx.state.sessionAccounts(cookie(req, 'sandbox-session')),
			undefined,
		),
	);
}

/** After the admin is chosen: the consent screen, or why this account cannot consent here. */
export function adminConsentScreen(
	res: ServerResponse,
	id: string,
	account: Account,
	request: AuthorizeRequest,
	resolved: ResolvedTenant,
	ctx: MintContext,
): void {
	const tenant = tenantOf(account);
	if ((resolved.kind === 'tenant' && resolved.tenant.id !== tenant.id) || tenant.consumer) {
		ctx.state.endSignIn(id);
		const error = entraErrors.accountNotInTenant(
			emailOf(account),
			identityProviderOf(account),
			resolved.kind === 'tenant' ? resolved.tenant.name : 'Microsoft Services',
			app.applicationId,
			app.entraName,
		);
		// Redirected as access_denied (a captured answer: MicrosoftDocs/azure-docs#114009), unlike
		// the sign-in's own page for the same code (decide.ts).
		return respond(
			res,
			request,
			entraErrorParams({ ...error, error: 'access_denied' }, request.state, new Date(ctx.now)),
		);
	}
	const requested = consentedPermissions(request);
	if (!account.admin)
		return sendHtml(res, 200, adminApprovalPage(signInPath(id), account, requested, false, 90094));
	sendHtml(
		res,
		200,
		page(
			'Permissions requested',
			html`<div class="brand">${emailOf(account)}</div><h1>Permissions requested</h1>
			<p><strong>Accept for your organisation</strong></p>
			<p><strong>${app.entraName}</strong><br><small>App id ${app.applicationId}</small></p>
			<p>This app would like to:</p><ul class="perms">${requested.map((p) => html`<li>${p.consentText}</li>`)}</ul>
			<p><small>If you accept, this app gets access to the specified resources for all users in ${tenant.name}. Nobody else will be asked to review these permissions.</small></p>
			<form method="post" action="${signInPath(id)}"><div class="actions">
			<button class="secondary" type="submit" name="action" value="decline">Cancel</button>
			<button class="primary" type="submit" name="action" value="accept">Accept</button></div></form>`,
		),
	);
}

function consentedPermissions(request: AuthorizeRequest) {
	if (!request.adminConsent?.scope) return [...permissions];
	const parsed = parseScopes(request.scopes);
	return parsed.isDefault ? [...permissions] : parsed.permissions;
}

export function adminConsentAnswer(
	res: ServerResponse,
	request: AuthorizeRequest,
	account: Account,
	accepted: boolean,
	ctx: MintContext,
): void {
	if (!accepted) {
		// Cancel: access_denied, AADSTS65004 and, beside the error, admin_consent=True (the answer
		// captured in MicrosoftDocs/azure-docs#114009; v2-admin-consent.md shows the same pairing).
		const params = entraErrorParams(entraErrors.userDeclined(), request.state, new Date(ctx.now));
		params.set('admin_consent', 'True');
		return respond(res, request, params);
	}
	ctx.state.grantTenant(
		account.tenantId,
		consentedPermissions(request).map((p) => p.claim),
	);
	const params = new URLSearchParams({ admin_consent: 'True', tenant: account.tenantId });
	if (request.adminConsent?.scope) params.set('scope', request.adminConsent.scope);
	if (request.state !== undefined) params.set('state', request.state);
	respond(res, request, params);
}
