// Turns a report into what the result view shows: names from the registry, the verdict, who
// acts, and the hand-off. Pure, so the wording can be tested without a browser.
import type { Report, Trace } from '../engine/index.ts';
import { MAILBOX_CAUSE, mailboxCauses } from '../engine/checks/mailbox.ts';
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { groupFeatures, localTime, nextStep, type TimeOptions } from './glance.ts';
import { buildHandoff, exportTrace, maskUsername, usernameOf } from './handoff.ts';
import type { CheckResult, FeatureRow, FindingView } from './runtime-port.ts';
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
	/** The reader's locale and time zone for times; default the browser's. */
	time?: TimeOptions | undefined;
}

const causes: readonly string[] = Object.values(mailboxCauses).filter(
	(cause) => cause !== undefined,
);

/** The cause sentence the mailbox check put first in its details (one of ours, never Microsoft's text). */
function causeOf(details: string | undefined): string | undefined {
	if (!details?.startsWith(MAILBOX_CAUSE)) return undefined;
	return causes.find((cause) => details.startsWith(`${MAILBOX_CAUSE} ${cause}`));
}

export function presentResult(
	report: Report,
	trace: Trace,
	options: PresentOptions,
	registry: Registry = defaultRegistry,
): CheckResult {
	const verdict = verdictOf(report);
	const titleOf = (id: string) => report.findings.find((finding) => finding.id === id)?.title ?? id;
	const username = usernameOf(trace);
	const features: FeatureRow[] = report.features.map((feature) => ({
		id: feature.id,
		name: registry.features.find((candidate) => candidate.id === feature.id)?.name ?? feature.id,
		ready: feature.state === 'ready',
		state: feature.state,
		blockedBy: feature.blockedBy.map(titleOf),
		reason: feature.reason,
	}));
	const findings: FindingView[] = report.findings.map(
		({ id, severity, audience, title, message, fix, details }) => ({
			id,
			severity,
			audience,
			title,
			message,
			fix,
			cause: causeOf(details),
		}),
	);
	const canReconnect =
		trace.signIn.outcome === 'success' &&
		report.findings.some((finding) => finding.id === 'reconnect-required');
	const handoff = buildHandoff(
		{
			report: { ...report, adminConsentUrl: report.adminConsentUrl ?? options.fallbackConsentUrl },
			trace,
			showUsername: options.showUsername,
			state: options.state,
			origin: options.origin,
		},
		registry,
	);
	// The recorder writes capturedAt; an imported trace could carry nonsense, which must not throw here.
	const captured = new Date(Date.parse(trace.capturedAt));
	const checkedAt = Number.isNaN(captured.getTime()) ? new Date() : captured;
	return {
		report,
		trace,
		verdict,
		verdictText: verdictText[verdict],
		features,
		groups: groupFeatures(features),
		findings,
		nextStep: nextStep(
			{
				verdict,
				findings,
				canReconnect,
				consentHelps: handoff.consentHelps,
				checkedAt,
				app: registry.app,
			},
			options.time,
		),
		checkedAt: { iso: checkedAt.toISOString(), text: localTime(checkedAt, options.time) },
		canReconnect,
		needsAdmin: verdict === 'action-admin',
		handoff,
		traceJson: exportTrace(trace, options.showUsername),
		account: username && (options.showUsername ? username : maskUsername(username)),
	};
}
