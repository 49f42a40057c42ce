// The validated registry: the single source of truth for the app, its permissions and features.
// Importing this module validates the data, so a broken entry fails the build, the tests and the
// checker's bundle with the same message.
import { app } from './app.ts';
import { features as featureData } from './features.ts';
import { permissions as permissionData } from './permissions.ts';
import { baseProbes } from './probes.ts';
import { defineRegistry } from './registry.ts';
import { releases } from './releases.ts';
import type { Feature, Permission } from './schema.ts';

/** A required permission's claim value, e.g. the one for reading calendars. */
export type ScopeId = (typeof permissionData)[number]['claim'];
/** A feature's id. */
export type FeatureId = (typeof featureData)[number]['id'];

export const registry = defineRegistry({
	app,
	releases,
	baseProbes,
	features: featureData,
	permissions: permissionData,
});

export const permissions = registry.permissions as readonly (Permission & {
	claim: ScopeId;
	features: FeatureId[];
})[];
export const features = registry.features as readonly (Feature & { id: FeatureId })[];
export { app };

export type { App, Feature, Permission, Probe, Registry, Release } from './schema.ts';
