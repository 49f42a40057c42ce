// Everything the site, the checker and the admin path derive from the registry. Each function
// takes the registry as its last argument (default: the real one), so tests can pass a fixture.
export { adminOnlyPermissions, permissionRows, type PermissionRow } from './permission-rows.ts';
export {
	formatReleaseDate,
	latestRelease,
	permissionChangelog,
	type ChangelogEntry,
} from './changelog.ts';
export { permissionsJson, type PermissionsJson } from './permissions-json.ts';
export {
	entraManifestFragment,
	entraManifestJson,
	type EntraManifestFragment,
} from './entra-manifest.ts';
export {
	adminConsentUrl,
	adminConsentUrlTemplate,
	type ConsentLinkOptions,
} from './admin-consent-url.ts';
export { buildAdminConsentUrl, consentResultUrl, qualifiedScope } from './consent-link.ts';
export { powerShellScript, powerShellSteps } from './powershell.ts';
export { azureCliScript, azureCliSteps } from './azure-cli.ts';
export { toScript, type CommandStep } from './command-step.ts';
export { checkTenant, type TenantOptions } from './tenant.ts';
