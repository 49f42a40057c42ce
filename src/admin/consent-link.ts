// The admin consent link for one tenant: the registry's permissions (from the kit), the help
// centre's consent-result page as the return address, and a fresh `state` the result page checks.
import { buildAdminConsentUrl, consentResultUrl } from '../derive/consent-link.ts';
import type { AdminKit } from './admin-kit.ts';
import { newConsentState, rememberConsentState, type StateStorage } from './consent-state.ts';

export interface TenantConsentLinkOptions {
	/** The tenant id (preferred) or a verified domain. */
	tenant: string;
	/**
	 * The origin of this help centre, so consent returns to the same site (and the same
	 * sessionStorage that holds the state). In the browser: `location.origin`.
	 */
	origin: string;
	/** The authority: Microsoft's by default, the sandbox's in sandbox mode. */
	authorityOrigin?: string | undefined;
	state: string;
}

/** The v2 admin consent link: `{authority}/{tenant}/v2.0/adminconsent?client_id&scope&redirect_uri&state`. */
export function tenantConsentLink(
	kit: Pick<AdminKit, 'app' | 'permissions' | 'consent'>,
	options: TenantConsentLinkOptions,
): string {
	return buildAdminConsentUrl({
		tenant: options.tenant,
		applicationId: kit.consent.clientId,
		permissions: kit.permissions,
		redirectUri: consentResultUrl(kit.app, options.origin),
		state: options.state,
		authorityOrigin: options.authorityOrigin,
	});
}

/** Makes a link with a new state and remembers that state for the result page. */
export function startConsentLink(
	kit: Pick<AdminKit, 'app' | 'permissions' | 'consent'>,
	options: Omit<TenantConsentLinkOptions, 'state'> & {
		storage: StateStorage;
		random?: Parameters<typeof newConsentState>[0];
	},
): { url: string; state: string } {
	const state = newConsentState(options.random);
	rememberConsentState(options.storage, state);
	return { url: tenantConsentLink(kit, { ...options, state }), state };
}
