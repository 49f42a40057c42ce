// Azure CLI that grants tenant-wide consent to Claras, generated from the registry. It uses
// `az ad app permission grant` on Claras' service principal: `admin-consent` reads the app
// registration itself, which lives in Claras' tenant, not the customer's.
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { grantScope, toScript, type CommandStep } from './command-step.ts';
import { checkTenant, type TenantOptions } from './tenant.ts';

/** The Azure CLI steps, in order. With a tenant, the sign-in names it. */
export function azureCliSteps(
	options: TenantOptions = {},
	registry: Registry = defaultRegistry,
): CommandStep[] {
	const { applicationId, graphResourceId, name } = registry.app;
	const tenant = options.tenant ? ` --tenant ${checkTenant(options.tenant)}` : '';
	return [
		{
			explain: 'Sign in as an admin who can grant consent.',
			code: `az login${tenant} --allow-no-subscriptions`,
		},
		{
			explain: `Add ${name} to your organisation (skip if it is already under Enterprise applications).`,
			code: `az ad sp create --id ${applicationId}`,
		},
		{
			explain: 'Grant the permissions for everyone in the organisation.',
			code: `az ad app permission grant --id ${applicationId} --api ${graphResourceId} --scope "${grantScope(registry.permissions)}"`,
		},
		{
			explain: 'Check: the scope listed should name every permission above.',
			code: `az ad app permission list-grants --id ${applicationId} --query "[?consentType=='AllPrincipals'].scope" --output tsv`,
		},
	];
}

/** The steps as one script to paste. */
export function azureCliScript(
	options: TenantOptions = {},
	registry: Registry = defaultRegistry,
): string {
	return toScript(azureCliSteps(options, registry));
}
