// Reads a `scope` parameter as Entra does: Graph scopes bare or resource-qualified, any case;
// OpenID Connect scopes; and `.default`, meaning every permission configured on the app.
import { GRAPH_SCOPE_PREFIXES as GRAPH_PREFIXES } from '../src/microsoft.ts';
import { permissions, type Permission } from '../src/registry/index.ts';
const OIDC = new Set(['openid', 'profile', 'email']);

export interface RequestedScopes {
	/** Registry permissions asked for (offline_access included). */
	permissions: Permission[];
	oidc: string[];
	/** Graph scopes the app is not configured for (Entra: AADSTS650053). */
	unknown: string[];
	isDefault: boolean;
}

export function parseScopes(scopes: readonly string[]): RequestedScopes {
	const out: RequestedScopes = { permissions: [], oidc: [], unknown: [], isDefault: false };
	for (const raw of scopes) {
		let scope = raw;
		for (const prefix of GRAPH_PREFIXES) {
			if (scope.toLowerCase().startsWith(prefix.toLowerCase())) scope = scope.slice(prefix.length);
		}
		const lower = scope.toLowerCase();
		if (!lower) continue;
		if (lower === '.default') {
			out.isDefault = true;
			continue;
		}
		if (OIDC.has(lower)) {
			out.oidc.push(lower);
			continue;
		}
		const permission = permissions.find((p) => p.claim.toLowerCase() === lower);
		if (permission) {
			if (!out.permissions.includes(permission)) out.permissions.push(permission);
		} else out.unknown.push(scope);
	}
	return out;
}

/** The permissions a request needs consent for, given what is already granted. */
export function missingPermissions(
	requested: RequestedScopes,
	granted: ReadonlySet<string>,
): Permission[] {
	// `.default` asks for what is configured, but never prompts once anything has been granted.
	if (requested.isDefault && [...granted].length > 0) return [];
	const wanted = requested.isDefault ? [...permissions] : requested.permissions;
	return wanted.filter((p) => !granted.has(p.claim.toLowerCase()));
}

/** The granted permissions that show in an access token's `scp`, in registry order. */
export function accessTokenClaims(granted: ReadonlySet<string>): string[] {
	return permissions
		.filter((p) => p.inAccessToken && granted.has(p.claim.toLowerCase()))
		.map((p) => p.claim);
}

export function offlineAccessGranted(granted: ReadonlySet<string>): boolean {
	return permissions.some((p) => !p.inAccessToken && granted.has(p.claim.toLowerCase()));
}
