// Turns a report into what the result view shows: names from the registry, the verdict, who
// acts, and the hand-off. Pure, so the wording can be tested without a browser.
import type { Report, Trace } from '../engine/index.ts';
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { buildHandoff, exportTrace, maskUsername, usernameOf } from './handoff.ts';
import type { CheckResult } from './runtime-port.ts';
import { verdictOf, verdictText } from './verdict.ts';

export interface PresentOptions {
	showUsername: boolean;
	/** The `state` the admin consent link carries. */
	state?: string | undefined;
	/** The help centre origin links are written against. */
	origin: string;
	/**
	 * The consent link when the report has none (a refused sign-in names no tenant): for
	 * `organizations`, i.e. whichever organisation the admin signs in to.
	 */
	fallbackConsentUrl?: string | undefined;
}

export function presentResult(report: Report, trace: Trace, options: PresentOptions, registry: Registry = defaultRegistry): CheckResult {
	const verdict = verdictOf(report);
	const titleOf = (id: string) => report.findings.find((finding) => finding.id === id)?.title ?? id;
	const username = usernameOf(trace);
	return {
		report,
		trace,
		verdict,
		verdictText: verdictText[verdict],
		features: report.features.map((feature) => ({
			id: feature.id,
			name: registry.features.find((candidate) => candidate.id === feature.id)?.name ?? feature.id,
			ready: feature.state === 'ready',
			state: feature.state,
			blockedBy: feature.blockedBy.map(titleOf),
			reason: feature.reason,
		})),
		findings: report.findings.map(({ id, severity, audience, title, message, fix }) => ({ id, severity, audience, title, message, fix })),
		canReconnect: trace.signIn.outcome === 'success' && report.findings.some((finding) => finding.id === 'reconnect-required'),
		needsAdmin: verdict === 'action-admin',
		handoff: buildHandoff(
			{ report: { ...report, adminConsentUrl: report.adminConsentUrl ?? options.fallbackConsentUrl }, trace, showUsername: options.showUsername, state: options.state, origin: options.origin },
			registry,
		),
		traceJson: exportTrace(trace, options.showUsername),
		account: username && (options.showUsername ? username : maskUsername(username)),
	};
}
