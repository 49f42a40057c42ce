// The connection checker's state machine: idle → signing-in → probing → diagnosed | failed.
// Components read `state` and call the actions; the heavy runtime (MSAL, Graph, engine) is
// loaded on first use, never with the page.
import { REDIRECT_MARKER } from './keys.ts';
import type { CheckResult, CheckerRuntime } from './runtime-port.ts';
import { TraceRecorder } from './trace-recorder.ts';

export type CheckerState =
	| { name: 'idle' }
	| { name: 'signing-in'; reconnect: boolean }
	| { name: 'probing'; waitMs: number }
	| { name: 'diagnosed'; result: CheckResult }
	| { name: 'failed'; message: string };

export type StateName = CheckerState['name'];

/** Which state may follow which; anything else is a bug and throws. */
export const transitions = {
	idle: ['signing-in'],
	'signing-in': ['probing', 'diagnosed', 'failed'],
	probing: ['probing', 'diagnosed', 'failed'],
	diagnosed: ['signing-in', 'idle'],
	failed: ['signing-in', 'idle'],
} as const satisfies Record<StateName, readonly StateName[]>;

export class Checker {
	#state = $state<CheckerState>({ name: 'idle' });
	#showUsername = $state(false);
	#load: () => Promise<CheckerRuntime>;
	#runtime: Promise<CheckerRuntime> | undefined;
	#now: () => Date;

	constructor(load: () => Promise<CheckerRuntime>, now: () => Date = () => new Date()) {
		this.#load = load;
		this.#now = now;
	}

	get state(): CheckerState {
		return this.#state;
	}

	get busy(): boolean {
		return this.#state.name === 'signing-in' || this.#state.name === 'probing';
	}

	get showUsername(): boolean {
		return this.#showUsername;
	}

	/** What the live region says about the current state. */
	get announcement(): string {
		const state = this.#state;
		switch (state.name) {
			case 'idle':
				return '';
			case 'signing-in':
				return 'Signing you in to Microsoft. Finish in the window that opened.';
			case 'probing':
				return state.waitMs > 0
					? `Microsoft asked us to wait ${Math.ceil(state.waitMs / 1000)} seconds. Trying again soon.`
					: 'Signed in. Checking what Claras can reach in your Microsoft 365 account.';
			case 'diagnosed':
				return `Check finished. ${state.result.verdictText}.`;
			case 'failed':
				return `The check could not finish: ${state.message}`;
			default:
				return state satisfies never;
		}
	}

	#go(next: CheckerState): void {
		const from: StateName = this.#state.name;
		const allowed: readonly StateName[] = transitions[from];
		if (!allowed.includes(next.name)) throw new Error(`The checker cannot go from ${this.#state.name} to ${next.name}.`);
		this.#state = next;
	}

	/** Starts loading MSAL and the Graph client early (on hover or focus), without running anything. */
	warmUp(): Promise<CheckerRuntime> {
		this.#runtime ??= this.#load();
		this.#runtime.catch(() => (this.#runtime = undefined));
		return this.#runtime;
	}

	/** Runs a check: sign in (silently when possible), probe Graph, diagnose. */
	check(): Promise<void> {
		return this.#run({ reconnect: false });
	}

	/** Asks for the missing permissions (those the last diagnosis found), then checks. */
	reconnect(): Promise<void> {
		const state = this.#state;
		const missingScopes = state.name === 'diagnosed' ? state.result.report.missingScopes : [];
		return this.#run({ reconnect: true, missingScopes });
	}

	/** Finishes a check that a full-page redirect sign-in interrupted, if there is one. */
	async resume(): Promise<void> {
		if (typeof sessionStorage === 'undefined' || sessionStorage.getItem(REDIRECT_MARKER) === null) return;
		await this.#run({ reconnect: false, resuming: true });
	}

	async setShowUsername(show: boolean): Promise<void> {
		this.#showUsername = show;
		const state = this.#state;
		if (state.name !== 'diagnosed') return;
		const runtime = await this.warmUp();
		// The trace sits in a $state proxy, which structuredClone cannot copy (DataCloneError): snapshot it.
		if (this.#state === state) this.#state = { name: 'diagnosed', result: runtime.present($state.snapshot(state.result.trace), show) };
	}

	/** Forgets the account and tokens in this tab and returns to the start. */
	async signOut(): Promise<void> {
		if (this.busy) return;
		if (this.#runtime) await (await this.#runtime).signOut();
		this.#showUsername = false;
		if (this.#state.name !== 'idle') this.#go({ name: 'idle' });
	}

	async #run(options: { reconnect: boolean; missingScopes?: readonly string[]; resuming?: boolean }): Promise<void> {
		if (this.busy) return;
		this.#go({ name: 'signing-in', reconnect: options.reconnect });
		try {
			const runtime = await this.warmUp();
			const recorder = new TraceRecorder(this.#now);
			const outcome = options.resuming ? runtime.redirectResult : await runtime.signIn(options.reconnect ? { reconnect: true, missingScopes: options.missingScopes ?? [] } : { reconnect: false });
			if (!outcome) {
				this.#go({ name: 'failed', message: 'the sign-in did not come back from Microsoft. Press Check again.' });
				return;
			}
			if (outcome.redirecting) return; // The page is leaving for Microsoft's sign-in.
			recorder.signIn(outcome.signIn);
			if (outcome.signIn.outcome === 'success') {
				this.#go({ name: 'probing', waitMs: 0 });
				await runtime.probe(recorder, (waitMs) => this.#go({ name: 'probing', waitMs }));
			}
			this.#go({ name: 'diagnosed', result: runtime.present(recorder.toTrace(), this.#showUsername) });
		} catch (error) {
			this.#go({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
		}
	}
}
