// What the state machine needs from the heavy, lazily loaded side (MSAL, Graph, engine,
// registry). Types only, so the island's initial script carries none of it; tests pass fakes.
import type { Report, Trace } from '../engine/index.ts';
import type { FeatureGroup } from './glance.ts';
import type { Handoff } from './handoff.ts';
import type { SignInResult, SignInOptions, SignOutResult } from './msal-adapter.ts';
import type { TraceRecorder } from './trace-recorder.ts';
import type { Verdict } from './verdict.ts';

export type { SignInOptions, SignInResult, SignOutResult };

/** A feature's readiness row, with names ready to show. */
export interface FeatureRow {
	id: string;
	name: string;
	ready: boolean;
	/** `ready` (proved by a 2xx answer), `blocked` (a finding stops it) or `unverified` (nothing to test it on). */
	state: 'ready' | 'blocked' | 'unverified';
	/** Titles of the findings that block it. */
	blockedBy: string[];
	/** For `unverified`: what was missing, and what it means for the adviser. */
	reason?: string | undefined;
}

/** One finding as the page shows it. */
export interface FindingView {
	id: string;
	severity: string;
	audience: string;
	title: string;
	message: string;
	/** The help centre path that fixes it. */
	fix: string;
	/** The likeliest cause the evidence names (the mailbox finding), in plain words. */
	cause?: string | undefined;
}

/** Everything the result view renders; built once per diagnosis (and when the username toggles). */
export interface CheckResult {
	report: Report;
	trace: Trace;
	verdict: Verdict;
	verdictText: string;
	features: FeatureRow[];
	/** The features grouped by what stands in their way: blocked, not yet tested, ready. */
	groups: FeatureGroup[];
	findings: FindingView[];
	/** One sentence with what to do now. */
	nextStep: string;
	/** When the check ran: `iso` for `<time datetime>`, `text` in the reader's locale and zone. */
	checkedAt: { iso: string; text: string };
	/** Whether Reconnect can help (missing permissions on a signed-in account). */
	canReconnect: boolean;
	/** Whether the IT admin hand-off applies. */
	needsAdmin: boolean;
	handoff: Handoff;
	/** The trace as JSON for `npm run diagnose`, masked unless the username is shown. */
	traceJson: string;
	/** The account, masked unless shown. */
	account: string | undefined;
}

export interface CheckerRuntime {
	/** The sign-in a full-page redirect brought back, when this page load finishes one. */
	readonly redirectResult: SignInResult | null;
	signIn(options?: SignInOptions): Promise<SignInResult>;
	/** Sends the registry's probes stage by stage (a `$batch` each, bounded retries, a deadline), recording every exchange. */
	probe(recorder: TraceRecorder, onWait: (ms: number) => void): Promise<void>;
	/** Diagnoses the trace and builds the view. */
	present(trace: Trace, showUsername: boolean): CheckResult;
	/** Ends a waiting sign-in at once (the Cancel button): its promise rejects, its window closes. */
	cancel(): void;
	/** Signs out at Microsoft (end-session endpoint) and forgets the tokens in this tab. */
	signOut(): Promise<SignOutResult>;
}
