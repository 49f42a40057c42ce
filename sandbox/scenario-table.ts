// The sandbox's accounts, one per scenario, each with what the connection checker must say about
// it. This is the one table of scenarios: the sandbox plays each account's behaviour, and the
// end-to-end tests (tests/e2e/scenarios.ts), the fixture traces (fixtures/traces.ts) and the
// engine's scenario test (tests/unit/engine-scenarios.test.ts) iterate it. Adding a scenario is one
// entry here, its behaviour in the sandbox, and its trace in fixtures/traces.ts.
import { holdsTeams } from './licences.ts';
import {
	all,
	fails,
	isReady,
	needsMeeting,
	newestOnly,
	noMailbox,
	ready,
	statesWhere,
} from './scenario-expectations.ts';
import type { Account } from './scenarios.ts';
import { newestRelease, tenants } from './tenants.ts';

const [harbour, needsAdmin, workflow, reconnect, consumer] = tenants;

const business = ['business-standard'] as const;
const account = <S extends string>(
	a: Omit<Partial<Account>, 'scenario'> &
		Pick<Account, 'tenantId' | 'displayName' | 'oid' | 'summary' | 'expect'> & { scenario: S },
): Account & { scenario: S } => ({
	admin: false,
	licences: business,
	mailbox: 'active',
	graph: 'normal',
	meetings: 'recorded',
	...a,
	teams: a.teams ?? (holdsTeams(a.licences ?? business) ? 'licensed' : 'unlicensed'),
});

export const accounts = [
	account({
		scenario: 'ready',
		expect: isReady(),
		tenantId: harbour.id,
		displayName: 'Riley Ready',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e01',
		summary: 'Everything consented and licensed: the check passes.',
	}),
	account({
		scenario: 'can-consent',
		expect: fails('action-you', ['consent-declined'], all('blocked'), 'decline-consent'),
		tenantId: workflow.id,
		displayName: 'Cameron Consent',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e02',
		admin: true,
		summary:
			'A tenant admin: sees the consent screen with "Consent on behalf of your organisation".',
	}),
	account({
		scenario: 'needs-admin',
		expect: fails(
			'action-admin',
			['admin-approval-required'],
			all('blocked'),
			'return-without-consent',
		),
		tenantId: needsAdmin.id,
		displayName: 'Noah Needs-Admin',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e03',
		summary: 'User consent is off and nobody has consented: "Need admin approval".',
	}),
	account({
		scenario: 'needs-admin-workflow',
		expect: fails(
			'action-admin',
			['admin-approval-required'],
			all('blocked'),
			'return-without-consent',
		),
		tenantId: workflow.id,
		displayName: 'Willow Workflow',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e04',
		summary: 'As needs-admin, with the admin consent workflow on: a request form.',
	}),
	// Accepting for themselves only: ready, with advice that colleagues may still need consent.
	account({
		scenario: 'tenant-admin',
		expect: isReady(['colleagues-need-consent'], 'accept-consent'),
		tenantId: needsAdmin.id,
		displayName: 'Tara Tenant-Admin',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e05',
		admin: true,
		summary: 'Admin of the needs-admin tenant: grants admin consent for it.',
	}),
	account({
		scenario: 'reconnect',
		expect: fails('action-you', ['reconnect-required'], newestOnly),
		tenantId: reconnect.id,
		displayName: 'Rowan Reconnect',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e06',
		summary: `Consented before release ${newestRelease}: its new permissions are missing.`,
	}),
	account({
		scenario: 'no-exchange-licence',
		expect: fails('action-admin', ['exchange-licence-missing', 'mailbox-unavailable'], noMailbox),
		tenantId: harbour.id,
		displayName: 'Nico No-Exchange',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e07',
		licences: ['teams-only'],
		mailbox: 'none',
		summary: 'A Teams-only licence: no Exchange Online mailbox.',
	}),
	account({
		scenario: 'licence-disabled',
		expect: fails('action-admin', ['exchange-licence-disabled', 'mailbox-unavailable'], noMailbox),
		tenantId: harbour.id,
		displayName: 'Lee Licence-Disabled',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e08',
		licences: ['business-standard-exchange-disabled'],
		mailbox: 'none',
		summary: 'The Exchange Online plan is assigned but disabled.',
	}),
	account({
		scenario: 'mailbox-on-premises',
		expect: fails('action-admin', ['mailbox-unavailable'], noMailbox),
		tenantId: harbour.id,
		displayName: 'Morgan On-Premises',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e09',
		mailbox: 'on-premises',
		summary: 'The mailbox is on an on-premises Exchange server: Graph answers 404.',
	}),
	// Graph refuses /me/chats with the licence 403: no Reconnect, the IT admin assigns Teams.
	account({
		scenario: 'no-teams-licence',
		expect: fails('action-admin', ['teams-licence-missing']),
		tenantId: harbour.id,
		displayName: 'Nat No-Teams',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e10',
		licences: ['exchange-online-plan-1'],
		summary: 'A mailbox but no Microsoft Teams plan.',
	}),
	// A licence with Teams, assigned today: licenseDetails lists TEAMS1, but Teams has not caught up
	// and refuses for want of a licence, as it does for hours after an assignment (engine
	// checks/refusals.ts cites the reports). The check says so instead of "no Teams plan".
	account({
		scenario: 'teams-licence-pending',
		expect: fails('action-admin', ['teams-licence-missing']),
		tenantId: harbour.id,
		displayName: 'Pip Pending',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e21',
		teams: 'unlicensed',
		summary: 'A licence with Teams assigned today: Teams has not caught up and still refuses.',
	}),
	// Entra keeps a personal account on its own AADSTS500200 page; the person cancels the check.
	account({
		scenario: 'personal',
		expect: fails('action-you', ['sign-in-cancelled']),
		tenantId: consumer.id,
		displayName: 'Pat Personal',
		oid: '00000000-0000-0000-6d2a-4c1f8e3b9a70',
		licences: [],
		summary: 'A personal Microsoft account, not a work or school one.',
	}),
	// Entra keeps a Conditional Access block on its own page too (decide.ts); the person cancels.
	account({
		scenario: 'conditional-access',
		expect: fails('action-you', ['sign-in-cancelled']),
		tenantId: harbour.id,
		displayName: 'Casey Conditional',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e12',
		blockedBy: 'conditional-access',
		summary: 'A Conditional Access policy blocks sign-in: Entra stops on its AADSTS53003 page.',
	}),
	account({
		scenario: 'throttled',
		expect: isReady(),
		tenantId: harbour.id,
		displayName: 'Taylor Throttled',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e13',
		graph: 'throttled',
		summary: 'Graph answers 429 with Retry-After once per request, then succeeds.',
	}),
	account({
		scenario: 'graph-down',
		expect: fails('try-later', ['graph-unavailable']),
		tenantId: harbour.id,
		displayName: 'Gray Graph-Down',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e14',
		graph: 'down',
		summary: 'Graph answers 503 Service Unavailable.',
	}),
	account({
		scenario: 'transcripts-off',
		expect: fails('action-admin', ['tenant-policy-blocked'], {
			...ready,
			'transcript-file-notes': 'blocked',
		}),
		tenantId: harbour.id,
		displayName: 'Tess Transcripts-Off',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e15',
		transcriptsApi: 'off',
		summary:
			'The organisation switched off Graph access to transcripts: 403 GraphAccessToTranscriptsDisabled.',
	}),
	account({
		scenario: 'no-recent-meeting',
		expect: { ...isReady(), features: statesWhere(needsMeeting, 'unverified') },
		tenantId: harbour.id,
		displayName: 'Nell No-Meeting',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e16',
		meetings: 'none',
		summary: 'No Teams meeting they organised has ended lately: nothing to test recordings on.',
	}),
	account({
		scenario: 'not-recorded',
		expect: isReady(['meeting-not-recorded']),
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
		expect: isReady(),
		tenantId: harbour.id,
		displayName: 'Hana Hybrid',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e18',
		licences: ['teams-only'],
		summary:
			'Mailbox on Exchange Server in a hybrid deployment: no Exchange Online plan, and Graph serves its calendar.',
	}),
	account({
		scenario: 'teams-essentials',
		expect: isReady(),
		tenantId: harbour.id,
		displayName: 'Tom Teams-Essentials',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e19',
		licences: ['teams-essentials', 'exchange-online-plan-1'],
		summary: 'Teams Essentials (TeamsEss) with Exchange Online (Plan 1).',
	}),
	account({
		scenario: 'graph-silent',
		expect: fails('try-later', ['graph-unavailable']),
		tenantId: harbour.id,
		displayName: 'Sid Graph-Silent',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e20',
		graph: 'silent',
		summary: 'Graph never answers: the check must end by itself.',
	}),
	account({
		scenario: 'slow-mfa',
		expect: isReady([], 'approve-mfa'),
		tenantId: harbour.id,
		displayName: 'Morgan Slow-MFA',
		oid: '0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e40',
		mfa: true,
		summary:
			'Sign-in waits on an Authenticator approval for as long as you take (over a minute is fine); then ready.',
	}),
] as const;

/** A scenario id: the local part of an account's e-mail. */
export type ScenarioId = (typeof accounts)[number]['scenario'];
