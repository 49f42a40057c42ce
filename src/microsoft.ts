// Microsoft's own constants, typed once: the tenant of personal accounts, the Graph resource, the
// authority hosts and the pages where Microsoft explains a code. Plain values with no imports, so
// the browser bundle, the engine, the sandbox and the tests can all read them.

/**
 * The tenant every personal Microsoft account signs in through (its `tid`, and the tenant in its
 * `iss`); no one can consent for an organisation there.
 * https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference (`tid`)
 */
export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** Microsoft Graph as a resource: the `aud` of its tokens, and the prefix of qualified scopes. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
/** The prefix of a resource-qualified Graph scope: `https://graph.microsoft.com/User.Read`. */
export const GRAPH_RESOURCE_URI = `${GRAPH_RESOURCE}/`;
/** Where Graph v1.0 answers. */
export const GRAPH_V1_ROOT = `${GRAPH_RESOURCE}/v1.0`;
/** Graph's host, to which the checker's middleware attaches the token in entra mode. */
export const GRAPH_HOST = new URL(GRAPH_RESOURCE).host;
/**
 * Microsoft Graph's application id: the `resourceAppId` of its permissions in an app manifest, and
 * a second way to qualify a scope (`00000003-…/User.Read`).
 */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** The two prefixes a resource-qualified Graph scope may carry (Entra accepts either). */
export const GRAPH_SCOPE_PREFIXES: readonly string[] = [GRAPH_RESOURCE_URI, `${GRAPH_APP_ID}/`];

/** Microsoft Entra ID's authority in the public cloud. */
export const ENTRA_AUTHORITY_ORIGIN = 'https://login.microsoftonline.com';
/**
 * Hosts whose first path segment names a tenant, as in a pasted sign-in or consent link (public
 * cloud and its aliases, US government).
 * https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud
 */
export const AUTHORITY_HOSTS: readonly string[] = [
	new URL(ENTRA_AUTHORITY_ORIGIN).host,
	'login.microsoft.com',
	'login.windows.net',
	'login.microsoftonline.us',
];
/** Authority segments that name no single organisation (admin consent needs one, or `organizations`). */
export const MULTI_TENANT_SEGMENTS: readonly string[] = ['common', 'organizations', 'consumers'];

/** The Microsoft Entra admin centre. */
export const ENTRA_ADMIN_CENTRE = 'https://entra.microsoft.com';

/**
 * Microsoft's own page for an AADSTS number (the `error_uri` Entra sends with each error).
 * https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
 */
export const microsoftErrorPage = (number: string | number): string =>
	`${ENTRA_AUTHORITY_ORIGIN}/error?code=${encodeURIComponent(String(number))}`;
