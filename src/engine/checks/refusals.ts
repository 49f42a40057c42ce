// Refusals read as Microsoft means them (refusals.ts): no Teams licence (Graph's 403 for Teams APIs),
// a setting of the organisation (transcripts' Graph access, Teams switched off), and every other
// refusal the engine names nowhere else, each with Graph's code, words and request id.
import type { Check, FindingDraft } from '../context.ts';
import type { FindingId } from '../engine-registry.ts';
import { describeRefusal } from '../refusals.ts';

const READ_HERE = [
	'teams-licence-missing',
	'tenant-policy-blocked',
	'graph-request-refused',
] as const satisfies readonly FindingId[];

export const refusalsCheck: Check = ({ failed }) => {
	const drafts: FindingDraft[] = [];
	for (const id of READ_HERE) {
		const hits = failed.filter((f) => f.finding === id).map((f) => f.outcome);
		if (hits.length === 0) continue;
		drafts.push({
			id,
			details: `Graph refused ${hits.map((o) => describeRefusal(o, o.probeId)).join('; ')}.`,
			probes: hits.flatMap((o) => (o.probeId ? [o.probeId] : [])),
		});
	}
	return drafts;
};
