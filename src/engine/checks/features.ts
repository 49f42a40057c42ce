// Feature readiness: each feature is blocked by the findings that touch it — a sign-in that failed,
// a personal account, a missing permission it needs, its mailbox or Teams licence, or a failed
// answer to one of its probes (a failed base probe blocks every feature).
import { findingRank, type FindingId } from '../../registry/findings.ts';
import { features, permissions } from '../../registry/index.ts';
import type { CheckContext } from '../context.ts';
import { failureKind } from '../exchanges.ts';
import type { FeatureReadiness } from '../report.ts';

const MAILBOX_FINDINGS: readonly FindingId[] = ['exchange-licence-missing', 'exchange-licence-disabled', 'mailbox-unavailable'];
const TEAMS_FINDINGS: readonly FindingId[] = ['teams-licence-missing'];

export function featureReadiness(context: CheckContext, found: ReadonlySet<FindingId>): FeatureReadiness[] {
	return features.map((feature) => {
		const blockers = new Set<FindingId>();
		if (context.trace.signIn.outcome === 'error') {
			found.forEach((id) => blockers.add(id));
		} else if (context.personal) {
			blockers.add('personal-account');
		} else {
			const missing = context.scopes.missing.filter((p) => (p.features as readonly string[]).includes(feature.id));
			if (missing.length > 0) blockers.add('reconnect-required');
			if (missing.some((p) => p.adminConsentRequired)) blockers.add('admin-approval-required');
			if (feature.needsMailbox) MAILBOX_FINDINGS.forEach((id) => blockers.add(id));
			if (feature.needsTeams) TEAMS_FINDINGS.forEach((id) => blockers.add(id));
			for (const outcome of context.outcomes) {
				const kind = failureKind(outcome);
				if (!kind || kind === 'mailbox-unavailable') continue; // mailbox: by needsMailbox above
				if (outcome.featureId === undefined || outcome.featureId === feature.id) blockers.add(kind);
			}
		}
		const blockedBy = [...blockers].filter((id) => found.has(id)).sort((a, b) => findingRank(a) - findingRank(b));
		return { id: feature.id, ready: blockedBy.length === 0, blockedBy };
	});
}

/** The required permissions a feature needs (claims), for reports and tests. */
export function permissionsFor(featureId: string): string[] {
	return permissions.filter((p) => (p.features as readonly string[]).includes(featureId)).map((p) => p.claim);
}
