// What the trace should hold, stage by stage, and what it does hold for each probe. Stage 1 is
// always asked; a later probe is asked only when the answer it comes after gives something to ask
// about (a Teams meeting the user organised that has ended; that meeting's online meeting id).
// A probe that should have been asked but has no answer is a gap (as good as Graph not answering),
// never a pass; one that could not be asked leaves its features unverified.
import type { EngineProbe, EngineRegistry } from './engine-registry.ts';
import { isSuccess, type Outcome } from './exchanges.ts';
import { latestOrganisedTeamsMeeting, onlineMeetingId } from './meetings.ts';

/** Every distinct probe of the registry, base probes first, by id. */
export function allProbes(registry: EngineRegistry): Map<string, EngineProbe> {
	const out = new Map<string, EngineProbe>();
	for (const probe of [
		...registry.baseProbes,
		...registry.features.flatMap((feature) => feature.probes),
	])
		if (!out.has(probe.id)) out.set(probe.id, probe);
	return out;
}

/** A feature's probes with the ones they come after (stage 1 first), then none twice. */
export function chainOf(
	probes: readonly EngineProbe[],
	index: ReadonlyMap<string, EngineProbe>,
): EngineProbe[] {
	const out: EngineProbe[] = [];
	const add = (probe: EngineProbe, depth: number) => {
		if (depth > 5 || out.some((p) => p.id === probe.id)) return;
		const before = probe.after === undefined ? undefined : index.get(probe.after);
		if (before) add(before, depth + 1);
		if (!out.some((p) => p.id === probe.id)) out.push(probe);
	};
	for (const probe of probes) add(probe, 0);
	return out;
}

/** What a probe's placeholders would be filled with from the answer it comes after; undefined: nothing to ask. */
export function askAbout(
	probe: EngineProbe,
	before: Outcome | undefined,
	now: Date,
): string | undefined {
	if (!before || !isSuccess(before)) return undefined;
	if (probe.path.includes('{joinWebUrl}'))
		return latestOrganisedTeamsMeeting(before.body, now)?.joinWebUrl;
	if (probe.path.includes('{meetingId}')) return onlineMeetingId(before.body);
	return 'yes';
}

export interface Evidence {
	/** The final answer for each probe id; a probe that should have been asked and was not has status 0 and 0 attempts. */
	byProbe: Map<string, Outcome>;
	/** Probes that could not be asked: nothing to ask about (value: the probe whose answer gave nothing). */
	notAskable: Map<string, string>;
}

/**
 * Which probes the trace answers, which it should have answered, and which could not be asked.
 * `excused`: probes the checker may skip because every feature resting on them lacks a permission
 * (those features are blocked by the missing permission; a skipped request is no outage).
 */
/** A probe that should have been asked and has no answer: it counts as Graph not answering. */
const unanswered = (probe: EngineProbe): Outcome => ({
	method: 'GET',
	path: probe.path,
	status: 0,
	body: undefined,
	attempts: 0,
	probeId: probe.id,
});

export function gatherEvidence(
	outcomes: readonly Outcome[],
	index: ReadonlyMap<string, EngineProbe>,
	now: Date,
	signedInAtWork: boolean,
	excused: ReadonlySet<string> = new Set(),
): Evidence {
	const byProbe = new Map<string, Outcome>();
	for (const outcome of outcomes) if (outcome.probeId) byProbe.set(outcome.probeId, outcome);
	const notAskable = new Map<string, string>();
	if (!signedInAtWork) return { byProbe, notAskable };
	const ordered = [...index.values()].sort((a, b) => a.stage - b.stage);
	for (const probe of ordered) {
		if (byProbe.has(probe.id) || excused.has(probe.id)) continue;
		if (probe.stage === 1 || probe.after === undefined) {
			byProbe.set(probe.id, unanswered(probe));
			continue;
		}
		const before = byProbe.get(probe.after);
		if (notAskable.has(probe.after)) notAskable.set(probe.id, notAskable.get(probe.after)!);
		else if (before && isSuccess(before) && askAbout(probe, before, now) === undefined)
			notAskable.set(probe.id, probe.after);
		else if (before && isSuccess(before)) byProbe.set(probe.id, unanswered(probe));
		// The answer it comes after failed: that failure is the evidence, and it blocks the same features.
	}
	return { byProbe, notAskable };
}
