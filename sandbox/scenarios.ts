// The sandbox's tenants and accounts: one account per scenario in DESIGN.md ("Sandbox accounts"),
// the local part of each e-mail being the scenario id. Ids are fixed so traces and links are stable.
import { permissions, registry } from '../src/registry/index.ts';
import { holdsTeams, type LicenceBundle } from './licences.ts';

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

/** `silent`: Graph takes the request and never answers (the checker's deadline must end it). */
export type GraphBehaviour = 'normal' | 'throttled' | 'down' | 'silent';
/**
 * The account's Teams meetings: `recorded` (the latest it organised has a recording, a transcript
 * and an attendance report), `not-recorded` (neither recording nor transcript), `none` (no Teams
 * meeting it organised has ended in the calendar window).
 */
export type MeetingsState = 'recorded' | 'not-recorded' | 'none';
export type MailboxState = 'active' | 'none' | 'on-premises';

export interface Account {
	/** The scenario id, also the local part of the e-mail. */
	scenario: string;
	tenantId: string;
	displayName: string;
	oid: string;
	/** Holds an admin role that may consent for the organisation. */
	admin: boolean;
	/** What the account is for, as the account picker and `npm start` describe it. */
	summary: string;
	licences: readonly LicenceBundle[];
	/** Whether Teams sees a Teams licence (from the licences unless told). */
	teams: 'licensed' | 'unlicensed';
	mailbox: MailboxState;
	meetings: MeetingsState;
	/**
	 * The organisation switched off "Transcript API access" (Teams admin centre › Meetings › Meeting
	 * settings; off by default: learn.microsoft.com/microsoftteams/meeting-transcript-api-access). A
	 * tenant setting; kept on the account so one sandbox tenant can hold every scenario.
	 */
	transcriptsApi?: 'off';
	graph: GraphBehaviour;
	/** Sign-in is refused with this AADSTS scenario. */
	blockedBy?: 'conditional-access';
	/** Signing in waits on an Authenticator approval (pages/mfa.ts), as long as the person takes. */
	mfa?: true;
}

const allClaims = permissions.map((p) => p.claim);
const newestRelease = registry.releases.at(-1)!.id;
/** What an organisation consented to before the newest release: the permissions of older releases. */
const olderReleaseClaims = permissions
	.filter((p) => p.addedIn !== newestRelease)
	.map((p) => p.claim);

export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

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

const [harbour, needsAdmin, workflow, reconnect, consumer] = tenants;

const business = ['business-standard'] as const;
const account = (
	a: Partial<Account> & Pick<Account, 'scenario' | 'tenantId' | 'displayName' | 'oid' | 'summary'>,
): Account => ({
	admin: false,
	licences: business,
	mailbox: 'active',
	graph: 'normal',
	meetings: 'recorded',
	...a,
	teams: a.teams ?? (holdsTeams(a.licences ?? business) ? 'licensed' : 'unlicensed'),
});

export const accounts: readonly Account[] = [
	account({
		scenario: 'ready',
		tenantId: harbour.id,
		displayName: 'Riley Ready',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e01',
		summary: 'Everything consented and licensed: the check passes.',
	}),
	account({
		scenario: 'can-consent',
		tenantId: workflow.id,
		displayName: 'Cameron Consent',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e02',
		admin: true,
		summary:
			'A tenant admin: sees the consent screen with "Consent on behalf of your organisation".',
	}),
	account({
		scenario: 'needs-admin',
		tenantId: needsAdmin.id,
		displayName: 'Noah Needs-Admin',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e03',
		summary: 'User consent is off and nobody has consented: "Need admin approval".',
	}),
	account({
		scenario: 'needs-admin-workflow',
		tenantId: workflow.id,
		displayName: 'Willow Workflow',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e04',
		summary: 'As needs-admin, with the admin consent workflow on: a request form.',
	}),
	account({
		scenario: 'tenant-admin',
		tenantId: needsAdmin.id,
		displayName: 'Tara Tenant-Admin',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e05',
		admin: true,
		summary: 'Admin of the needs-admin tenant: grants admin consent for it.',
	}),
	account({
		scenario: 'reconnect',
		tenantId: reconnect.id,
		displayName: 'Rowan Reconnect',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e06',
		summary: `Consented before release ${newestRelease}: its new permissions are missing.`,
	}),
	account({
		scenario: 'no-exchange-licence',
		tenantId: harbour.id,
		displayName: 'Nico No-Exchange',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e07',
		licences: ['teams-only'],
		mailbox: 'none',
		summary: 'A Teams-only licence: no Exchange Online mailbox.',
	}),
	account({
		scenario: 'licence-disabled',
		tenantId: harbour.id,
		displayName: 'Lee Licence-Disabled',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e08',
		licences: ['business-standard-exchange-disabled'],
		mailbox: 'none',
		summary: 'The Exchange Online plan is assigned but disabled.',
	}),
	account({
		scenario: 'mailbox-on-premises',
		tenantId: harbour.id,
		displayName: 'Morgan On-Premises',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e09',
		mailbox: 'on-premises',
		summary: 'The mailbox is on an on-premises Exchange server: Graph answers 404.',
	}),
	account({
		scenario: 'no-teams-licence',
		tenantId: harbour.id,
		displayName: 'Nat No-Teams',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e10',
		licences: ['exchange-online-plan-1'],
		summary: 'A mailbox but no Microsoft Teams plan.',
	}),
	account({
		scenario: 'personal',
		tenantId: consumer.id,
		displayName: 'Pat Personal',
		oid: '00000000-0000-0000-6d2a-4c1f8e3b9a70',
		licences: [],
		summary: 'A personal Microsoft account, not a work or school one.',
	}),
	account({
		scenario: 'conditional-access',
		tenantId: harbour.id,
		displayName: 'Casey Conditional',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e12',
		blockedBy: 'conditional-access',
		summary: 'A Conditional Access policy blocks sign-in (AADSTS53003).',
	}),
	account({
		scenario: 'throttled',
		tenantId: harbour.id,
		displayName: 'Taylor Throttled',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e13',
		graph: 'throttled',
		summary: 'Graph answers 429 with Retry-After once per request, then succeeds.',
	}),
	account({
		scenario: 'graph-down',
		tenantId: harbour.id,
		displayName: 'Gray Graph-Down',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e14',
		graph: 'down',
		summary: 'Graph answers 503 Service Unavailable.',
	}),
	account({
		scenario: 'transcripts-off',
		tenantId: harbour.id,
		displayName: 'Tess Transcripts-Off',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e15',
		transcriptsApi: 'off',
		summary:
			'The organisation switched off Graph access to transcripts: 403 GraphAccessToTranscriptsDisabled.',
	}),
	account({
		scenario: 'no-recent-meeting',
		tenantId: harbour.id,
		displayName: 'Nell No-Meeting',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e16',
		meetings: 'none',
		summary: 'No Teams meeting they organised has ended lately: nothing to test recordings on.',
	}),
	account({
		scenario: 'not-recorded',
		tenantId: harbour.id,
		displayName: 'Ned Not-Recorded',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e17',
		meetings: 'not-recorded',
		summary: 'The latest meeting has neither a recording nor a transcript.',
	}),
	// Graph's mail and calendar APIs serve "Exchange Server in hybrid deployments" too (learn.microsoft.com/
	// exchange/client-developer/exchange-web-services/office-365-rest-apis-for-mail-calendars-and-contacts):
	// such a user can hold no Exchange Online plan and still work.
	account({
		scenario: 'hybrid-mailbox',
		tenantId: harbour.id,
		displayName: 'Hana Hybrid',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e18',
		licences: ['teams-only'],
		summary:
			'Mailbox on Exchange Server in a hybrid deployment: no Exchange Online plan, and Graph serves its calendar.',
	}),
	account({
		scenario: 'teams-essentials',
		tenantId: harbour.id,
		displayName: 'Tom Teams-Essentials',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e19',
		licences: ['teams-essentials', 'exchange-online-plan-1'],
		summary: 'Teams Essentials (TeamsEss) with Exchange Online (Plan 1).',
	}),
	account({
		scenario: 'graph-silent',
		tenantId: harbour.id,
		displayName: 'Sid Graph-Silent',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e20',
		graph: 'silent',
		summary: 'Graph never answers: the check must end by itself.',
	}),
	account({
		scenario: 'slow-mfa',
		tenantId: harbour.id,
		displayName: 'Morgan Slow-MFA',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e40',
		mfa: true,
		summary:
			'Sign-in waits on an Authenticator approval for as long as you take (over a minute is fine); then ready.',
	}),
];

export function tenantOf(account: Account): Tenant {
	return tenants.find((t) => t.id === account.tenantId)!;
}

export function emailOf(account: Account): string {
	return `${account.scenario}@${tenantOf(account).domain}`;
}

/**
 * The identity provider Entra names for an account outside the tenant it signs in to (AADSTS50020):
 * 'live.com' for a personal Microsoft account, its home tenant's STS for a work or school account.
 */
export function identityProviderOf(account: Account): string {
	const tenant = tenantOf(account);
	return tenant.consumer === true ? 'live.com' : `https://sts.windows.net/${tenant.id}/`;
}

/** A tenant by id or verified domain, case-insensitively. */
export function findTenant(idOrDomain: string): Tenant | undefined {
	const key = idOrDomain.toLowerCase();
	return tenants.find((t) => t.id === key || t.domain === key);
}

/** An account by e-mail, scenario id or object id. */
export function findAccount(hint: string): Account | undefined {
	const key = hint.trim().toLowerCase();
	return accounts.find((a) => a.scenario === key || a.oid === key || emailOf(a) === key);
}
