// The one-line answer at the top of the result: ready, or who has to act.
import type { Report } from '../engine/index.ts';

export type Verdict = 'ready' | 'action-you' | 'action-admin';

export const verdictText = {
	ready: 'Ready: Claras can use your Microsoft account',
	'action-you': 'Action needed by you',
	'action-admin': 'Action needed by your IT admin',
} as const satisfies Record<Verdict, string>;

/** An admin finding outweighs the user's own: nothing the user does helps until the admin acts. */
export function verdictOf(report: Pick<Report, 'ready' | 'findings'>): Verdict {
	if (report.ready) return 'ready';
	return report.findings.some((finding) => finding.audience === 'it-admin') ? 'action-admin' : 'action-you';
}
