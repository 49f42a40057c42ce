// Turns a domain (or checks a tenant id) into the tenant id Microsoft Entra knows it by, through
// the authority's public OpenID configuration: no sign-in needed, and the sandbox answers it too.
import { CONSUMER_TENANT_ID } from '../microsoft.ts';
import { tenantKey, type TenantRef } from './tenant-input.ts';

/** Why a tenant could not be resolved. Only the first two mean "this will not work". */
export type ResolveFailure = 'not-a-tenant' | 'personal' | 'unreachable' | 'unexpected';

export type TenantResolution =
	| {
			ok: true;
			/** The tenant id, lower case. */
			tenantId: string;
			/** The domain it was found by, when a domain was given. */
			domain?: string;
	  }
	| { ok: false; reason: ResolveFailure; message: string };

export interface ResolveOptions {
	/**
	 * Where the authority lives, without a tenant: `https://login.microsoftonline.com`, or the
	 * sandbox's `${location.origin}/sandbox`.
	 */
	authorityOrigin: string;
	/** Injected for tests; the browser's fetch by default. */
	fetch?: typeof globalThis.fetch;
	signal?: AbortSignal;
}

const GUID_SEGMENT = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=\/|$)/i;

/** The address of a tenant's OpenID configuration at an authority. */
export function openIdConfigurationUrl(authorityOrigin: string, tenant: string): string {
	return `${authorityOrigin.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/v2.0/.well-known/openid-configuration`;
}

/** The tenant id in an `issuer` (or `token_endpoint`) address, if there is one. */
export function tenantIdFromConfiguration(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const { issuer, token_endpoint: tokenEndpoint } = body as Record<string, unknown>;
	for (const address of [issuer, tokenEndpoint]) {
		if (typeof address !== 'string') continue;
		const match = GUID_SEGMENT.exec(address);
		if (match?.[1]) return match[1].toLowerCase();
	}
	return undefined;
}

/** The AADSTS number in an Entra error body (`error_codes`, else the description). */
function aadstsNumber(body: unknown): number | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const { error_codes: codes, error_description: description } = body as Record<string, unknown>;
	if (Array.isArray(codes) && typeof codes[0] === 'number') return codes[0];
	const match = typeof description === 'string' ? /AADSTS(\d+)/.exec(description) : null;
	return match?.[1] ? Number(match[1]) : undefined;
}

function named(tenant: TenantRef): string {
	return tenant.kind === 'id' ? `tenant id ${tenant.tenantId}` : `"${tenant.domain}"`;
}

/** Looks the tenant up at the authority and reports its id, or why it could not. Never throws, except when aborted. */
export async function resolveTenant(
	tenant: TenantRef,
	options: ResolveOptions,
): Promise<TenantResolution> {
	const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
	const url = openIdConfigurationUrl(options.authorityOrigin, tenantKey(tenant));
	let response: Response;
	try {
		response = await fetcher(url, {
			headers: { accept: 'application/json' },
			...(options.signal ? { signal: options.signal } : {}),
		});
	} catch (error) {
		if (options.signal?.aborted && (error as Error | undefined)?.name === 'AbortError') throw error;
		return {
			ok: false,
			reason: 'unreachable',
			message: `Could not reach Microsoft to look up ${named(tenant)}. Check your internet connection and try again.`,
		};
	}
	let body: unknown;
	try {
		body = await response.json();
	} catch {
		body = undefined;
	}
	if (response.status === 400 && aadstsNumber(body) === 90002) {
		const what =
			tenant.kind === 'id'
				? `No Microsoft Entra organisation has the tenant id ${tenant.tenantId}`
				: `"${tenant.domain}" is not the domain of a Microsoft Entra organisation`;
		return {
			ok: false,
			reason: 'not-a-tenant',
			message: `${what} (Microsoft answered AADSTS90002: tenant not found). Check the spelling, or use the part after the @ in a work email address at your practice. If your practice's email is not with Microsoft 365, it has no Microsoft tenant to consent for.`,
		};
	}
	const tenantId = response.ok ? tenantIdFromConfiguration(body) : undefined;
	if (!tenantId) {
		const answer = !response.ok
			? `HTTP ${response.status}`
			: body === undefined
				? 'an answer that is not JSON'
				: 'an answer without a tenant id in it';
		return {
			ok: false,
			reason: 'unexpected',
			message: `Microsoft gave an unexpected answer when looking up ${named(tenant)} (${answer}). Try again in a minute, or type the tenant id instead.`,
		};
	}
	if (tenantId === CONSUMER_TENANT_ID) {
		return {
			ok: false,
			reason: 'personal',
			message: `${named(tenant)} belongs to personal Microsoft accounts (such as Outlook.com), not to an organisation, so there is no admin to consent. Claras needs a work or school account in Microsoft 365.`,
		};
	}
	return { ok: true, tenantId, ...(tenant.kind === 'domain' ? { domain: tenant.domain } : {}) };
}
