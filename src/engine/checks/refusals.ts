// Refusals read as Microsoft means them (refusals.ts): no Teams licence (Graph's 403 for Teams APIs),
// a setting of the organisation (transcripts' Graph access, Teams switched off), and every other
// refusal the engine names nowhere else, each with Graph's code, words and request id.
import type { Check, CheckContext, FindingDraft } from '../context.ts';
import type { FindingId } from '../engine-registry.ts';
import { describeRefusal } from '../refusals.ts';
import { activeTeamsPlans } from './licences.ts';

const READ_HERE = [
	'teams-licence-missing',
	'tenant-policy-blocked',
	'graph-request-refused',
] as const satisfies readonly FindingId[];

/**
 * Teams refused for want of a licence while the licences list an active Teams plan: Teams has not
 * caught up with a licence assigned or changed recently, which takes hours and can take a day
 * (reports from the field: microsoftgraph/microsoft-graph-docs#7710, "it can take minutes up to
 * hours before this is known"; MicrosoftDocs/OfficeDocs-SkypeForBusiness#6799, "about 24 hours").
 */
function teamsNotCaughtUp(context: CheckContext): string {
	const plans = activeTeamsPlans(context);
	if (!plans?.length) return '';
	return ` Yet the licences list an active Teams plan (${plans.slice(0, 3).join(', ')}): Teams has not caught up with it yet. A licence assigned or changed in the last day can take that long to reach Teams, so check again later before changing it.`;
}

/** What a finding's details add to Graph's refusal, read from the rest of the evidence. */
const NOTES: Partial<Record<(typeof READ_HERE)[number], (context: CheckContext) => string>> = {
	'teams-licence-missing': teamsNotCaughtUp,
};

export const refusalsCheck: Check = (context) => {
	const drafts: FindingDraft[] = [];
	for (const id of READ_HERE) {
		const hits = context.failed.filter((f) => f.finding === id).map((f) => f.outcome);
		if (hits.length === 0) continue;
		const note = NOTES[id]?.(context) ?? '';
		drafts.push({
			id,
			details: `Graph refused ${hits.map((o) => describeRefusal(o, o.probeId)).join('; ')}.${note}`,
			probes: hits.flatMap((o) => (o.probeId ? [o.probeId] : [])),
		});
	}
	return drafts;
};
