// The sandbox's tenants: one per way an organisation can be set up for Claras (user consent on or
// off, the admin consent workflow, an older consent), and the tenant personal accounts live in.
// Ids are fixed so traces and links are stable.
import { permissions, registry } from '../src/registry/index.ts';
import { CONSUMER_TENANT_ID } from '../src/microsoft.ts';

export interface Tenant {
	id: string;
	/** The verified domain, also accepted in place of the id in authority and consent URLs. */
	domain: string;
	name: string;
	/** Whether users may consent for themselves to permissions that need no admin. */
	userConsent: boolean;
	/** "Users can request admin consent to apps they are unable to consent to". */
	adminConsentWorkflow: boolean;
	/** Claim values consented for the whole organisation when the sandbox starts or is reset. */
	initialGrant: readonly string[];
	/** The tenant every personal Microsoft account lives in. */
	consumer?: true;
}

const allClaims = permissions.map((p) => p.claim);
export const newestRelease = registry.releases.at(-1)!.id;
/** What an organisation consented to before the newest release: the permissions of older releases. */
const olderReleaseClaims = permissions
	.filter((p) => p.addedIn !== newestRelease)
	.map((p) => p.claim);

export { CONSUMER_TENANT_ID };

export const tenants = [
	{
		id: '6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21',
		domain: 'harbour.sandbox.example',
		name: 'Harbour Financial Advice (sandbox)',
		userConsent: true,
		adminConsentWorkflow: false,
		initialGrant: allClaims,
	},
	{
		id: '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58',
		domain: 'needs-admin.sandbox.example',
		name: 'Needs Admin Planning (sandbox)',
		userConsent: false,
		adminConsentWorkflow: false,
		initialGrant: [],
	},
	{
		id: '8f1e4c27-9a6b-4d3e-b5c8-0e2f7a1d6b94',
		domain: 'workflow.sandbox.example',
		name: 'Workflow Wealth (sandbox)',
		userConsent: false,
		adminConsentWorkflow: true,
		initialGrant: [],
	},
	{
		id: '4d9b2f61-7e3a-4c8d-a1f5-9b6e0c2d8a37',
		domain: 'reconnect.sandbox.example',
		name: 'Reconnect Partners (sandbox)',
		userConsent: true,
		adminConsentWorkflow: false,
		initialGrant: olderReleaseClaims,
	},
	{
		id: CONSUMER_TENANT_ID,
		domain: 'outlook.sandbox.example',
		name: 'Microsoft Services',
		userConsent: true,
		adminConsentWorkflow: false,
		initialGrant: [],
		consumer: true,
	},
] as const satisfies readonly Tenant[];
