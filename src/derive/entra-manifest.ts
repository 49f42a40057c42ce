// The `requiredResourceAccess` fragment of an Entra app manifest: every registry permission as a
// delegated scope on Microsoft Graph. Published as /teams/entra-manifest.json and on /teams/permissions/.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';

/** One permission in a manifest: delegated permissions are of type `Scope`. */
export interface ResourceAccess {
	id: string;
	type: 'Scope';
}

/** The manifest fragment, shaped as Entra's app manifest expects it. */
export interface EntraManifestFragment {
	requiredResourceAccess: [{ resourceAppId: string; resourceAccess: ResourceAccess[] }];
}

/** Builds the fragment from the registry, permissions in the registry's order. */
export function entraManifestFragment(registry: Registry = defaultRegistry): EntraManifestFragment {
	return {
		requiredResourceAccess: [
			{
				resourceAppId: registry.app.graphResourceId,
				resourceAccess: registry.permissions.map((permission) => ({
					id: permission.id,
					type: 'Scope',
				})),
			},
		],
	};
}

/** The fragment as the file publishes it: two-space JSON with a final newline. */
export function entraManifestJson(registry: Registry = defaultRegistry): string {
	return `${JSON.stringify(entraManifestFragment(registry), null, 2)}\n`;
}
