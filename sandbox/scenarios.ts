// The sandbox's scenarios: what an account is (its behaviour and what the checker must say about
// it), and how the sandbox finds accounts and tenants. The accounts themselves are the table in
// scenario-table.ts, the tenants are in tenants.ts; the local part of each e-mail is the scenario id.
import type { Verdict } from '../src/checker/verdict.ts';
import type { FeatureReadiness } from '../src/engine/report.ts';
import type { FindingId } from '../src/registry/findings.ts';
import type { FeatureId } from '../src/registry/index.ts';
import type { LicenceBundle } from './licences.ts';
import { accounts } from './scenario-table.ts';
import { tenants, type Tenant } from './tenants.ts';

export { accounts, type ScenarioId } from './scenario-table.ts';
export { CONSUMER_TENANT_ID, tenants, type Tenant } from './tenants.ts';

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
	/** What the checker must say after a check as this account: the scenario's contract. */
	expect: Expectation;
}

export type FeatureState = FeatureReadiness['state'];
/**
 * What the person does on the sandbox's pages after picking the account: press Cancel on the
 * consent screen, leave "Need admin approval" without consent, accept the consent screen for
 * themselves, or approve the Authenticator prompt.
 */
export type SignInStep =
	'decline-consent' | 'return-without-consent' | 'accept-consent' | 'approve-mfa';

export interface Expectation {
	step?: SignInStep;
	verdict: Verdict;
	/** Finding ids in the order the checker shows them: the first is the one to act on. */
	findings: readonly FindingId[];
	features: Readonly<Record<FeatureId, FeatureState>>;
}

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
