// What every check reads: the trace, the registry it is diagnosed by, the final answer of each
// Graph request and of each probe, what each failed answer means, the scope comparison and who
// signed in. Built once per diagnosis so checks stay small and pure.
import { aadstsNumber } from './aadsts.ts';
import { isPersonalAccount } from './checks/account-type.ts';
import type { EngineFeature, EngineProbe, EngineRegistry, FindingId } from './engine-registry.ts';
import { allProbes, chainOf, gatherEvidence } from './evidence.ts';
import { finalOutcomes, probeMatcher, type Outcome } from './exchanges.ts';
import { refusalOf } from './refusals.ts';
import { scopeKey, scopeStatus, type ScopeStatus } from './scopes.ts';
import type { Trace } from './trace.ts';

export interface CheckContext {
	trace: Trace;
	registry: EngineRegistry;
	/** When the check ran (the trace's `capturedAt`, unless the caller says otherwise). */
	now: Date;
	/** The final answer of each distinct Graph request (batches unpacked). */
	outcomes: Outcome[];
	/** Every probe of the registry, by id. */
	probes: ReadonlyMap<string, EngineProbe>;
	/** The final answer for each probe; a probe that should have been asked but was not has status 0, 0 attempts. */
	evidence: ReadonlyMap<string, Outcome>;
	/** Probes that could not be asked (nothing to ask about), with the probe whose answer gave nothing. */
	notAskable: ReadonlyMap<string, string>;
	/** What an answer means when it failed: the finding it points at. */
	refusal: (outcome: Outcome) => FindingId | undefined;
	/** Every failed answer that means something (probes, gaps included, then other requests), with its finding. Empty unless signed in at work. */
	failed: readonly { outcome: Outcome; finding: FindingId }[];
	/** A feature's probes: the base probes, then its own with the ones they come after. */
	probesOf: (feature: EngineFeature) => EngineProbe[];
	scopes: ScopeStatus;
	/** Signed in (or failed) with a personal Microsoft account. */
	personal: boolean;
	/** Signed in successfully with a work account: the checks on permissions, licences and Graph apply. */
	signedInAtWork: boolean;
}

/** A finding as a check reports it; the runner adds the catalogue's wording. */
export interface FindingDraft {
	id: FindingId;
	/** What in this trace led to it, for the person reading the report: ids, codes, flags and dates only. */
	details?: string;
	/** The probes whose answers led to it (a feature it blocks lists them as evidence). */
	probes?: readonly string[];
}

/** One check: one concern, typed findings out. */
export type Check = (context: CheckContext) => FindingDraft[];

/**
 * AADSTS500208 is always a personal account; AADSTS50020 is one when Entra names the account's
 * identity provider as live.com (no claims exist for a refused sign-in). (Checker helper.)
 */
function personalIdentityRefused(signIn: Trace['signIn']): boolean {
	if (signIn.outcome !== 'error') return false;
	const number = aadstsNumber(signIn.error);
	return (
		number === '500208' ||
		(number === '50020' && /identity provider 'live\.com'/i.test(signIn.error.message ?? ''))
	);
}

export function createContext(trace: Trace, registry: EngineRegistry, now: Date): CheckContext {
	const personal =
		isPersonalAccount(trace.signIn.idTokenClaims) || personalIdentityRefused(trace.signIn);
	const signedInAtWork = trace.signIn.outcome === 'success' && !personal;
	const probes = allProbes(registry);
	const outcomes = finalOutcomes(trace.graph, probeMatcher([...probes.values()]));
	const scopes = scopeStatus(trace.signIn, registry.permissions);
	const missing = new Set(scopes.missing.map((p) => scopeKey(p.claim)));
	const chains = new Map(
		registry.features.map((feature) => [
			feature.id,
			[
				...registry.baseProbes,
				...chainOf(feature.probes, probes).filter(
					(p) => !registry.baseProbes.some((b) => b.id === p.id),
				),
			],
		]),
	);
	// A probe needs what the features resting on it need: a 403 on it is a reconnect when any of them
	// lacks a permission, and it may go unasked when all of them do.
	const scopeMissing = new Map<string, boolean>();
	const allLack = new Map<string, boolean>();
	for (const feature of registry.features) {
		const lacks = registry.permissions.some(
			(p) => p.features.includes(feature.id) && missing.has(scopeKey(p.claim)),
		);
		for (const probe of chains.get(feature.id) ?? []) {
			if (lacks) scopeMissing.set(probe.id, true);
			allLack.set(probe.id, (allLack.get(probe.id) ?? true) && lacks);
		}
	}
	// Base probes are always asked: without their answers nothing is known.
	const excused = new Set(
		[...allLack]
			.filter(([id, lacks]) => lacks && !registry.baseProbes.some((b) => b.id === id))
			.map(([id]) => id),
	);
	const { byProbe, notAskable } = gatherEvidence(outcomes, probes, now, signedInAtWork, excused);
	const refusal = (outcome: Outcome) =>
		refusalOf(outcome, {
			registry,
			probe: outcome.probeId ? probes.get(outcome.probeId) : undefined,
			scopeMissing: scopeMissing.get(outcome.probeId ?? '') === true,
		});
	const failed: { outcome: Outcome; finding: FindingId }[] = [];
	if (signedInAtWork) {
		for (const outcome of [...byProbe.values(), ...outcomes.filter((o) => !o.probeId)]) {
			const finding = refusal(outcome);
			if (finding) failed.push({ outcome, finding });
		}
	}
	return {
		trace,
		registry,
		now,
		outcomes,
		probes,
		evidence: byProbe,
		notAskable,
		refusal,
		failed,
		probesOf: (feature) => chains.get(feature.id) ?? [],
		scopes,
		personal,
		signedInAtWork,
	};
}
