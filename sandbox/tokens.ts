// Mints what the token endpoint returns: an RS256 id token with the claims MSAL reads, a Graph
// access token whose `scp` is what the user's organisation and the user have granted, a refresh
// token when `offline_access` is granted, and `client_info` (uid.utid becomes homeAccountId).
import { createHash, randomBytes } from 'node:crypto';
import { GRAPH_RESOURCE } from '../src/microsoft.ts';
import { app } from '../src/registry/index.ts';
import { signJwt, type SigningKey } from './jwt.ts';
import { issuer } from './metadata.ts';
import { accounts, emailOf, findAccount, type Account } from './scenarios.ts';
import { accessTokenClaims, offlineAccessGranted, type RequestedScopes } from './scopes.ts';
import type { SandboxState } from './state.ts';

export const ACCESS_TOKEN_LIFETIME = 3599;
/**
 * A single-page app's refresh token lasts 24 hours from the sign-in, and does not slide: "Additional
 * refresh tokens acquired using the initial refresh token carry over that expiration time"
 * (entra-docs identity-platform/refresh-tokens.md; MSAL-js PR #3421: "a lifetime equal to the
 * remaining lifetime of the original refresh token"). In seconds, as `refresh_token_expires_in`.
 */
export const REFRESH_TOKEN_LIFETIME = 86_399;
export const GRAPH_AUDIENCE = GRAPH_RESOURCE;

export interface MintContext {
	key: SigningKey;
	state: SandboxState;
	origin: string;
	now: number;
}

const uti = () => randomBytes(16).toString('base64url').slice(0, 22);

/** Entra's `sub` is pairwise: the same user has a different subject in each app. */
function pairwiseSub(account: Account): string {
	return createHash('sha256')
		.update(`${account.oid}:${app.applicationId}`)
		.digest('base64url')
		.slice(0, 43);
}

export function clientInfo(account: Account): string {
	return Buffer.from(JSON.stringify({ uid: account.oid, utid: account.tenantId })).toString(
		'base64url',
	);
}

/**
 * Entra's optional `login_hint` id token claim: an opaque value that names the account again
 * (MSAL sends it back as `logout_hint`; entra-docs optional-claims-reference, "login_hint").
 */
export function loginHintOf(account: Account): string {
	return Buffer.from(`${account.oid}.${account.tenantId}`).toString('base64url');
}

/** The account a `login_hint` names: an address, a scenario id or object id, or the claim above. */
export function accountForHint(hint: string): Account | undefined {
	return findAccount(hint) ?? accounts.find((account) => loginHintOf(account) === hint);
}

export function idToken(
	ctx: MintContext,
	account: Account,
	requested: RequestedScopes,
	nonce: string | undefined,
): string {
	const iat = Math.floor(ctx.now / 1000);
	return signJwt(ctx.key, {
		aud: app.applicationId,
		iss: issuer(ctx.origin, account.tenantId),
		iat,
		nbf: iat,
		exp: iat + 3600,
		name: account.displayName,
		...(nonce !== undefined ? { nonce } : {}),
		oid: account.oid,
		preferred_username: emailOf(account),
		login_hint: loginHintOf(account),
		...(requested.oidc.includes('email') ? { email: emailOf(account) } : {}),
		rh: `0.${uti()}.`,
		sub: pairwiseSub(account),
		tid: account.tenantId,
		uti: uti(),
		ver: '2.0',
		...(account.admin ? { wids: ADMIN_WIDS } : {}),
	});
}

/**
 * An admin's directory roles, as role template ids: Global Administrator, and the "User" role every
 * member holds. Real Entra sends `wids` only when the app registration's manifest sets
 * `groupMembershipClaims` to "DirectoryRole" or "All" (entra-docs access-token-claims-reference.md,
 * `wids`); the sandbox's Claras registration stands for one that does.
 */
const ADMIN_WIDS = ['62e90394-69f5-4237-9190-012177145e10', 'b79fbf4d-3ef9-4689-8143-76b194e85509'];

export function accessToken(ctx: MintContext, account: Account, scp: readonly string[]): string {
	const iat = Math.floor(ctx.now / 1000);
	return signJwt(ctx.key, {
		aud: GRAPH_AUDIENCE,
		iss: `${issuer(ctx.origin, account.tenantId).replace(/v2\.0$/, '')}`,
		iat,
		nbf: iat,
		exp: iat + ACCESS_TOKEN_LIFETIME,
		app_displayname: app.entraName,
		appid: app.applicationId,
		idtyp: 'user',
		name: account.displayName,
		oid: account.oid,
		scp: scp.join(' '),
		sub: pairwiseSub(account),
		tid: account.tenantId,
		unique_name: emailOf(account),
		upn: emailOf(account),
		uti: uti(),
		ver: '1.0',
	});
}

/** The token endpoint's success body for an account and a scope request. */
export function tokenResponse(
	ctx: MintContext,
	account: Account,
	requested: RequestedScopes,
	nonce: string | undefined,
	/** When the sign-in's refresh tokens expire: a redeemed refresh token's own, else 24 hours on. */
	refreshExpiresAt: number = ctx.now + REFRESH_TOKEN_LIFETIME * 1000,
) {
	const granted = ctx.state.grantedTo(account);
	const scp = accessTokenClaims(granted);
	const wantsOffline = requested.permissions.some((p) => !p.inAccessToken) || requested.isDefault;
	const refresh = wantsOffline && offlineAccessGranted(granted);
	return {
		token_type: 'Bearer',
		scope: [...scp, ...requested.oidc].join(' '),
		expires_in: ACCESS_TOKEN_LIFETIME,
		ext_expires_in: ACCESS_TOKEN_LIFETIME,
		access_token: accessToken(ctx, account, scp),
		...(refresh
			? {
					refresh_token: ctx.state.issueRefreshToken({
						account,
						clientId: app.applicationId,
						issuedAt: ctx.now,
						expiresAt: refreshExpiresAt,
					}),
					refresh_token_expires_in: Math.max(0, Math.floor((refreshExpiresAt - ctx.now) / 1000)),
				}
			: {}),
		...(requested.oidc.includes('openid')
			? { id_token: idToken(ctx, account, requested, nonce) }
			: {}),
		client_info: clientInfo(account),
	};
}
