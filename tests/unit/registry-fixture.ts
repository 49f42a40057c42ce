// A fixture registry for unit tests: a deep copy of the real registry's input, so a test can
// change one entry (break it, or add a permission) without touching src/registry/.
import { app } from '../../src/registry/app.ts';
import { features } from '../../src/registry/features.ts';
import { permissions } from '../../src/registry/permissions.ts';
import { baseProbes } from '../../src/registry/probes.ts';
import { releases } from '../../src/registry/releases.ts';
import type { PermissionInput, RegistryInput } from '../../src/registry/schema.ts';

/** A mutable copy of the registry input, typed loosely enough to break on purpose. */
export type MutableRegistryInput = {
	-readonly [K in keyof RegistryInput]: RegistryInput[K] extends readonly (infer T)[]
		? T[]
		: RegistryInput[K];
} & Record<string, unknown>;

export function registryInput(): MutableRegistryInput {
	return structuredClone({
		app,
		releases,
		baseProbes,
		features,
		permissions,
	}) as unknown as MutableRegistryInput;
}

/** A permission Claras does not ask for today, for tests that add one. */
export const extraPermission = {
	claim: 'Presence.Read',
	id: 'a2c0a4d8-2d5e-45a3-a7c1-1fdbcf1c8d32',
	consentText: "Read user's presence information",
	reason:
		'Shows whether you are in a meeting right now, so Claras can start the file note on time.',
	adminConsentRequired: false,
	features: ['scheduled-meetings'],
	addedIn: '2099.1',
} as const satisfies PermissionInput;

export const extraRelease = { id: '2099.1', date: '2099-03-02', summary: 'Live meeting status.' };
