// Plans the Graph requests of each stage (docs/CONTRACTS.md, "How the checker proves each feature"): stage 1
// needs nothing; a later stage only asks what the stage before found something to ask about, with
// its placeholders filled from those answers. Pure, so each plan is table-tested.
import type { Probe, Registry } from '../registry/index.ts';
// The engine's readers: the planner and the diagnosis can never disagree on which meeting was meant.
import { latestOrganisedTeamsMeeting, onlineMeetingId } from '../engine/meetings.ts';

/** One probe, ready to go into a `$batch` part. */
export interface ProbeRequest {
	/** The registry's probe id, also the batch part id. */
	id: string;
	method: 'GET';
	/** Relative to the Graph version root, e.g. `/me/licenseDetails`. */
	url: string;
	/** Talks to the user's Exchange Online mailbox (at most 4 such parts in one batch). */
	outlook?: boolean;
}

/** A probe's final answer (after retries), as the planner needs it: the raw body, never trimmed. */
export interface ProbeAnswer {
	status: number;
	body: unknown;
}

export type Stage = 1 | 2 | 3;
export const STAGES: readonly Stage[] = [1, 2, 3];

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How far back the calendar view looks, up to now. Past only, newest first (`$orderby` in the
 * registry's path): the check needs the most recent meeting that has ended, and a busy adviser's
 * coming week could otherwise fill the `$top` page before any past meeting (calendarView's own
 * order is not the one we need: Graph docs, user-list-calendarview.md, "$orderby=start/dateTime").
 */
const WINDOW_DAYS = 14;

/** Each probe once, in registry order: the base probes, then each feature's. */
export function allProbes(registry: Pick<Registry, 'baseProbes' | 'features'>): Probe[] {
	const seen = new Set<string>();
	return [...registry.baseProbes, ...registry.features.flatMap((feature) => feature.probes)].filter(
		(probe) => !seen.has(probe.id) && seen.add(probe.id),
	);
}

/**
 * A string as an OData literal inside `'…'`: a quote is doubled (OData ABNF, SQUOTE-in-string), then
 * the whole is URL-encoded so `&`, `#` and `+` of a join URL cannot end the query parameter.
 */
export function odataString(value: string): string {
	return encodeURIComponent(value.replaceAll("'", "''"));
}

/** What each placeholder becomes, from the answer of the probe the stage follows (`after`). */
function placeholders(
	probe: Probe,
	answers: ReadonlyMap<string, ProbeAnswer>,
	now: Date,
): Record<string, string> | undefined {
	if (probe.stage === 1) {
		return {
			start: encodeURIComponent(new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString()),
			end: encodeURIComponent(now.toISOString()),
		};
	}
	const before = probe.after ? answers.get(probe.after) : undefined;
	// Nothing to ask about unless the probe it follows answered 2xx.
	if (!before || before.status < 200 || before.status > 299) return undefined;
	if (probe.path.includes('{joinWebUrl}')) {
		const meeting = latestOrganisedTeamsMeeting(before.body, now);
		return meeting && { joinWebUrl: odataString(meeting.joinWebUrl) };
	}
	if (probe.path.includes('{meetingId}')) {
		const id = onlineMeetingId(before.body);
		return id === undefined ? undefined : { meetingId: encodeURIComponent(id) };
	}
	return {};
}

/**
 * The requests of one stage: stage 1 always; stage 2 only when the calendar view shows a past Teams
 * meeting the user organised; stage 3 only when stage 2 gave that meeting's id. `answers` holds the
 * final answers of the stages before, by probe id. A probe with a placeholder left unfilled is not
 * sent (the engine says the feature is unverified, never ready).
 */
export function planStage(
	registry: Pick<Registry, 'baseProbes' | 'features'>,
	stage: Stage,
	answers: ReadonlyMap<string, ProbeAnswer>,
	now: Date,
): ProbeRequest[] {
	const out: ProbeRequest[] = [];
	for (const probe of allProbes(registry)) {
		if (probe.stage !== stage) continue;
		const values = placeholders(probe, answers, now);
		if (!values) continue;
		const url = probe.path.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
		if (/\{\w+\}/.test(url)) continue;
		out.push({ id: probe.id, method: 'GET', url, ...(probe.outlook ? { outlook: true } : {}) });
	}
	return out;
}

/** The stage 1 probes (those that need no earlier answer), in registry order, each once. */
export function selectProbes(
	registry: Pick<Registry, 'baseProbes' | 'features'>,
	now: Date,
): ProbeRequest[] {
	return planStage(registry, 1, new Map(), now);
}
