// What the consent helper island needs from the registry: plain data, computed at build time by
// build-admin-kit.ts and handed to the island as a prop. This module stays free of runtime
// registry imports, because the registry's zod validation would make the island's JavaScript many
// times larger than the island itself.
import type { App, Permission } from '../registry/index.ts';
import { SITE_ORIGIN_PLACEHOLDER } from '../site-paths.ts';

/**
 * Stands in for the tenant in the generated commands until the admin names theirs: a valid domain
 * (so the derive builders accept it) under `.invalid`, which no real tenant can have.
 */
export const TENANT_PLACEHOLDER = 'your-tenant.invalid';

/** The registry facts and generated commands the island renders. Serialised into the page. */
export interface AdminKit {
	app: Pick<
		App,
		| 'name'
		| 'entraName'
		| 'applicationId'
		| 'consentResultPath'
		| 'connectPath'
		| 'connectButton'
		| 'reconnectButton'
		| 'supportEmail'
	>;
	/** Every permission Claras asks for, in the registry's order. */
	permissions: Pick<
		Permission,
		'claim' | 'consentText' | 'reason' | 'adminConsentRequired' | 'inAccessToken'
	>[];
	/** Where consent goes, from the checker's configuration (the one place sandbox and Entra differ). */
	consent: {
		/** The application id the checker signs in with (the registry's, unless configured otherwise). */
		clientId: string;
		/** The authority base, possibly holding {@link SITE_ORIGIN_PLACEHOLDER} (sandbox mode). */
		authorityOrigin: string;
	};
	/** The Microsoft Graph PowerShell script, with {@link TENANT_PLACEHOLDER} where the tenant goes. */
	powerShell: string;
	/** The Azure CLI script, with {@link TENANT_PLACEHOLDER} where the tenant goes. */
	azureCli: string;
}

/**
 * A generated script with the tenant filled in. Refuses anything but a tenant id or a domain
 * (letters, digits, dots, hyphens), so a stray value can never change what a command does.
 */
export function fillTenant(script: string, tenant: string): string {
	if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(tenant)) {
		throw new Error(
			`"${tenant}" cannot go into a command: a tenant id or domain has only letters, digits, dots and hyphens.`,
		);
	}
	return script.split(TENANT_PLACEHOLDER).join(tenant);
}

/** The authority base for this page: the configured one, with the site's origin filled in. */
export function consentAuthorityOrigin(kit: Pick<AdminKit, 'consent'>, origin: string): string {
	return kit.consent.authorityOrigin.replace(SITE_ORIGIN_PLACEHOLDER, origin);
}
