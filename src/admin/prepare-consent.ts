// From a parsed tenant to everything the admin gets: the tenant looked up, the consent link (its
// state remembered for the result page), the Entra path and shortcuts, the commands and the note
// to the team. Pure apart from the injected fetch and storage, so it is tested without a browser.
import { fillTenant, type AdminKit } from './admin-kit.ts';
import { startConsentLink } from './consent-link.ts';
import type { StateStorage } from './consent-state.ts';
import { entraConsentPath, entraShortcuts, type EntraShortcut } from './entra-links.ts';
import { resolveTenant, type TenantResolution } from './resolve-tenant.ts';
import { practiceNote, type MailTemplate } from './templates.ts';
import { tenantKey, type TenantRef } from './tenant-input.ts';

/** What the helper needs from the page; read when a lookup starts, never during server rendering. */
export interface HelperEnvironment {
	/** This help centre's origin (`location.origin`): consent returns here. */
	origin: string;
	/** The authority: Microsoft's, or the sandbox's in sandbox mode (from the checker configuration). */
	authorityOrigin: string;
	/** Where the link's state is kept for the result page (sessionStorage). */
	storage: StateStorage;
	fetch?: typeof globalThis.fetch;
	/** How long a lookup may take before it counts as unreachable. Default 10 seconds. */
	timeoutMs?: number;
}

/** Everything the admin gets for their tenant. */
export interface HelperResult {
	tenant: TenantRef;
	/** The tenant id, when the lookup found it (or it was typed). */
	tenantId?: string;
	/** The organisation as the page names it: the domain, else the tenant id. */
	organisation: string;
	/** What links and commands carry: the tenant id when known, else the domain. */
	key: string;
	consentUrl: string;
	entraPath: string[];
	entraShortcuts: EntraShortcut[];
	powerShell: string;
	azureCli: string;
	note: MailTemplate;
	/** Said beside the result: where the domain came from, or that the tenant could not be checked. */
	warning?: string;
}

export type ConsentOutcome =
	{ status: 'failed'; message: string } | { status: 'ready'; result: HelperResult };

const FROM_NOTE = {
	email: 'We used the domain of the email address you typed.',
	url: 'We used the domain of the address you pasted.',
	domain: undefined,
} as const;

/**
 * Looks the tenant up and builds the result. A tenant that does not exist (or is the personal
 * accounts one) fails; one that could not be checked (network, odd answer) still gets its link and
 * commands, with a warning, since Entra accepts a verified domain as it is. Rejects with the
 * caller's abort, so a newer lookup can replace this one.
 */
export async function prepareConsent(
	tenant: TenantRef,
	kit: AdminKit,
	environment: HelperEnvironment,
	signal?: AbortSignal,
): Promise<ConsentOutcome> {
	const timeout = AbortSignal.timeout(environment.timeoutMs ?? 10_000);
	const resolution: TenantResolution = await resolveTenant(tenant, {
		authorityOrigin: environment.authorityOrigin,
		signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
		...(environment.fetch ? { fetch: environment.fetch } : {}),
	});
	signal?.throwIfAborted();
	if (
		!resolution.ok &&
		(resolution.reason === 'not-a-tenant' || resolution.reason === 'personal')
	) {
		return { status: 'failed', message: resolution.message };
	}
	const tenantId = resolution.ok
		? resolution.tenantId
		: tenant.kind === 'id'
			? tenant.tenantId
			: undefined;
	const key = tenantId ?? tenantKey(tenant);
	const organisation = tenantKey(tenant);
	const warning = resolution.ok
		? FROM_NOTE[tenant.kind === 'domain' ? tenant.from : 'domain']
		: `${resolution.message} The link and commands below use "${key}" as you typed it; they work if it is right.`;
	const { url } = startConsentLink(kit, {
		tenant: key,
		origin: environment.origin,
		authorityOrigin: environment.authorityOrigin,
		storage: environment.storage,
	});
	return {
		status: 'ready',
		result: {
			tenant,
			...(tenantId ? { tenantId } : {}),
			organisation,
			key,
			consentUrl: url,
			entraPath: entraConsentPath(kit),
			entraShortcuts: entraShortcuts(kit),
			powerShell: fillTenant(kit.powerShell, key),
			azureCli: fillTenant(kit.azureCli, key),
			note: practiceNote(kit, { organisation, origin: environment.origin }),
			...(warning ? { warning } : {}),
		},
	};
}
