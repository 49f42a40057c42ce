// Admin consent links for the articles and the checker's hand-off: ./consent-link.ts's builder
// with the registry's app and permissions filled in.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { buildAdminConsentUrl, consentResultUrl } from './consent-link.ts';
import type { TenantOptions } from './tenant.ts';

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
		tenant: options.tenant ?? 'organizations',
		applicationId: options.applicationId ?? registry.app.applicationId,
		permissions: registry.permissions,
		redirectUri: consentResultUrl(registry.app, options.origin ?? registry.app.helpCentreOrigin),
		...(options.state ? { state: options.state } : {}),
		...(options.authorityOrigin ? { authorityOrigin: options.authorityOrigin } : {}),
	});
}

/** The same link with a literal `{tenant}` where the tenant goes, for documentation. */
export function adminConsentUrlTemplate(registry: Registry = defaultRegistry): string {
	const url = adminConsentUrl({ tenant: 'organizations' }, registry);
	return url.replace('/organizations/v2.0/', '/{tenant}/v2.0/');
}
