// What the engine is given to diagnose by: the app, the permissions, the features and their probes,
// the findings catalogue, the Graph error codes and the sign-in codes' meanings, as plain,
// already-validated data. The engine's checks never load the registry (or zod):
// src/engine/to-engine-registry.ts makes this from src/registry/ (src/engine/from-registry.ts once,
// for the CLI and the tests; the checker with the meanings its page carries), and callers pass it
// in (tests pass small fixed ones). src/engine/core.ts imports neither.
import type { FindingId } from '../registry/findings.ts';

export type { FindingId };

/** A Graph request that proves something (src/registry/schema.ts `probeSchema`). */
export interface EngineProbe {
	id: string;
	/** Relative to /v1.0, with placeholders `{start}`, `{end}`, `{joinWebUrl}`, `{meetingId}`. */
	path: string;
	/** The `$batch` round trip it goes in. */
	stage: 1 | 2 | 3;
	/** The probe of the stage before whose answer fills its placeholders. */
	after?: string | undefined;
	/** Talks to the user's Exchange Online mailbox. */
	outlook: boolean;
}

export interface EnginePermission {
	claim: string;
	adminConsentRequired: boolean;
	/** False for offline_access, whose grant shows as a refresh token. */
	inAccessToken: boolean;
	features: readonly string[];
}

export interface EngineFeature {
	id: string;
	/** As advisers see it. @example 'File notes from recordings' */
	name: string;
	needsMailbox: boolean;
	needsTeams: boolean;
	probes: readonly EngineProbe[];
}

export interface EngineFindingText {
	severity: 'error' | 'warning' | 'info';
	audience: 'user' | 'it-admin';
	title: string;
	message: string;
	fix: string;
}

/** A Graph code (or message, where Microsoft gives no code) the engine names. */
export interface EngineGraphCode {
	finding: FindingId;
	/** Only on an Outlook (mailbox) request; anywhere else the code is a plain refusal. */
	onlyOutlook?: boolean | undefined;
}

export interface EngineRegistry {
	app: { applicationId: string; helpCentreOrigin: string; consentResultPath: string };
	permissions: readonly EnginePermission[];
	/** Asked for every check; every feature rests on them. */
	baseProbes: readonly EngineProbe[];
	features: readonly EngineFeature[];
	findings: { readonly [K in FindingId]: EngineFindingText };
	/** Every finding id, in the order to act on them (the first finding of a report is the one to act on). */
	findingOrder: readonly FindingId[];
	/** Graph `error.code` / `innerError.code` values, compared case-insensitively. */
	graphErrorCodes: Readonly<Record<string, EngineGraphCode>>;
	/**
	 * Refusals Microsoft names by message alone (no code of its own), keyed by the message's opening
	 * words, compared case-insensitively. Each entry says where Microsoft documents the wording.
	 */
	graphErrorMessages: Readonly<Record<string, EngineGraphCode>>;
	/**
	 * What each sign-in code means, by its look-up key (`aadsts:65001`), for a finding's details.
	 * A code with no meaning here is still named, and still decides the finding.
	 */
	codeMeanings: Readonly<Record<string, string>>;
}
