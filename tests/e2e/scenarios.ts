// Every sandbox account (sandbox/scenarios.ts) and what the checker must say about it: the verdict,
// the findings in order (the first is the one to act on), each feature's state and each finding's
// fix link. checker.spec.ts signs in as each in real Chromium with real MSAL; a test checks the
// table names every account, so a new account cannot land without its expected answer.
import type { Page } from '@playwright/test';
import type { Verdict } from '../../src/checker/verdict.ts';

export type FeatureState = 'ready' | 'blocked' | 'unverified';
type Features = Record<
	| 'scheduled-meetings'
	| 'recording-file-notes'
	| 'transcript-file-notes'
	| 'meet-now'
	| 'attendance',
	FeatureState
>;

export interface Expected {
	scenario: string;
	/** What the user does in the sign-in window after picking the account, if anything. */
	inPopup?: (popup: Page) => Promise<void>;
	verdict: Verdict;
	/** Finding ids in the order shown. */
	findings: string[];
	features: Features;
	/** Each finding's "How to fix" link (path and anchor). */
	fixes: Record<string, string>;
	/**
	 * The spec that checks this account instead, when the checker never gets an answer to show:
	 * Entra keeps `personal` on its own AADSTS500200 page (sign-in.spec.ts).
	 */
	checkedIn?: string;
	/** What a slow scenario needs beyond the usual 30 s (graph-silent waits out the 15 s deadline). */
	timeoutMs?: number;
}

const press = (name: string | RegExp) => async (popup: Page) =>
	popup.getByRole('button', { name }).click();
export const returnWithout = press('Return to the application without granting consent');

const all = (state: FeatureState): Features => ({
	'scheduled-meetings': state,
	'recording-file-notes': state,
	'transcript-file-notes': state,
	'meet-now': state,
	attendance: state,
});
const ready = all('ready');
/** Everything that needs the mailbox is blocked; "Meet now" (chats) still works. */
const noMailbox: Features = { ...all('blocked'), 'meet-now': 'ready' };

const fix = {
	licences: (anchor: string) => `/teams/troubleshooting/licences/#${anchor}`,
	mailbox: '/teams/faq/mailbox-unavailable/',
	adminApproval: '/teams/faq/need-admin-approval/',
	unavailable: '/teams/troubleshooting/graph-problems/#unavailable',
};

export const expectations: readonly Expected[] = [
	{ scenario: 'ready', verdict: 'ready', findings: [], features: ready, fixes: {} },
	{
		scenario: 'can-consent',
		inPopup: press('Cancel'),
		verdict: 'action-you',
		findings: ['consent-declined'],
		features: all('blocked'),
		fixes: { 'consent-declined': '/teams/troubleshooting/consent-declined/' },
	},
	{
		scenario: 'needs-admin',
		inPopup: returnWithout,
		verdict: 'action-admin',
		findings: ['admin-approval-required'],
		features: all('blocked'),
		fixes: { 'admin-approval-required': fix.adminApproval },
	},
	{
		scenario: 'needs-admin-workflow',
		inPopup: returnWithout,
		verdict: 'action-admin',
		findings: ['admin-approval-required'],
		features: all('blocked'),
		fixes: { 'admin-approval-required': fix.adminApproval },
	},
	// An admin who accepts for themselves only: ready, with advice that colleagues may need consent.
	{
		scenario: 'tenant-admin',
		inPopup: press('Accept'),
		verdict: 'ready',
		findings: ['colleagues-need-consent'],
		features: ready,
		fixes: { 'colleagues-need-consent': '/teams/admin-consent/' },
	},
	// The newest release added the chat and attendance permissions: only those features wait.
	{
		scenario: 'reconnect',
		verdict: 'action-you',
		findings: ['reconnect-required'],
		features: { ...ready, 'meet-now': 'blocked', attendance: 'blocked' },
		fixes: { 'reconnect-required': '/teams/reconnect/' },
	},
	{
		scenario: 'no-exchange-licence',
		verdict: 'action-admin',
		findings: ['exchange-licence-missing', 'mailbox-unavailable'],
		features: noMailbox,
		fixes: {
			'exchange-licence-missing': fix.licences('exchange-online-missing'),
			'mailbox-unavailable': fix.mailbox,
		},
	},
	{
		scenario: 'licence-disabled',
		verdict: 'action-admin',
		findings: ['exchange-licence-disabled', 'mailbox-unavailable'],
		features: noMailbox,
		fixes: {
			'exchange-licence-disabled': fix.licences('exchange-online-disabled'),
			'mailbox-unavailable': fix.mailbox,
		},
	},
	{
		scenario: 'mailbox-on-premises',
		verdict: 'action-admin',
		findings: ['mailbox-unavailable'],
		features: noMailbox,
		fixes: { 'mailbox-unavailable': fix.mailbox },
	},
	// Graph refuses /me/chats with the licence 403: no Reconnect, the IT admin assigns Teams.
	{
		scenario: 'no-teams-licence',
		verdict: 'action-admin',
		findings: ['teams-licence-missing'],
		features: all('blocked'),
		fixes: { 'teams-licence-missing': fix.licences('teams-missing') },
	},
	// Entra shows AADSTS500200 on its own page and never redirects: the adviser reads it there.
	{
		scenario: 'personal',
		checkedIn: 'sign-in.spec.ts',
		verdict: 'action-you',
		findings: ['sign-in-cancelled'],
		features: all('blocked'),
		fixes: {},
	},
	// The MFA step waits for the adviser; approved, the check goes on as for `ready`.
	{
		scenario: 'slow-mfa',
		inPopup: async (popup) => popup.getByRole('button', { name: /Approve on my phone/ }).click(),
		verdict: 'ready',
		findings: [],
		features: ready,
		fixes: {},
	},
	{
		scenario: 'conditional-access',
		verdict: 'action-admin',
		findings: ['conditional-access-blocked'],
		features: all('blocked'),
		fixes: { 'conditional-access-blocked': '/teams/troubleshooting/conditional-access/' },
	},
	{ scenario: 'throttled', verdict: 'ready', findings: [], features: ready, fixes: {} },
	{
		scenario: 'graph-down',
		verdict: 'try-later',
		findings: ['graph-unavailable'],
		features: all('blocked'),
		fixes: { 'graph-unavailable': fix.unavailable },
	},
	// From the evidence work (issue 9).
	{
		scenario: 'transcripts-off',
		verdict: 'action-admin',
		findings: ['tenant-policy-blocked'],
		features: { ...ready, 'transcript-file-notes': 'blocked' },
		fixes: { 'tenant-policy-blocked': '/teams/troubleshooting/tenant-policy/' },
	},
	{
		scenario: 'no-recent-meeting',
		verdict: 'ready',
		findings: [],
		features: {
			...ready,
			'recording-file-notes': 'unverified',
			'transcript-file-notes': 'unverified',
			attendance: 'unverified',
		},
		fixes: {},
	},
	{
		scenario: 'not-recorded',
		verdict: 'ready',
		findings: ['meeting-not-recorded'],
		features: ready,
		fixes: { 'meeting-not-recorded': '/teams/troubleshooting/recording-and-transcription/' },
	},
	{ scenario: 'hybrid-mailbox', verdict: 'ready', findings: [], features: ready, fixes: {} },
	{ scenario: 'teams-essentials', verdict: 'ready', findings: [], features: ready, fixes: {} },
	{
		scenario: 'graph-silent',
		verdict: 'try-later',
		findings: ['graph-unavailable'],
		features: all('blocked'),
		fixes: { 'graph-unavailable': fix.unavailable },
		timeoutMs: 60_000,
	},
];
