// The one builder of Microsoft's v2 admin consent link, used by the engine's report, the consent
// helper, the articles and the checker's hand-off, so every link asks for exactly the registry's
// permissions. Plain TypeScript with no registry import (and so no zod): the engine and the
// browser islands import it as it is.
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent
import { ENTRA_AUTHORITY_ORIGIN, GRAPH_RESOURCE_URI } from '../microsoft.ts';
import type { Permission } from '../registry/schema.ts';
import { checkTenant } from './tenant.ts';

/** The `scope` value for a permission: resource-qualified for Graph, bare for OpenID scopes. */
export function qualifiedScope(permission: Pick<Permission, 'claim' | 'inAccessToken'>): string {
	return permission.inAccessToken ? `${GRAPH_RESOURCE_URI}${permission.claim}` : permission.claim;
}

/** The consent-result page's absolute address on a help centre origin. */
export function consentResultUrl(app: { consentResultPath: string }, origin: string): string {
	return new URL(app.consentResultPath, origin).toString();
}

export interface AdminConsentUrlOptions {
	/** A tenant GUID, a verified domain or `organizations` (never `common`). */
	tenant: string;
	applicationId: string;
	permissions: readonly Pick<Permission, 'claim' | 'inAccessToken'>[];
	/** The absolute address consent returns to; must be registered on the app. */
	redirectUri: string;
	/** Opaque value echoed back, checked by the result page. */
	state?: string | undefined;
	/** Where the authority lives: Microsoft's by default, the sandbox's in sandbox mode. */
	authorityOrigin?: string | undefined;
}

/** `https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id=…&scope=…&redirect_uri=…&state=…` */
export function buildAdminConsentUrl(options: AdminConsentUrlOptions): string {
	const tenant = checkTenant(options.tenant);
	const origin = (options.authorityOrigin ?? ENTRA_AUTHORITY_ORIGIN).replace(/\/+$/, '');
	const url = new URL(`${origin}/${encodeURIComponent(tenant)}/v2.0/adminconsent`);
	url.searchParams.set('client_id', options.applicationId);
	url.searchParams.set('scope', options.permissions.map(qualifiedScope).join(' '));
	url.searchParams.set('redirect_uri', options.redirectUri);
	if (options.state) url.searchParams.set('state', options.state);
	return url.toString();
}
