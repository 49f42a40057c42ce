// What Reconnect asks Microsoft for: only the permissions the check found missing, by their
// resource-qualified names from the registry. Without prompt=consent, Entra shows its consent
// screen by itself for what was never granted, and nothing else: forcing the screen with every
// permission would send a user who is not an admin to "Need admin approval" for the admin-only
// ones, even when an admin has already consented for the organisation.
import { qualifiedScope } from '../derive/consent-link.ts';
import { permissions } from '../registry/index.ts';

/**
 * The scopes for a Reconnect sign-in. `missing` holds the report's `missingScopes` (claim values);
 * values the registry does not know are dropped. With nothing known missing, `fallback` (every
 * registry permission) is asked for instead.
 */
export function reconnectScopes(missing: readonly string[], fallback: readonly string[]): string[] {
	const wanted = new Set(missing.map((claim) => claim.toLowerCase()));
	const scopes = permissions.filter((p) => wanted.has(p.claim.toLowerCase())).map(qualifiedScope);
	return scopes.length ? scopes : [...fallback];
}
