// Scope comparison. Tokens carry scopes bare (`Some.Scope`) or resource-qualified
// (`https://graph.microsoft.com/Some.Scope`), in any case; the registry spells each once.
import { GRAPH_SCOPE_PREFIXES } from '../microsoft.ts';
import type { EnginePermission } from './engine-registry.ts';
import type { Trace } from './trace.ts';

/** The comparable form of a scope: no Graph resource prefix, lower case. */
export function scopeKey(scope: string): string {
	const trimmed = scope.trim();
	const lower = trimmed.toLowerCase();
	const prefix = GRAPH_SCOPE_PREFIXES.find((p) => lower.startsWith(p));
	return (prefix ? lower.slice(prefix.length) : lower).replace(/^\/+/, '');
}

/** Whether the signed-in user holds a permission. `offline_access` shows as a refresh token, not a scope. */
function isGranted(
	permission: Pick<EnginePermission, 'claim' | 'inAccessToken'>,
	granted: ReadonlySet<string>,
	refreshToken: boolean | undefined,
): boolean {
	if (granted.has(scopeKey(permission.claim))) return true;
	// offline_access never appears in an access token; without a recorded answer, do not blame it.
	return !permission.inAccessToken && refreshToken !== false;
}

export interface ScopeStatus {
	/** Granted scopes: the registry's spelling for required ones, then any others as given (unprefixed). */
	granted: string[];
	/** Required permissions the token lacks. */
	missing: EnginePermission[];
}

/** Compares the token's scopes with the registry's required permissions. */
export function scopeStatus(
	signIn: Trace['signIn'],
	permissions: readonly EnginePermission[],
): ScopeStatus {
	if (signIn.outcome !== 'success') return { granted: [], missing: [] };
	const keys = new Set(signIn.scopes.map(scopeKey).filter(Boolean));
	const required = new Set(permissions.map((p) => scopeKey(p.claim)));
	const granted = permissions
		.filter(
			(p) => keys.has(scopeKey(p.claim)) || (!p.inAccessToken && signIn.refreshToken === true),
		)
		.map((p) => p.claim);
	const extra = new Map<string, string>();
	for (const scope of signIn.scopes) {
		const key = scopeKey(scope);
		if (key && !required.has(key) && !extra.has(key))
			extra.set(key, scope.trim().replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
	}
	return {
		granted: [...granted, ...extra.values()],
		missing: permissions.filter((p) => !isGranted(p, keys, signIn.refreshToken)),
	};
}
