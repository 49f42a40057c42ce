// Microsoft Graph PowerShell that grants (or re-grants) tenant-wide consent to Claras, generated
// from the registry: the scope list is always the registry's current permissions.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { grantScope, toScript, type CommandStep } from './command-step.ts';
import { checkTenant, type TenantOptions } from './tenant.ts';

/** The PowerShell steps, in order. With a tenant, the sign-in names it. */
export function powerShellSteps(
	options: TenantOptions = {},
	registry: Registry = defaultRegistry,
): CommandStep[] {
	const { applicationId, graphResourceId, name } = registry.app;
	const tenant = options.tenant ? ` -TenantId '${checkTenant(options.tenant)}'` : '';
	const scope = grantScope(registry.permissions);
	return [
		{
			explain: 'Sign in as an admin who can grant consent.',
			code: `Connect-MgGraph${tenant} -Scopes 'Application.ReadWrite.All','DelegatedPermissionGrant.ReadWrite.All'`,
		},
		{
			explain: `Find ${name} in your organisation, adding it if nobody has connected yet.`,
			code: [
				`$app = Get-MgServicePrincipal -Filter "appId eq '${applicationId}'"`,
				`if (-not $app) { $app = New-MgServicePrincipal -AppId '${applicationId}' }`,
			].join('\n'),
		},
		{
			explain: 'Find Microsoft Graph, the API the permissions belong to.',
			code: `$graph = Get-MgServicePrincipal -Filter "appId eq '${graphResourceId}'"`,
		},
		{
			explain: `Grant the permissions for everyone in the organisation (or update an earlier grant).`,
			code: [
				`$scope = '${scope}'`,
				`$grant = Get-MgOauth2PermissionGrant -Filter "clientId eq '$($app.Id)' and consentType eq 'AllPrincipals' and resourceId eq '$($graph.Id)'"`,
				'if ($grant) {',
				'\tUpdate-MgOauth2PermissionGrant -OAuth2PermissionGrantId $grant.Id -BodyParameter @{ Scope = $scope }',
				'} else {',
				"\tNew-MgOauth2PermissionGrant -BodyParameter @{ ClientId = $app.Id; ConsentType = 'AllPrincipals'; ResourceId = $graph.Id; Scope = $scope }",
				'}',
			].join('\n'),
		},
		{
			explain: 'Check: the scope listed should name every permission above.',
			code: `Get-MgOauth2PermissionGrant -Filter "clientId eq '$($app.Id)' and consentType eq 'AllPrincipals'" | Select-Object Scope`,
		},
	];
}

/** The steps as one script to paste. */
export function powerShellScript(
	options: TenantOptions = {},
	registry: Registry = defaultRegistry,
): string {
	return toScript(powerShellSteps(options, registry));
}
