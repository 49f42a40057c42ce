// The engine without zod: what the checker's browser bundle imports. `diagnose` takes the registry
// (src/engine/from-registry.ts) and any trace; the meeting readers fill the staged probes.
// Validating a trace (parseTrace) and the report schema live in index.ts, for the CLI and tests.
export { diagnose, type DiagnoseOptions } from './runner.ts';
export { latestOrganisedTeamsMeeting, onlineMeetingId } from './meetings.ts';
export { askAbout } from './evidence.ts';
export { scopeKey } from './scopes.ts';
export { aadstsNumber } from './aadsts.ts';
export type {
	EngineFeature,
	EngineFindingText,
	EngineGraphCode,
	EnginePermission,
	EngineProbe,
	EngineRegistry,
	FindingId,
} from './engine-registry.ts';
export type { Trace, GraphExchange, AuthErrorInfo, IdTokenClaims } from './trace.ts';
export type { Report, Finding, FeatureReadiness } from './report.ts';
