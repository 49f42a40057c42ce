// Builds Microsoft's v2 admin consent link for one tenant from the registry, so the permission
// list in every link (article, checker hand-off, consent helper) is the registry's.
import type { Permission } from './schema.ts';

export const GRAPH_RESOURCE_URI = 'https://graph.microsoft.com/';
export const ENTRA_AUTHORITY_ORIGIN = 'https://login.microsoftonline.com';

/** The `scope` value for a permission: resource-qualified for Graph, bare for OpenID scopes. */
export function qualifiedScope(permission: Pick<Permission, 'claim' | 'inAccessToken'>): string {
	return permission.inAccessToken ? `${GRAPH_RESOURCE_URI}${permission.claim}` : permission.claim;
}

export interface AdminConsentUrlOptions {
	/** A tenant GUID, a verified domain or `organizations` (never `common`). */
	tenant: string;
	applicationId: string;
	permissions: readonly Pick<Permission, 'claim' | 'inAccessToken'>[];
	/** The absolute address consent returns to; must be registered on the app. */
	redirectUri: string;
	/** Opaque value echoed back, checked by the result page. */
	state?: string;
	/** Where the authority lives: Microsoft's by default, the sandbox's in sandbox mode. */
	authorityOrigin?: string;
}

/** `https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id=…&scope=…&redirect_uri=…&state=…` */
export function buildAdminConsentUrl(options: AdminConsentUrlOptions): string {
	if (!options.tenant || options.tenant.toLowerCase() === 'common') {
		throw new Error(
			`Admin consent needs a tenant id, a verified domain or "organizations", not "${options.tenant}".`,
		);
	}
	const origin = (options.authorityOrigin ?? ENTRA_AUTHORITY_ORIGIN).replace(/\/+$/, '');
	const url = new URL(`${origin}/${encodeURIComponent(options.tenant)}/v2.0/adminconsent`);
	url.searchParams.set('client_id', options.applicationId);
	url.searchParams.set('scope', options.permissions.map(qualifiedScope).join(' '));
	url.searchParams.set('redirect_uri', options.redirectUri);
	if (options.state) url.searchParams.set('state', options.state);
	return url.toString();
}
