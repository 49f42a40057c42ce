// Graph's health: a probe whose final answer is 429 was throttled past its retries; 5xx, no answer
// at all (status 0), or no answer recorded for a probe that should have been asked, means Graph
// was unavailable (or the check gave up waiting), which is never a pass.
import type { Check, FindingDraft } from '../context.ts';
import type { FindingId } from '../engine-registry.ts';
import { describeRefusal } from '../refusals.ts';

const LISTED = 8;

export const graphHealthCheck: Check = ({ failed }) => {
	const drafts: FindingDraft[] = [];
	for (const id of ['graph-unavailable', 'graph-throttled'] satisfies FindingId[]) {
		const hits = failed.filter((f) => f.finding === id).map((f) => f.outcome);
		if (hits.length === 0) continue;
		const listed = hits.slice(0, LISTED).map((o) => describeRefusal(o, o.probeId));
		const more = hits.length > LISTED ? `; and ${hits.length - LISTED} more` : '';
		drafts.push({
			id,
			details: `${listed.join('; ')}${more}.`,
			probes: hits.flatMap((o) => (o.probeId ? [o.probeId] : [])),
		});
	}
	return drafts;
};
