// What the checker must say about a scenario account, in the registry's terms: the feature states
// a scenario blocks (derived from the features' probes and permissions, so a new feature or
// release needs no edit here) and builders for the table's `expect` (scenario-table.ts).
import type { Verdict } from '../src/checker/verdict.ts';
import type { FindingId } from '../src/registry/findings.ts';
import { features, permissions, type Feature, type FeatureId } from '../src/registry/index.ts';
import type { Expectation, FeatureState, SignInStep } from './scenarios.ts';
import { newestRelease } from './tenants.ts';

export type Features = Record<FeatureId, FeatureState>;
export const statesWhere = (blocked: (f: Feature) => boolean, state: FeatureState): Features =>
	Object.fromEntries(features.map((f) => [f.id, blocked(f) ? state : 'ready'])) as Features;
export const all = (state: FeatureState) => statesWhere(() => true, state);
export const ready = all('ready');
const probeById = new Map(features.flatMap((f) => f.probes).map((p) => [p.id, p]));
/** Whether a probe asks Outlook, or is asked about what an Outlook probe found (the meeting). */
const onOutlook = (probe: Feature['probes'][number] | undefined): boolean =>
	probe !== undefined &&
	(probe.outlook || (probe.after !== undefined && onOutlook(probeById.get(probe.after))));
/** The features that need an Exchange Online mailbox, or rest on a meeting found in it. */
export const noMailbox = statesWhere((f) => f.needsMailbox || f.probes.some(onOutlook), 'blocked');
/** The features the newest release's permissions power: what an older consent lacks. */
export const newestOnly = statesWhere(
	(f) => permissions.some((p) => p.addedIn === newestRelease && p.features.includes(f.id)),
	'blocked',
);
/** The features resting on a past meeting (a probe asked after stage 1). */
export const needsMeeting = (f: Feature) => f.probes.some((p) => p.stage > 1);

export const isReady = (findings: readonly FindingId[] = [], step?: SignInStep): Expectation => ({
	verdict: 'ready',
	findings,
	features: ready,
	...(step ? { step } : {}),
});
export const fails = (
	verdict: Exclude<Verdict, 'ready'>,
	findings: readonly FindingId[],
	states: Features = all('blocked'),
	step?: SignInStep,
): Expectation => ({ verdict, findings, features: states, ...(step ? { step } : {}) });
