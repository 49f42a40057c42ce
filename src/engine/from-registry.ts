// The registry as the engine takes it (./engine-registry.ts): built once, here, from the validated
// registry, the findings catalogue and the Graph error codes. It lives beside the engine so that
// src/registry/ never imports the engine. The CLI, the checker and the tests that want the real
// registry import `engineRegistry`; engine tests build small fixed ones.
import type { EngineRegistry } from './engine-registry.ts';
import { graphErrorCodes, graphErrorMessages } from '../registry/error-codes.ts';
import { findingIds, findings } from '../registry/findings.ts';
import { registry as defaultRegistry } from '../registry/index.ts';
import type { Probe, Registry } from '../registry/schema.ts';

const probe = ({ id, path, stage, after, outlook }: Probe) => ({ id, path, stage, after, outlook });
/** The Graph code maps as the engine reads them: just the finding, and where it applies. */
export const engineCodes = (
	map: Readonly<
		Record<string, { finding: EngineRegistry['findingOrder'][number]; onlyOutlook?: boolean }>
	>,
) =>
	Object.fromEntries(
		Object.entries(map).map(([code, entry]) => [
			code,
			{ finding: entry.finding, ...(entry.onlyOutlook ? { onlyOutlook: true } : {}) },
		]),
	);

/** The engine's view of a registry (the real one below; tests extend a copy). */
export const toEngineRegistry = ({
	app,
	permissions,
	baseProbes,
	features,
}: Registry): EngineRegistry => ({
	app: {
		applicationId: app.applicationId,
		helpCentreOrigin: app.helpCentreOrigin,
		consentResultPath: app.consentResultPath,
	},
	permissions: permissions.map(
		({ claim, adminConsentRequired, inAccessToken, features: powers }) => ({
			claim,
			adminConsentRequired,
			inAccessToken,
			features: [...powers],
		}),
	),
	baseProbes: baseProbes.map(probe),
	features: features.map(({ id, name, needsMailbox, needsTeams, probes }) => ({
		id,
		name,
		needsMailbox,
		needsTeams,
		probes: probes.map(probe),
	})),
	findings,
	findingOrder: findingIds,
	graphErrorCodes: engineCodes(graphErrorCodes),
	graphErrorMessages: engineCodes(graphErrorMessages),
});

export const engineRegistry: EngineRegistry = toEngineRegistry(defaultRegistry);
