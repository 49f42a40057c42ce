// POST {tenant}/oauth2/v2.0/token: redeems one-time authorization codes (PKCE S256 checked, the
// redirect URI checked against the registration and the code) and refresh tokens, answering
// errors in Entra's shape with the AADSTS number MSAL surfaces as `errorNo`.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { app } from '../src/registry/index.ts';
import { isClaras, isSpaRedirectUri, isWebRedirectUri } from './app-registration.ts';
import { entraErrorBody, entraErrors, type EntraError } from './entra-errors.ts';
import { corsHeaders, readForm, sendJson } from './http.ts';
import type { ResolvedTenant } from './metadata.ts';
import { missingPermissions, parseScopes } from './scopes.ts';
import { tokenResponse, type MintContext } from './tokens.ts';

const CODE_LIFETIME_MS = 10 * 60 * 1000;

export async function handleToken(
	req: IncomingMessage,
	res: ServerResponse,
	resolved: ResolvedTenant,
	ctx: MintContext,
): Promise<void> {
	const cors = corsHeaders(req);
	const fail = (error: EntraError, status = 400) =>
		sendJson(res, status, entraErrorBody(error, new Date(ctx.now)), cors);
	const form = await readForm(req);
	const clientId = form.get('client_id');
	if (!clientId) return fail(entraErrors.missingParameter('client_id'));
	if (!isClaras(clientId))
		return fail(
			entraErrors.appNotFound(
				clientId,
				resolved.kind === 'tenant' ? resolved.tenant.name : resolved.audience,
			),
			400,
		);
	// Codes and refresh tokens issued to a single-page app are redeemed by the browser, which sends
	// Origin with every POST; without one Entra answers AADSTS9002327 (a server redeeming them:
	// AzureAD/microsoft-authentication-library-for-js#2458, #3032). A redirect URI registered as
	// Web, redeemed cross-origin, gets AADSTS9002326 instead of a token.
	const origin = req.headers.origin;
	const grantType = form.get('grant_type') ?? '';
	if (grantType === 'authorization_code') {
		const code = form.get('code');
		const redirectUri = form.get('redirect_uri');
		if (!code) return fail(entraErrors.missingParameter('code'));
		if (!redirectUri) return fail(entraErrors.missingParameter('redirect_uri'));
		if (!isSpaRedirectUri(redirectUri))
			return fail(
				origin && isWebRedirectUri(redirectUri)
					? entraErrors.notSinglePageApp(origin)
					: entraErrors.redirectMismatch(redirectUri, clientId),
			);
		if (!origin) return fail(entraErrors.spaRedeemedWithoutOrigin());
		const record = ctx.state.code(code);
		if (!record) return fail(entraErrors.badGrant());
		if (record.redeemed) return fail(entraErrors.codeRedeemed());
		if (ctx.now - record.issuedAt > CODE_LIFETIME_MS) return fail(entraErrors.codeExpired());
		if (record.request.redirectUri !== redirectUri)
			return fail(entraErrors.redirectNotCodeRedirect());
		if (!record.request.codeChallenge) return fail(entraErrors.pkceMissing());
		const verifier = form.get('code_verifier');
		if (!verifier) return fail(entraErrors.missingParameter('code_verifier'));
		const challenge =
			(record.request.codeChallengeMethod ?? 'plain') === 'plain'
				? verifier
				: createHash('sha256').update(verifier).digest('base64url');
		if (challenge !== record.request.codeChallenge) return fail(entraErrors.pkceMismatch());
		record.redeemed = true;
		const requested = parseScopes(record.request.scopes);
		return sendJson(
			res,
			200,
			tokenResponse(ctx, record.account, requested, record.request.nonce),
			cors,
		);
	}
	if (grantType === 'refresh_token') {
		const rt = form.get('refresh_token');
		if (!rt) return fail(entraErrors.missingParameter('refresh_token'));
		if (!origin) return fail(entraErrors.spaRedeemedWithoutOrigin());
		const record = ctx.state.refreshToken(rt);
		if (!record) return fail(entraErrors.badGrant());
		if (ctx.now >= record.expiresAt)
			return fail(entraErrors.spaRefreshExpired(new Date(record.issuedAt).toISOString()));
		const account = record.account;
		if (resolved.kind === 'tenant' && resolved.tenant.id !== account.tenantId)
			return fail(entraErrors.badGrant());
		if (account.blockedBy === 'conditional-access')
			return fail({ ...entraErrors.conditionalAccess(), error: 'invalid_grant' });
		const requested = parseScopes((form.get('scope') ?? '').split(' '));
		if (requested.unknown.length) return fail(unknownScope(requested.unknown[0]!));
		if (missingPermissions(requested, ctx.state.grantedTo(account)).length) {
			return fail(entraErrors.notConsented(app.applicationId, app.entraName));
		}
		return sendJson(
			res,
			200,
			tokenResponse(ctx, account, requested, undefined, record.expiresAt),
			cors,
		);
	}
	if (!grantType) return fail(entraErrors.missingParameter('grant_type'));
	return fail(entraErrors.unsupportedGrant(grantType));
}

export function unknownScope(scope: string): EntraError {
	return {
		error: 'invalid_client',
		code: 650053,
		text: `The application '${app.entraName}' asked for scope '${scope}' that doesn't exist on the resource '${app.graphResourceId}'. Contact the app vendor.`,
	};
}
