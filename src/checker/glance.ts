// What the result shows before any detail: features grouped by what stands in their way, the one
// next step, and when the check ran in the reader's own time. Pure, given a locale and zone.
import type { FeatureRow, FindingView } from './runtime-port.ts';
import { decidingFinding, type Verdict } from './verdict.ts';

/** Features that share a state and, when blocked, the same findings (or, unverified, the same reason). */
export interface FeatureGroup {
	state: FeatureRow['state'];
	/** Titles of the findings that block them; empty unless blocked. */
	blockedBy: string[];
	/** Why they could not be tested; unverified only. */
	reason?: string | undefined;
	features: { id: string; name: string }[];
}

const ORDER: readonly FeatureRow['state'][] = ['blocked', 'unverified', 'ready'];

/** Blocked groups first (what to fix), then not yet tested, then ready; features keep the registry's order within a group. */
export function groupFeatures(features: readonly FeatureRow[]): FeatureGroup[] {
	const groups = new Map<string, FeatureGroup & { shared?: string | undefined }>();
	for (const feature of features) {
		// The engine names the feature in its reason; the same reason for another feature groups with it.
		const shared = feature.reason?.replaceAll(`"${feature.name}"`, NAMED);
		const key = `${feature.state}\u0000${feature.state === 'blocked' ? feature.blockedBy.join('\u0000') : feature.state === 'unverified' ? (shared ?? '') : ''}`;
		const group: FeatureGroup & { shared?: string | undefined } = groups.get(key) ?? {
			state: feature.state,
			blockedBy: feature.state === 'blocked' ? feature.blockedBy : [],
			...(feature.state === 'unverified' ? { reason: feature.reason, shared } : {}),
			features: [],
		};
		group.features.push({ id: feature.id, name: feature.name });
		groups.set(key, group);
	}
	return [...groups.values()]
		.map(({ shared, ...group }) =>
			group.features.length > 1 && shared?.includes(NAMED)
				? { ...group, reason: shared.replaceAll(NAMED, 'these features') }
				: group,
		)
		.sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
}

/** Stands for the feature's name in a reason while grouping. */
const NAMED = '\u0000feature\u0000';

export interface TimeOptions {
	/** BCP 47 locale; default the browser's. */
	locale?: string | undefined;
	/** IANA zone; default the browser's. */
	timeZone?: string | undefined;
}

/** A moment as the reader reads a clock: "1 Dec 2026, 9:26 pm" in their locale and zone. */
export function localTime(
	date: Date,
	options: TimeOptions = {},
	style: 'date-time' | 'time' = 'date-time',
): string {
	const format = new Intl.DateTimeFormat(options.locale, {
		...(style === 'date-time' ? { dateStyle: 'medium' } : {}),
		timeStyle: 'short',
		...(options.timeZone ? { timeZone: options.timeZone } : {}),
	});
	return format.format(date);
}

/** How long to wait before checking again when Microsoft did not answer (Graph's own advice is minutes). */
const RETRY_MINUTES = { 'graph-unavailable': 10, 'graph-throttled': 2 } as const;

export interface NextStepInput {
	verdict: Verdict;
	findings: readonly FindingView[];
	canReconnect: boolean;
	consentHelps: boolean;
	checkedAt: Date;
	/** The app's name and its Connect button's label, from the registry. */
	app: { name: string; connectButton: string };
}

/** One sentence: what to do now. */
export function nextStep(
	{ verdict, findings, canReconnect, consentHelps, checkedAt, app }: NextStepInput,
	time: TimeOptions = {},
): string {
	const first = decidingFinding(findings);
	switch (verdict) {
		case 'ready':
			return first
				? `${app.name} can connect now; before your next meeting, read “${first.title}” below.`
				: `Nothing to fix: in ${app.name}, open My Profile and, under Integrations, select ${app.connectButton} next to Microsoft Teams if you have not already.`;
		case 'try-later': {
			const microsoft = findings.find(
				(finding): finding is FindingView & { id: keyof typeof RETRY_MINUTES } =>
					finding.id in RETRY_MINUTES,
			);
			const wait = RETRY_MINUTES[microsoft?.id ?? 'graph-unavailable'];
			const at = localTime(new Date(checkedAt.getTime() + wait * 60_000), time, 'time');
			return `Nothing for you to fix: this is on Microsoft's side, so check again after ${at}, and tell your IT admin if it still fails in an hour.`;
		}
		case 'action-admin':
			return consentHelps
				? `Send your IT admin the admin consent link below: they approve ${app.name} for everyone in one step, then you press Check again.`
				: `Email your IT admin this result: they fix “${first?.title ?? 'the finding below'}”, then you press Check again.`;
		case 'action-you':
			return first?.id === 'reconnect-required' && canReconnect
				? 'Press Reconnect below and accept the permissions Microsoft asks for.'
				: `Follow the steps for “${first?.title ?? 'the finding below'}” below, then press Check again.`;
	}
}
