// Admin consent links for the articles, the checker's hand-off and the admin helper, built by the
// registry's buildAdminConsentUrl so every link asks for exactly the registry's permissions.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { buildAdminConsentUrl } from '../registry/consent-url.ts';
import { checkTenant, type TenantOptions } from './tenant.ts';

/** Where admin consent lands: the help centre's consent-result page. */
export function consentRedirectUri(
	registry: Registry = defaultRegistry,
	origin = registry.app.helpCentreOrigin,
): string {
	return new URL(registry.app.consentResultPath, origin).toString();
}

export interface ConsentLinkOptions extends TenantOptions {
	/** Opaque value echoed back to the result page. */
	state?: string | undefined;
	/** The help centre origin consent returns to (the sandbox's own origin in sandbox mode). */
	origin?: string | undefined;
	/** The authority's origin: Microsoft's by default. */
	authorityOrigin?: string | undefined;
	/** The app to consent to: the registry's by default; the checker passes the client id it signs in as. */
	applicationId?: string | undefined;
}

/** The v2 admin consent link for one tenant; without a tenant, `organizations` (the admin's own). */
export function adminConsentUrl(
	options: ConsentLinkOptions = {},
	registry: Registry = defaultRegistry,
): string {
	return buildAdminConsentUrl({
		tenant: checkTenant(options.tenant ?? 'organizations'),
		applicationId: options.applicationId ?? registry.app.applicationId,
		permissions: registry.permissions,
		redirectUri: consentRedirectUri(registry, options.origin),
		...(options.state ? { state: options.state } : {}),
		...(options.authorityOrigin ? { authorityOrigin: options.authorityOrigin } : {}),
	});
}

/** The same link with a literal `{tenant}` where the tenant goes, for documentation. */
export function adminConsentUrlTemplate(registry: Registry = defaultRegistry): string {
	const url = adminConsentUrl({ tenant: 'organizations' }, registry);
	return url.replace('/organizations/v2.0/', '/{tenant}/v2.0/');
}
