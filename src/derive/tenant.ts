// The tenant an IT admin's links and commands are filled in for. Checked before it is pasted into
// a URL path or a shell command, so a stray value can never change what a command does.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Options shared by every tenant-aware derivation. */
export interface TenantOptions {
	/** The organisation's tenant id (GUID) or a verified domain; omitted, the admin's own tenant. */
	tenant?: string | undefined;
}

/** Returns the tenant unchanged, or throws when it is not a GUID or a domain name. */
export function checkTenant(tenant: string): string {
	if (GUID.test(tenant) || DOMAIN.test(tenant) || tenant === 'organizations') return tenant;
	throw new Error(
		`"${tenant}" is not a tenant: use the organisation's tenant id (a GUID) or one of its verified domains, such as contoso.com.au.`,
	);
}
