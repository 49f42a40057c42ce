// The one-line answer at the top of the result: ready, who has to act, or Microsoft's side.
import type { Report } from '../engine/index.ts';

export type Verdict = 'ready' | 'action-you' | 'action-admin' | 'try-later';

export const verdictText = {
	ready: 'Ready: Claras can use your Microsoft account',
	'action-you': 'Action needed by you',
	'action-admin': 'Action needed by your IT admin',
	'try-later': 'Microsoft is not answering — try later',
} as const satisfies Record<Verdict, string>;

/** Findings that mean Microsoft's service did not answer: nothing is known to be wrong with the account. */
const microsoftSide: ReadonlySet<string> = new Set(['graph-unavailable', 'graph-throttled']);

type Findings = Pick<Report, 'ready' | 'findings'>;

/** The finding the verdict rests on: the first that is more than advice (findings come act-on-first). */
export function decidingFinding<F extends { severity: string }>(
	findings: readonly F[],
): F | undefined {
	return findings.find((finding) => finding.severity !== 'info');
}

/**
 * An admin finding outweighs the rest: nothing the user does helps until the admin acts. Otherwise,
 * when Microsoft did not answer, the rest of the check is unknown, so the answer is to try later.
 */
export function verdictOf(report: Findings): Verdict {
	if (report.ready) return 'ready';
	const acting = report.findings.filter((finding) => finding.severity !== 'info');
	if (acting.some((finding) => finding.audience === 'it-admin')) return 'action-admin';
	if (acting.some((finding) => microsoftSide.has(finding.id))) return 'try-later';
	return 'action-you';
}
