// The permissions table: one row per registry permission, with the features it powers by name.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';

/** One row of the permissions table on /teams/permissions/. */
export interface PermissionRow {
	/** The claim value, as in a token's `scp`. */
	claim: string;
	/** The delegated permission id in Microsoft Graph. */
	id: string;
	/** Microsoft's consent-screen wording. */
	consentText: string;
	/** Why Claras needs it. */
	reason: string;
	/** Whether only an administrator can consent to it. */
	adminConsentRequired: boolean;
	/** The features it powers, by id and name, in the registry's order. */
	features: readonly { id: string; name: string }[];
	/** The release that first asked for it. */
	addedIn: string;
}

/** The permissions table rows, in the registry's order. Registry is the last argument everywhere. */
export function permissionRows(registry: Registry = defaultRegistry): PermissionRow[] {
	const featureName = new Map(registry.features.map((feature) => [feature.id, feature.name]));
	return registry.permissions.map((permission) => ({
		claim: permission.claim,
		id: permission.id,
		consentText: permission.consentText,
		reason: permission.reason,
		adminConsentRequired: permission.adminConsentRequired,
		features: permission.features.map((id) => ({ id, name: featureName.get(id) ?? id })),
		addedIn: permission.addedIn,
	}));
}

/** The permissions only an administrator can consent to. */
export function adminOnlyPermissions(
	registry: Registry = defaultRegistry,
): Registry['permissions'] {
	return registry.permissions.filter((permission) => permission.adminConsentRequired);
}
