// Entra ID's error answers: the OAuth `error`, an `error_description` that starts with the AADSTS
// number, and the diagnostic fields Entra adds. Wording follows Microsoft's; branch on the number.
import { newId } from './http.ts';

export interface EntraError {
	/** The OAuth error, e.g. `invalid_grant`. */
	error: string;
	/** The AADSTS number. */
	code: number;
	/** The text after `AADSTSnnnnn: `. */
	text: string;
	/** e.g. `consent_required`, `cancel`. */
	suberror?: string;
}

/** The JSON body the token and metadata endpoints send. */
export function entraErrorBody(error: EntraError, now: Date) {
	const traceId = newId();
	const correlationId = newId();
	const timestamp = now
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d+Z$/, 'Z');
	return {
		error: error.error,
		error_description: `AADSTS${error.code}: ${error.text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
		error_codes: [error.code],
		timestamp,
		trace_id: traceId,
		correlation_id: correlationId,
		error_uri: `https://login.microsoftonline.com/error?code=${error.code}`,
		...(error.suberror ? { suberror: error.suberror } : {}),
	};
}

/** The parameters an authorize error carries back to the redirect URI. */
export function entraErrorParams(
	error: EntraError,
	state: string | undefined,
	now: Date,
): URLSearchParams {
	const body = entraErrorBody(error, now);
	const params = new URLSearchParams({
		error: error.error,
		error_description: body.error_description,
	});
	if (error.suberror) params.set('error_subcode', error.suberror);
	params.set('error_uri', body.error_uri);
	if (state !== undefined) params.set('state', state);
	return params;
}

export const entraErrors = {
	tenantNotFound: (tenant: string): EntraError => ({
		error: 'invalid_tenant',
		code: 90002,
		text: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
	}),
	commonNotAllowed: (): EntraError => ({
		error: 'invalid_request',
		code: 90130,
		text: "Non-tenant-specific endpoint 'common' is not supported for admin consent. Use a tenant id, a verified domain or 'organizations'.",
	}),
	appNotFound: (clientId: string, tenantName: string): EntraError => ({
		error: 'unauthorized_client',
		code: 700016,
		text: `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
	}),
	redirectMismatch: (redirectUri: string, clientId: string): EntraError => ({
		error: 'invalid_request',
		code: 50011,
		text: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
	}),
	redirectNotCodeRedirect: (): EntraError => ({
		error: 'invalid_grant',
		code: 70000,
		text: "The 'redirect_uri' does not match the one the authorization code was issued for.",
	}),
	pkceMismatch: (): EntraError => ({
		error: 'invalid_grant',
		code: 501481,
		text: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
	}),
	pkceMissing: (): EntraError => ({
		error: 'invalid_request',
		code: 9002325,
		text: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
	}),
	codeRedeemed: (): EntraError => ({
		error: 'invalid_grant',
		code: 54005,
		text: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
	}),
	codeExpired: (): EntraError => ({
		error: 'invalid_grant',
		code: 70008,
		text: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
	}),
	badGrant: (what: string): EntraError => ({
		error: 'invalid_grant',
		code: 9002313,
		text: `Invalid request. Request is malformed or invalid. The provided ${what} is not valid.`,
	}),
	unsupportedGrant: (grant: string): EntraError => ({
		error: 'unsupported_grant_type',
		code: 70003,
		text: `The app requested an unsupported grant type '${grant}'.`,
	}),
	missingParameter: (name: string): EntraError => ({
		error: 'invalid_request',
		code: 900144,
		text: `The request body must contain the following parameter: '${name}'.`,
	}),
	notConsented: (clientId: string, appName: string): EntraError => ({
		error: 'invalid_grant',
		code: 65001,
		suberror: 'consent_required',
		text: `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
	}),
	consentRequired: (clientId: string, appName: string): EntraError => ({
		error: 'consent_required',
		code: 65001,
		text: `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
	}),
	adminConsentRequired: (): EntraError => ({
		error: 'consent_required',
		code: 90094,
		text: 'The grant requires admin permission.',
	}),
	adminConsentRequestable: (): EntraError => ({
		error: 'consent_required',
		code: 90095,
		text: 'Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.',
	}),
	loginRequired: (): EntraError => ({
		error: 'login_required',
		code: 50058,
		text: 'A silent sign-in request was sent but no user is signed in.',
	}),
	severalAccounts: (): EntraError => ({
		error: 'interaction_required',
		code: 16000,
		text: 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
	}),
	userDeclined: (): EntraError => ({
		error: 'access_denied',
		code: 65004,
		text: 'User declined to consent to access the app.',
	}),
	conditionalAccess: (): EntraError => ({
		error: 'access_denied',
		code: 53003,
		text: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
	}),
	/**
	 * AADSTS50020: the account is not a member or guest of the tenant. `identityProvider` is where
	 * the account lives: 'live.com' for a personal Microsoft account, its home organisation's STS
	 * (identityProviderOf in scenarios.ts) for a work account of another organisation.
	 */
	accountNotInTenant: (
		upn: string,
		identityProvider: string,
		tenantName: string,
		clientId: string,
		appName: string,
	): EntraError => ({
		error: 'invalid_request',
		code: 50020,
		text: `User account '${upn}' from identity provider '${identityProvider}' does not exist in tenant '${tenantName}' and cannot access the application '${clientId}'(${appName}) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`,
	}),
	/**
	 * AADSTS500200, shown on Entra's own error page (never redirected) when a personal Microsoft
	 * account signs in to an app for work or school accounts only. Wording as Entra shows it
	 * (files-community/Files#17852; entra-docs reference-error-codes.md).
	 */
	personalAccountNotSupported: (upn: string): EntraError => ({
		error: 'invalid_request',
		code: 500200,
		text: `User account '${upn}' is a personal Microsoft account. Personal Microsoft accounts are not supported for this application unless explicitly invited to an organization. Try signing out and signing back in with an organizational account.`,
	}),
	notAdmin: (): EntraError => ({
		error: 'access_denied',
		code: 90099,
		text: 'The application has not been authorized in the tenant. Only an administrator can grant admin consent.',
	}),
} satisfies Record<string, (...args: string[]) => EntraError>;
