// The payload of /teams/permissions.json: the registry's permissions, machine-readable, for
// integrators and for support scripts that compare a tenant's grant with what Claras needs.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { qualifiedScope } from './consent-link.ts';

/** One permission in the JSON payload. */
export interface PermissionJson {
	claim: string;
	/** The `scope` parameter value: resource-qualified for Graph scopes. */
	scope: string;
	id: string;
	type: 'Scope';
	consentText: string;
	reason: string;
	adminConsentRequired: boolean;
	inAccessToken: boolean;
	features: readonly string[];
	addedIn: string;
}

/** The whole payload. `version` changes only if a field is removed or renamed. */
export interface PermissionsJson {
	version: 1;
	application: { name: string; applicationId: string };
	resource: { name: 'Microsoft Graph'; appId: string };
	permissions: PermissionJson[];
	features: { id: string; name: string; description: string }[];
	releases: { id: string; date: string; summary: string }[];
}

/** Builds the payload from the registry. */
export function permissionsJson(registry: Registry = defaultRegistry): PermissionsJson {
	return {
		version: 1,
		application: { name: registry.app.name, applicationId: registry.app.applicationId },
		resource: { name: 'Microsoft Graph', appId: registry.app.graphResourceId },
		permissions: registry.permissions.map((permission) => ({
			claim: permission.claim,
			scope: qualifiedScope(permission),
			id: permission.id,
			type: 'Scope',
			consentText: permission.consentText,
			reason: permission.reason,
			adminConsentRequired: permission.adminConsentRequired,
			inAccessToken: permission.inAccessToken,
			features: permission.features,
			addedIn: permission.addedIn,
		})),
		features: registry.features.map(({ id, name, description }) => ({ id, name, description })),
		releases: registry.releases.map(({ id, date, summary }) => ({ id, date, summary })),
	};
}
