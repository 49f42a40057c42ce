// Per-tenant OpenID Connect discovery and signing keys, shaped like Entra ID's v2 documents, with
// the sandbox's own addresses. Unknown tenants get Entra's 400 `invalid_tenant` (AADSTS90002).
import { findTenant, type Tenant } from './scenarios.ts';

/** Tenant path segments that are not a tenant but an audience. */
export const AUDIENCES = ['organizations', 'common', 'consumers'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type ResolvedTenant =
	{ kind: 'audience'; audience: Audience } | { kind: 'tenant'; tenant: Tenant };

export function resolveTenant(segment: string): ResolvedTenant | undefined {
	const lower = segment.toLowerCase();
	const audience = AUDIENCES.find((a) => a === lower);
	if (audience) return { kind: 'audience', audience };
	const tenant = findTenant(lower);
	return tenant ? { kind: 'tenant', tenant } : undefined;
}

/** Where the sandbox's Entra endpoints live for a tenant segment, e.g. `http://localhost:4321/sandbox/organizations`. */
export function authorityBase(origin: string, segment: string): string {
	return `${origin}/sandbox/${segment}`;
}

/** The `iss` of tokens a tenant issues (Entra: `https://login.microsoftonline.com/{tid}/v2.0`). */
export function issuer(origin: string, tenantId: string): string {
	return `${authorityBase(origin, tenantId)}/v2.0`;
}

export function openIdConfiguration(origin: string, resolved: ResolvedTenant) {
	const segment = resolved.kind === 'tenant' ? resolved.tenant.id : resolved.audience;
	const base = authorityBase(origin, segment);
	return {
		token_endpoint: `${base}/oauth2/v2.0/token`,
		token_endpoint_auth_methods_supported: [
			'client_secret_post',
			'private_key_jwt',
			'client_secret_basic',
		],
		jwks_uri: `${base}/discovery/v2.0/keys`,
		response_modes_supported: ['query', 'fragment', 'form_post'],
		subject_types_supported: ['pairwise'],
		id_token_signing_alg_values_supported: ['RS256'],
		response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
		scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
		issuer:
			resolved.kind === 'tenant'
				? issuer(origin, resolved.tenant.id)
				: `${authorityBase(origin, '{tenantid}')}/v2.0`,
		request_uri_parameter_supported: false,
		authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
		http_logout_supported: true,
		frontchannel_logout_supported: true,
		end_session_endpoint: `${base}/oauth2/v2.0/logout`,
		claims_supported: [
			'sub',
			'iss',
			'cloud_instance_name',
			'cloud_instance_host_name',
			'cloud_graph_host_name',
			'msgraph_host',
			'aud',
			'exp',
			'iat',
			'auth_time',
			'acr',
			'nonce',
			'preferred_username',
			'name',
			'tid',
			'ver',
			'at_hash',
			'c_hash',
			'email',
		],
		tenant_region_scope: resolved.kind === 'tenant' && !resolved.tenant.consumer ? 'OC' : null,
		cloud_instance_name: 'sandbox.example',
		cloud_graph_host_name: 'graph.windows.net',
		msgraph_host: new URL(origin).host,
		rbac_url: 'https://pas.windows.net',
	};
}
