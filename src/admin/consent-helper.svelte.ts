// The consent helper's state: idle → resolving → ready | failed (or invalid, before any lookup).
// The island (src/components/admin/ConsentHelper.svelte) only renders it. Nothing here signs in:
// the tenant is looked up through the authority's public OpenID configuration.
import { fillTenant, type AdminKit } from './admin-kit.ts';
import { startConsentLink } from './consent-link.ts';
import type { StateStorage } from './consent-state.ts';
import { entraConsentPath, entraShortcuts, type EntraShortcut } from './entra-links.ts';
import { resolveTenant } from './resolve-tenant.ts';
import { practiceNote, TENANT_QUERY_PARAM, type MailTemplate } from './templates.ts';
import { parseTenantInput, tenantKey, type TenantRef } from './tenant-input.ts';

/** What the helper needs from the page; read when a lookup starts, never during server rendering. */
export interface HelperEnvironment {
	/** This help centre's origin (`location.origin`): consent returns here. */
	origin: string;
	/** The authority: Microsoft's, or the sandbox's in sandbox mode (from getCheckerConfig()). */
	authorityOrigin: string;
	/** Where the link's state is kept for the result page (sessionStorage). */
	storage: StateStorage;
	fetch?: typeof globalThis.fetch;
	/** How long a lookup may take before it counts as unreachable. */
	timeoutMs?: number;
}

/** Everything the admin gets for their tenant. */
export interface HelperResult {
	tenant: TenantRef;
	/** The tenant id, when the lookup found it. */
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
	/** Said when the tenant could not be checked but the link may still work. */
	warning?: string;
}

export type HelperStatus = 'idle' | 'invalid' | 'resolving' | 'ready' | 'failed';

const FROM_NOTE = {
	email: 'We used the domain of the email address you typed.',
	url: 'We used the domain of the address you pasted.',
	domain: undefined,
} as const;

export class ConsentHelperState {
	/** What the admin typed (bound to the input). */
	input = $state('');
	#status = $state<HelperStatus>('idle');
	#message = $state<string | undefined>(undefined);
	#result = $state<HelperResult | undefined>(undefined);
	#copied = $state<string | undefined>(undefined);
	#kit: AdminKit;
	#environment: () => HelperEnvironment;
	#lookup: AbortController | undefined;

	constructor(kit: AdminKit, environment: () => HelperEnvironment) {
		this.#kit = kit;
		this.#environment = environment;
	}

	get status(): HelperStatus {
		return this.#status;
	}
	/** The error (invalid, failed) or progress (resolving) message. */
	get message(): string | undefined {
		return this.#message;
	}
	get result(): HelperResult | undefined {
		return this.#result;
	}
	/** The label of the last thing copied, for the "Copied" announcement. */
	get copied(): string | undefined {
		return this.#copied;
	}

	/** Fills the input from `?tenant=…` (the checker's hand-off link) and looks it up at once. */
	async prefill(search: string): Promise<void> {
		const tenant = new URLSearchParams(search).get(TENANT_QUERY_PARAM);
		if (!tenant?.trim()) return;
		this.input = tenant.trim();
		await this.submit();
	}

	/** Checks the input, looks the tenant up, and builds the link, commands and note. */
	async submit(): Promise<void> {
		this.#lookup?.abort();
		this.#copied = undefined;
		const parsed = parseTenantInput(this.input);
		if (!parsed.ok) {
			this.#set('invalid', parsed.message);
			return;
		}
		const { tenant } = parsed;
		const environment = this.#environment();
		const lookup = new AbortController();
		this.#lookup = lookup;
		this.#set('resolving', `Looking up ${tenantKey(tenant)} with Microsoft…`);
		const timeout = setTimeout(() => lookup.abort(new DOMException('timed out', 'TimeoutError')), environment.timeoutMs ?? 10_000);
		let resolution: Awaited<ReturnType<typeof resolveTenant>>;
		try {
			resolution = await resolveTenant(tenant, {
				authorityOrigin: environment.authorityOrigin,
				signal: lookup.signal,
				...(environment.fetch ? { fetch: environment.fetch } : {}),
			});
		} catch {
			if (this.#lookup !== lookup) return; // a newer lookup replaced this one
			resolution = { ok: false, reason: 'unreachable', message: `Microsoft did not answer in time when looking up ${tenantKey(tenant)}.` };
		} finally {
			clearTimeout(timeout);
		}
		if (this.#lookup !== lookup) return;
		if (!resolution.ok && (resolution.reason === 'not-a-tenant' || resolution.reason === 'personal')) {
			this.#set('failed', resolution.message);
			return;
		}
		const tenantId = resolution.ok ? resolution.tenantId : tenant.kind === 'id' ? tenant.tenantId : undefined;
		const warning = resolution.ok
			? FROM_NOTE[tenant.kind === 'domain' ? tenant.from : 'domain']
			: `${resolution.message} The link and commands below use "${tenantKey(tenant)}" as you typed it; they work if it is right.`;
		this.#result = this.#build(tenant, tenantId, environment, warning);
		this.#set('ready', undefined);
	}

	/** Copies a text and remembers what, so the page can say it was copied. */
	async copy(text: string, label: string): Promise<void> {
		try {
			await navigator.clipboard.writeText(text);
			this.#copied = `${label} copied.`;
		} catch {
			this.#copied = `Could not copy the ${label.toLowerCase()}: select it and copy it by hand.`;
		}
	}

	#set(status: HelperStatus, message: string | undefined): void {
		this.#status = status;
		this.#message = message;
		if (status !== 'ready') this.#result = undefined;
	}

	#build(tenant: TenantRef, tenantId: string | undefined, environment: HelperEnvironment, warning: string | undefined): HelperResult {
		const kit = this.#kit;
		const key = tenantId ?? tenantKey(tenant);
		const organisation = tenantKey(tenant);
		const { url } = startConsentLink(kit, {
			tenant: key,
			origin: environment.origin,
			authorityOrigin: environment.authorityOrigin,
			storage: environment.storage,
		});
		return {
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
		};
	}
}
