// The one check of what may stand for a tenant in a link, a command or a report: a tenant id
// (GUID), a domain name, or `organizations` (the signed-in admin's own). Checked before a value is
// pasted into a URL path or a shell command, so a stray value can never change what it does. The
// consent helper's input (src/admin/tenant-input.ts) explains a rejection with these same rules.
import { CONSUMER_TENANT_ID } from '../microsoft.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One label of a domain name: letters, digits and inner hyphens, at most 63 characters. */
export const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** A top-level domain: letters only (punycode top-level domains are not accepted). */
export const TOP_LEVEL_DOMAIN = /^[a-z]{2,63}$/i;

/** Options shared by every tenant-aware derivation. */
export interface TenantOptions {
	/** The organisation's tenant id (GUID) or a verified domain; omitted, the admin's own tenant. */
	tenant?: string | undefined;
}

export function isTenantId(value: string): boolean {
	return GUID.test(value);
}

/** A domain name of at least two labels, at most 253 characters, ending in a top-level domain. */
export function isDomainName(value: string): boolean {
	const labels = value.split('.');
	return (
		value.length <= 253 &&
		labels.length >= 2 &&
		labels.every((label) => DOMAIN_LABEL.test(label)) &&
		TOP_LEVEL_DOMAIN.test(labels.at(-1)!)
	);
}

/** An organisation a consent link can name: a tenant id (not personal accounts'), a domain or `organizations`. */
export function isConsentTenant(value: string): boolean {
	if (isTenantId(value)) return value.toLowerCase() !== CONSUMER_TENANT_ID;
	return value === 'organizations' || isDomainName(value);
}

/** Returns the tenant unchanged, or throws when it is not one a consent link or command can name. */
export function checkTenant(tenant: string): string {
	if (isConsentTenant(tenant)) return tenant;
	throw new Error(
		`"${tenant}" is not a tenant: use the organisation's tenant id (a GUID) or one of its verified domains, such as contoso.com.au.`,
	);
}
