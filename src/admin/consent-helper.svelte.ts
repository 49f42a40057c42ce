// The consent helper's state: idle → resolving → ready | failed (or invalid, before any lookup).
// The island (src/components/admin/ConsentHelperIsland.svelte) only renders it; the work is done
// by parseTenantInput and prepareConsent. Nothing here signs in.
import type { AdminKit } from './admin-kit.ts';
import { prepareConsent, type HelperEnvironment, type HelperResult } from './prepare-consent.ts';
import { TENANT_QUERY_PARAM } from './templates.ts';
import { parseTenantInput, tenantKey } from './tenant-input.ts';

export type HelperStatus = 'idle' | 'invalid' | 'resolving' | 'ready' | 'failed';

export class ConsentHelperState {
	/** What the admin typed (bound to the input). */
	input = $state('');
	#status = $state<HelperStatus>('idle');
	#message = $state<string | undefined>(undefined);
	#result = $state<HelperResult | undefined>(undefined);
	#copied = $state<string | undefined>(undefined);
	#settled = $state(0);
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
	/**
	 * Counts finished look-ups (ready, failed or invalid), so the island can move focus to the
	 * result or the error after each one, even when the answer is the same as the last.
	 */
	get settled(): number {
		return this.#settled;
	}
	/** What was last copied (or why it could not be), for the live announcement. */
	get copied(): string | undefined {
		return this.#copied;
	}

	/** Fills the input from `?tenant=…` (the checker's hand-off link) and looks it up at once. */
	async prefill(search: string): Promise<void> {
		const tenant = new URLSearchParams(search).get(TENANT_QUERY_PARAM)?.trim();
		if (!tenant) return;
		this.input = tenant;
		await this.submit();
	}

	/** Checks the input, looks the tenant up, and builds the link, commands and note. */
	async submit(): Promise<void> {
		this.#lookup?.abort();
		this.#copied = undefined;
		const parsed = parseTenantInput(this.input);
		if (!parsed.ok) return this.#show('invalid', parsed.message);
		const lookup = (this.#lookup = new AbortController());
		this.#show('resolving', `Looking up ${tenantKey(parsed.tenant)} with Microsoft…`);
		try {
			const outcome = await prepareConsent(
				parsed.tenant,
				this.#kit,
				this.#environment(),
				lookup.signal,
			);
			if (outcome.status === 'failed') this.#show('failed', outcome.message);
			else this.#show('ready', undefined, outcome.result);
		} catch (error) {
			if (lookup.signal.aborted) return; // a newer lookup replaced this one
			this.#show(
				'failed',
				`Something went wrong: ${(error as Error).message}. Try again, or type the tenant id instead.`,
			);
		}
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

	#show(status: HelperStatus, message: string | undefined, result?: HelperResult): void {
		this.#status = status;
		this.#message = message;
		this.#result = result;
		if (status !== 'resolving') this.#settled += 1;
	}
}
