// Graph's health: a request whose final answer is 429 was throttled past its retries; 5xx, or no
// answer at all (status 0), means Graph was unavailable.
import type { Check, FindingDraft } from '../context.ts';
import { failureKind, type Outcome } from '../exchanges.ts';

const describe = (outcomes: Outcome[]) =>
	outcomes.map((o) => `${o.method} ${o.path}: ${o.status === 0 ? 'no answer' : o.status}${o.attempts > 1 ? ` after ${o.attempts} tries` : ''}`).join('; ') + '.';

export const graphHealthCheck: Check = ({ outcomes }) => {
	const drafts: FindingDraft[] = [];
	const unavailable = outcomes.filter((o) => failureKind(o) === 'graph-unavailable');
	if (unavailable.length > 0) drafts.push({ id: 'graph-unavailable', details: describe(unavailable) });
	const throttled = outcomes.filter((o) => failureKind(o) === 'graph-throttled');
	if (throttled.length > 0) drafts.push({ id: 'graph-throttled', details: describe(throttled) });
	return drafts;
};
