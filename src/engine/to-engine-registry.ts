// The registry as the engine takes it (./engine-registry.ts), made from the validated registry, the
// findings catalogue and the code maps (src/registry/codes.ts). It lives beside the engine so that
// src/registry/ never imports the engine. The sign-in codes' meanings are given by the caller:
// ./from-registry.ts gives the registry's own, the checker those its page carries.
import type { EngineRegistry } from './engine-registry.ts';
import { graphCodeFindings, graphMessageFindings } from '../registry/codes.ts';
import { findingIds, findings } from '../registry/findings.ts';
import type { Probe, Registry } from '../registry/schema.ts';

const probe = ({ id, path, stage, after, outlook }: Probe) => ({ id, path, stage, after, outlook });

/** The engine's view of a registry, with the sign-in codes' meanings given. */
export const toEngineRegistry = (
	{ app, permissions, baseProbes, features }: Registry,
	codeMeanings: EngineRegistry['codeMeanings'],
): EngineRegistry => ({
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
	graphErrorCodes: graphCodeFindings,
	graphErrorMessages: graphMessageFindings,
	codeMeanings,
});
