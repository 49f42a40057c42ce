// The connection checker's state machine: idle → signing-in → probing → diagnosed | failed.
// Components read `state` and call the actions; the heavy runtime (MSAL, Graph, engine) is
// loaded on first use, never with the page. Every wait can be cut short with cancel().
import { REDIRECT_MARKER } from './keys.ts';
import type { CheckResult, CheckerRuntime } from './runtime-port.ts';
import { cancelledInChecker } from './sign-in-error.ts';
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
	'signing-in': ['probing', 'diagnosed', 'failed', 'idle'],
	probing: ['probing', 'diagnosed', 'failed'],
	diagnosed: ['signing-in', 'idle'],
	failed: ['signing-in', 'idle'],
} as const satisfies Record<StateName, readonly StateName[]>;

export interface CheckerOptions {
	now?: () => Date;
	/** The account to sign in with, when the page was given it (`?login_hint=` from the Claras app). */
	loginHint?: string | undefined;
}

export class Checker {
	#state = $state<CheckerState>({ name: 'idle' });
	#showUsername = $state(false);
	/** The Microsoft window is open and the page got focus back: ask whether it was closed. */
	#windowMaybeClosed = $state(false);
	/** What the last Sign out did, said once the page is back at the start. */
	#notice = $state('');
	#windowOpen = false;
	/** Bumped by cancel(): a run that started before it stops at its next step. */
	#attempt = 0;
	#load: () => Promise<CheckerRuntime>;
	#runtime: Promise<CheckerRuntime> | undefined;
	#loaded: CheckerRuntime | undefined;
	#now: () => Date;
	#loginHint: string | undefined;

	constructor(load: () => Promise<CheckerRuntime>, options: CheckerOptions | (() => Date) = {}) {
		const { now = () => new Date(), loginHint } =
			typeof options === 'function' ? { now: options } : options;
		this.#load = load;
		this.#now = now;
		this.#loginHint = loginHint;
	}

	/** Whether to offer Cancel prominently: "Did you close the Microsoft window?" */
	get windowMaybeClosed(): boolean {
		return this.#windowMaybeClosed;
	}

	/** The page got focus back. While the Microsoft window is pending, it may have been closed. */
	pageFocused(): void {
		if (this.#state.name === 'signing-in' && this.#windowOpen) this.#windowMaybeClosed = true;
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
				return this.#notice;
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
		if (!allowed.includes(next.name))
			throw new Error(`The checker cannot go from ${this.#state.name} to ${next.name}.`);
		this.#state = next;
	}

	/** Starts loading MSAL and the Graph client early (on hover or focus), without running anything. */
	warmUp(): Promise<CheckerRuntime> {
		this.#runtime ??= this.#load().then((runtime) => (this.#loaded = runtime));
		this.#runtime.catch(() => (this.#runtime = undefined));
		return this.#runtime;
	}

	/**
	 * Ends the running attempt at once, as sign-in-cancelled with its fix: MSAL no longer sees a
	 * closed window (it waits on its redirect bridge), so without this the page would wait out the
	 * whole popupBridgeTimeout. Before the runtime has loaded there is nothing to diagnose: idle.
	 */
	cancel(): void {
		const state = this.#state;
		if (state.name !== 'signing-in' && state.name !== 'probing') return;
		this.#attempt++;
		this.#resetWindow();
		const runtime = this.#loaded;
		if (!runtime) return this.#go({ name: 'idle' });
		runtime.cancel();
		const recorder = new TraceRecorder(this.#now);
		recorder.signIn(cancelledInChecker(state.name));
		this.#go({
			name: 'diagnosed',
			result: runtime.present(recorder.toTrace(), this.#showUsername),
		});
	}

	#resetWindow(): void {
		this.#windowOpen = false;
		this.#windowMaybeClosed = false;
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
		if (typeof sessionStorage === 'undefined' || sessionStorage.getItem(REDIRECT_MARKER) === null)
			return;
		await this.#run({ reconnect: false, resuming: true });
	}

	async setShowUsername(show: boolean): Promise<void> {
		this.#showUsername = show;
		const state = this.#state;
		if (state.name !== 'diagnosed') return;
		const runtime = await this.warmUp();
		// The trace sits in a $state proxy, which structuredClone cannot copy (DataCloneError): snapshot it.
		if (this.#state === state)
			this.#state = {
				name: 'diagnosed',
				result: runtime.present($state.snapshot(state.result.trace), show),
			};
	}

	/** Signs out at Microsoft and in this tab, returns to the start and says what it did. */
	async signOut(): Promise<void> {
		if (this.busy) return;
		const outcome = this.#runtime ? await (await this.#runtime).signOut() : { microsoft: false };
		this.#showUsername = false;
		this.#notice = outcome.microsoft
			? 'You are signed out of Microsoft in this browser, and this page has forgotten your account.'
			: 'This page has forgotten your account. Microsoft did not confirm the sign-out: close the browser to end its session too.';
		if (this.#state.name !== 'idle') this.#go({ name: 'idle' });
	}

	async #run(options: {
		reconnect: boolean;
		missingScopes?: readonly string[];
		resuming?: boolean;
	}): Promise<void> {
		if (this.busy) return;
		this.#notice = '';
		this.#go({ name: 'signing-in', reconnect: options.reconnect });
		const attempt = ++this.#attempt;
		const current = () => attempt === this.#attempt;
		try {
			const runtime = await this.warmUp();
			if (!current()) return;
			const recorder = new TraceRecorder(this.#now);
			const onWindowOpened = () => current() && (this.#windowOpen = true);
			const signInOptions = {
				reconnect: options.reconnect,
				...(options.reconnect ? { missingScopes: options.missingScopes ?? [] } : {}),
				loginHint: this.#loginHint,
				onWindowOpened,
			};
			const outcome = options.resuming
				? runtime.redirectResult
				: await runtime.signIn(signInOptions);
			if (!current()) return; // Cancelled: cancel() has shown its answer.
			this.#resetWindow();
			if (!outcome) {
				this.#go({
					name: 'failed',
					message: 'the sign-in did not come back from Microsoft. Press Check again.',
				});
				return;
			}
			if (outcome.redirecting) return; // The page is leaving for Microsoft's sign-in.
			recorder.signIn(outcome.signIn);
			if (outcome.signIn.outcome === 'success') {
				this.#go({ name: 'probing', waitMs: 0 });
				await runtime.probe(
					recorder,
					(waitMs) => current() && this.#go({ name: 'probing', waitMs }),
				);
				if (!current()) return;
			}
			this.#go({
				name: 'diagnosed',
				result: runtime.present(recorder.toTrace(), this.#showUsername),
			});
		} catch (error) {
			if (!current()) return;
			this.#resetWindow();
			this.#go({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
		}
	}
}
