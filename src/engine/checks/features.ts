// Feature states, from evidence. A feature is `ready` only when the base probes and every probe it
// rests on (its own, and those they come after) have a final 2xx answer and nothing blocks it;
// `blocked` when a finding blocks it (a failed sign-in, a personal account, a missing permission it
// needs, its mailbox or Teams licence, or a failed or missing answer to one of its probes);
// `unverified` when nothing blocks it but there was nothing to test it on (say what, and what it means).
import type { CheckContext, FindingDraft } from '../context.ts';
import type { EngineFeature, FindingId } from '../engine-registry.ts';
import { isSuccess } from '../exchanges.ts';
import type { FeatureReadiness } from '../report.ts';
import { scopeKey } from '../scopes.ts';

const MAILBOX_FINDINGS: readonly FindingId[] = [
	'exchange-licence-missing',
	'exchange-licence-disabled',
	'mailbox-unavailable',
];
const TEAMS_FINDINGS: readonly FindingId[] = ['teams-licence-missing'];

function unverifiedReason(
	feature: EngineFeature,
	gaveNothing: string | undefined,
	context: CheckContext,
): string {
	const name = feature.name;
	const before = gaveNothing ? context.probes.get(gaveNothing) : undefined;
	if (before?.path.includes('calendarView')) {
		return `No Teams meeting you organised has ended in the past week, so there was nothing to test "${name}" on. Your connection looks right for it, but Claras cannot confirm it until you have held a Teams meeting; run the check again after your next one.`;
	}
	if (before?.path.includes('onlineMeetings')) {
		return `Teams could not match your latest meeting to a Teams online meeting (it may have been set up by another app or moved), so "${name}" could not be tested. Run the check again after your next Teams meeting.`;
	}
	return `Claras had nothing to test "${name}" on, so it cannot confirm it works for you yet. Run the check again later.`;
}

export function featureStates(
	context: CheckContext,
	drafts: readonly FindingDraft[],
): FeatureReadiness[] {
	const { registry, evidence, notAskable, scopes, trace } = context;
	const found = new Map(drafts.map((draft) => [draft.id, draft]));
	const rank = (id: FindingId) => registry.findingOrder.indexOf(id);
	const missing = new Set(scopes.missing.map((p) => scopeKey(p.claim)));
	return registry.features.map((feature) => {
		const probes = context.probesOf(feature);
		const blockers = new Set<FindingId>();
		if (trace.signIn.outcome === 'error') {
			for (const draft of drafts)
				if (registry.findings[draft.id].severity === 'error') blockers.add(draft.id);
		} else if (context.personal) {
			blockers.add('personal-account');
		} else {
			const lacking = registry.permissions.filter(
				(p) => p.features.includes(feature.id) && missing.has(scopeKey(p.claim)),
			);
			if (lacking.length > 0) blockers.add('reconnect-required');
			if (lacking.some((p) => p.adminConsentRequired)) blockers.add('admin-approval-required');
			if (feature.needsMailbox) MAILBOX_FINDINGS.forEach((id) => blockers.add(id));
			if (feature.needsTeams) TEAMS_FINDINGS.forEach((id) => blockers.add(id));
			for (const probe of probes) {
				const outcome = evidence.get(probe.id);
				const finding = outcome ? context.refusal(outcome) : undefined;
				if (finding) blockers.add(finding);
			}
		}
		const blockedBy = [...blockers].filter((id) => found.has(id)).sort((a, b) => rank(a) - rank(b));
		const answered = probes.filter((p) => {
			const outcome = evidence.get(p.id);
			return outcome !== undefined && isSuccess(outcome);
		});
		if (blockedBy.length > 0) {
			const failedHere = probes
				.filter((p) => evidence.has(p.id) && !answered.includes(p))
				.map((p) => p.id);
			const behind = blockedBy.flatMap((id) => found.get(id)?.probes ?? []);
			return {
				id: feature.id,
				ready: false,
				state: 'blocked',
				blockedBy,
				evidence: [...new Set([...failedHere, ...behind])],
			};
		}
		if (probes.length > 0 && answered.length === probes.length) {
			return {
				id: feature.id,
				ready: true,
				state: 'ready',
				blockedBy,
				evidence: probes.map((p) => p.id),
			};
		}
		const gaveNothing = probes.map((p) => notAskable.get(p.id)).find((id) => id !== undefined);
		return {
			id: feature.id,
			ready: false,
			state: 'unverified',
			blockedBy,
			evidence: answered.map((p) => p.id),
			reason: unverifiedReason(feature, gaveNothing, context),
		};
	});
}
