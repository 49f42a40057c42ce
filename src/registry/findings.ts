// The findings catalogue: every problem the diagnosis engine can report, with its wording and the
// page that fixes it. Ids are permanent (public: the checker, exports and support notes use them).
// The map is exhaustive, so a new id cannot land without its title, message and fix page.
import { z } from 'zod';
import { parseWithFriendlyErrors } from './friendly-errors.ts';

/**
 * Every finding id, in the order to act on them: a report lists its findings in this order, so the
 * first is the one to fix first (who you are, then whether you may sign in, then consent, then
 * licences and mailbox, then Graph's health).
 */
export const findingIds = [
	'personal-account',
	'account-not-in-tenant',
	'app-not-in-tenant',
	'conditional-access-blocked',
	'user-not-assigned',
	'service-not-enabled',
	'app-registration-problem',
	'mfa-required',
	'popup-blocked',
	'sign-in-cancelled',
	'sign-in-unfinished',
	'consent-declined',
	'admin-approval-required',
	'consent-needed',
	'sign-in-failed',
	'reconnect-required',
	'exchange-licence-missing',
	'exchange-licence-disabled',
	'mailbox-unavailable',
	'teams-licence-missing',
	'tenant-policy-blocked',
	'graph-request-refused',
	'graph-unavailable',
	'graph-throttled',
	'meeting-not-recorded',
	'colleagues-need-consent',
] as const;

/** A finding's permanent id. */
export type FindingId = (typeof findingIds)[number];

/** One entry of the catalogue. */
export const findingDefinitionSchema = z.strictObject({
	/**
	 * `error` stops the connection or a feature; `warning` may clear on its own (try again later) or
	 * is worth acting on; `info` is advice that blocks nothing.
	 */
	severity: z.enum(['error', 'warning', 'info']),
	/** Who must act: the adviser, or their organisation's IT admin. */
	audience: z.enum(['user', 'it-admin']),
	/** A short title that names the problem. @example 'Your IT admin needs to approve Claras' */
	title: z.string().min(5).max(80),
	/** What happened, why, and what to do, in that order, for the person in `audience`. */
	message: z.string().min(40, 'must say what happened, why and what to do'),
	/**
	 * The help centre page that fixes it, with an anchor where useful. Must exist in the built site
	 * (tests/e2e/fix-links.spec.ts visits every one). @example '/teams/troubleshooting/licences/#teams-missing'
	 */
	fix: z
		.string()
		.regex(
			/^\/teams\/([a-z0-9-]+\/)+(#[a-z0-9-]+)?$/,
			'must be a site path like "/teams/connect/" (trailing slash, optional #anchor)',
		),
});
export type FindingDefinition = z.output<typeof findingDefinitionSchema>;

const troubleshooting = '/teams/troubleshooting';

const catalogue = {
	'personal-account': {
		severity: 'error',
		audience: 'user',
		title: 'You signed in with a personal Microsoft account',
		message:
			'The account you used is a personal Microsoft account (such as Outlook.com or Hotmail), not a work account. Teams meetings, recordings and transcripts are only available to Claras through a Microsoft 365 work account. Sign in again with the account your organisation gave you.',
		fix: `${troubleshooting}/personal-account/`,
	},
	'account-not-in-tenant': {
		severity: 'error',
		audience: 'user',
		title: 'Your account is not part of that organisation',
		message:
			'Microsoft could not find your account in the organisation you signed in to. This happens when you pick another account, or an account your organisation has not set up. Sign in with your own work account, or ask your IT admin to check that your account exists.',
		fix: `${troubleshooting}/account-not-in-organisation/`,
	},
	'app-not-in-tenant': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Claras is not set up in your organisation',
		message:
			"Microsoft could not find the Claras app in your organisation's directory, so it refused the sign-in. This usually means nobody has approved Claras for the organisation yet, or it was removed. An IT admin can add it by granting admin consent.",
		fix: `${troubleshooting}/app-not-found/`,
	},
	'conditional-access-blocked': {
		severity: 'error',
		audience: 'it-admin',
		title: "Your organisation's sign-in rules stopped this sign-in",
		message:
			"A Conditional Access policy or your organisation's security defaults stopped this sign-in (for example because of the device, location or app), or your account is locked, disabled or its password has expired. Claras cannot change this. Ask your IT admin to check the sign-in logs in Microsoft Entra; the code below tells them which rule.",
		fix: `${troubleshooting}/conditional-access/`,
	},
	'user-not-assigned': {
		severity: 'error',
		audience: 'it-admin',
		title: 'You are not assigned to Claras in your organisation',
		message:
			'Your organisation only lets assigned people use Claras, and your account is not one of them. Ask your IT admin to add you (or a group you belong to) under the Claras enterprise application in Microsoft Entra, then connect again.',
		fix: `${troubleshooting}/sign-in-errors/#not-assigned-to-claras`,
	},
	'service-not-enabled': {
		severity: 'error',
		audience: 'it-admin',
		title: 'A Microsoft service Claras needs is not enabled',
		message:
			'Microsoft says Claras needs a service your organisation has not subscribed to or has turned off. Without it Microsoft will not let Claras in. Ask your IT admin to check that Microsoft Graph and Exchange Online are enabled for the organisation.',
		fix: `${troubleshooting}/sign-in-errors/#service-not-enabled`,
	},
	'app-registration-problem': {
		severity: 'error',
		audience: 'user',
		title: 'The sign-in came back to an address Microsoft does not expect',
		message:
			'Microsoft rejected the address the sign-in returns to. This is a set-up problem on the Claras side, not something you did. Try again from the Claras app; if it keeps happening, send the exported check to Claras support.',
		fix: `${troubleshooting}/sign-in-errors/#app-set-up-problem`,
	},
	'mfa-required': {
		severity: 'error',
		audience: 'user',
		title: 'Microsoft needs you to verify your sign-in',
		message:
			'Your organisation asks for extra verification (such as the Authenticator app or a code) and the sign-in stopped before it was done. Connect again and complete the verification when Microsoft asks for it.',
		fix: `${troubleshooting}/sign-in-errors/#extra-verification`,
	},
	'popup-blocked': {
		severity: 'error',
		audience: 'user',
		title: 'Your browser blocked the Microsoft sign-in window',
		message:
			'The sign-in opens in a small window, and your browser (or an extension) stopped it from opening. Allow pop-ups for this site, then try again.',
		fix: `${troubleshooting}/popup-blocked/`,
	},
	'sign-in-cancelled': {
		severity: 'error',
		audience: 'user',
		title: 'The sign-in was closed before it finished',
		message:
			'The Microsoft sign-in window was closed, or you went back, before permission was granted, so Claras did not get connected. Start again and follow the Microsoft window to the end. If it stopped on an error with a code (AADSTS…), look that code up: Microsoft keeps some errors in its own window.',
		fix: `${troubleshooting}/sign-in-cancelled/`,
	},
	'consent-declined': {
		severity: 'error',
		audience: 'user',
		title: 'The permission request was declined',
		message:
			"Someone chose Cancel (or declined) on Microsoft's permission screen, so Microsoft did not give Claras access. Claras needs these permissions to work. Connect again and choose Accept, or ask your IT admin to approve Claras for everyone.",
		fix: `${troubleshooting}/consent-declined/`,
	},
	'admin-approval-required': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Your IT admin needs to approve Claras',
		message:
			'Your organisation only lets administrators approve some or all of the permissions Claras asks for, so Microsoft showed "Need admin approval". An IT admin must grant admin consent for the organisation once; after that, connect again and it will go straight through.',
		fix: '/teams/faq/need-admin-approval/',
	},
	'consent-needed': {
		severity: 'error',
		audience: 'user',
		title: 'You have not given Claras permission yet',
		message:
			'Nobody has approved Claras for your account yet, so Microsoft needs you to say yes on its permission screen. Connect from your Claras profile and accept the permissions when Microsoft shows them.',
		fix: '/teams/connect/',
	},
	'sign-in-failed': {
		severity: 'error',
		audience: 'user',
		title: 'The Microsoft sign-in did not finish',
		message:
			'The sign-in stopped with an error Claras does not recognise, or Microsoft could not be reached. Check your internet connection and try again; if it happens again, export the check and send it to Claras support.',
		fix: `${troubleshooting}/sign-in-errors/#other-sign-in-errors`,
	},
	'sign-in-unfinished': {
		severity: 'error',
		audience: 'user',
		title: 'The Microsoft window never came back',
		message:
			'The Microsoft sign-in window did not report back to this page, so the check never heard how it ended. The window may have been closed, left waiting (for a code or an approval), or stopped on an error page. Run the check again and finish in the Microsoft window; if Microsoft shows a code, look it up on our error code page.',
		fix: `${troubleshooting}/sign-in-unfinished/`,
	},
	'reconnect-required': {
		severity: 'error',
		audience: 'user',
		title: 'Claras needs you to reconnect your Microsoft account',
		message:
			'You are signed in, but your connection is missing permissions Claras now needs, usually because a new feature asked for more. Reconnect your Microsoft account from your Claras profile and accept the new permissions.',
		fix: '/teams/reconnect/',
	},
	'exchange-licence-missing': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Your Microsoft licence has no Exchange Online mailbox',
		message:
			'None of your Microsoft 365 licences includes an Exchange Online mailbox, so there is no calendar for Claras to read your meetings from. Teams-only licences are a common cause. Ask your IT admin to assign a licence that includes Exchange Online.',
		fix: `${troubleshooting}/licences/#exchange-online-missing`,
	},
	'exchange-licence-disabled': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Your Exchange Online licence is not active',
		message:
			'You have a licence with Exchange Online, but the mailbox part is turned off, still being set up, or the subscription has lapsed. Until it is active Claras cannot read your calendar. Ask your IT admin to switch Exchange Online on in your licence, or renew it.',
		fix: `${troubleshooting}/licences/#exchange-online-disabled`,
	},
	'mailbox-unavailable': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Microsoft could not open your mailbox',
		message:
			'Microsoft answered "The mailbox is either inactive, soft-deleted, or is hosted on-premise." Your mailbox is missing, switched off, or kept on your own mail server, so Claras cannot read your calendar. Ask your IT admin to give you an active Exchange Online mailbox.',
		fix: '/teams/faq/mailbox-unavailable/',
	},
	'teams-licence-missing': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Your licence does not include Microsoft Teams',
		message:
			'Microsoft Teams is not licensed for your account: Microsoft refused Teams for want of a licence, or none of your licences has an active Teams plan. Reconnecting will not help. Ask your IT admin to assign a licence that includes Teams (any Teams plan, including Teams Essentials), or switch the Teams plan on.',
		fix: `${troubleshooting}/licences/#teams-missing`,
	},
	'tenant-policy-blocked': {
		severity: 'error',
		audience: 'it-admin',
		title: 'Your organisation has switched off something Claras uses',
		message:
			'Microsoft refused Claras because of a setting in your organisation, such as turning off access to meeting transcripts or turning Teams off. Only the features that need it are affected. Ask your IT admin to change the setting named in the details.',
		fix: `${troubleshooting}/tenant-policy/`,
	},
	'graph-request-refused': {
		severity: 'error',
		audience: 'user',
		title: 'Microsoft refused one of the checks',
		message:
			'Microsoft Graph refused one of the requests the checker made, with an answer the checker does not recognise, so the feature it tests cannot be confirmed. Run the check again; if it keeps happening, export the check and send it to Claras support with the code and request id in the details.',
		fix: `${troubleshooting}/graph-problems/#refused`,
	},
	'graph-unavailable': {
		severity: 'error',
		audience: 'user',
		title: 'Microsoft 365 did not answer',
		message:
			"Microsoft Graph, the service Claras reads your meetings through, returned an error, could not be reached or did not answer in time. This is on Microsoft's side, or the network in between: nothing is wrong with your account and there is nothing for you to fix. Check again in 10 minutes. If it still fails after an hour, tell your IT admin: they can look for a Microsoft 365 incident under Health › Service health in the Microsoft 365 admin centre, and make sure graph.microsoft.com is reachable.",
		fix: `${troubleshooting}/graph-problems/#unavailable`,
	},
	'graph-throttled': {
		severity: 'warning',
		audience: 'user',
		title: 'Microsoft asked Claras to slow down',
		message:
			'Microsoft Graph kept answering "too many requests", even after Claras waited as asked, so the check could not finish. Nothing is wrong with your account. Wait a minute and run the check again.',
		fix: `${troubleshooting}/graph-problems/#throttled`,
	},
	'meeting-not-recorded': {
		severity: 'warning',
		audience: 'user',
		title: 'Your latest Teams meeting was neither recorded nor transcribed',
		message:
			"Claras writes file notes from a meeting's recording or its transcript, and your most recent Teams meeting has neither. Start recording or transcription when your next meeting begins; if Teams does not offer them, your IT admin's meeting policy may switch them off.",
		fix: `${troubleshooting}/recording-and-transcription/`,
	},
	'colleagues-need-consent': {
		severity: 'info',
		audience: 'it-admin',
		title: 'Your colleagues may still need consent for the organisation',
		message:
			'You are an administrator, and your own connection works. If you accepted Microsoft\'s permission screen without ticking "Consent on behalf of your organisation", the approval covers only you, and your colleagues still see "Need admin approval". Open the admin consent link for your organisation once and select Accept: that approves Claras for everyone.',
		fix: '/teams/admin-consent/',
	},
} as const satisfies Record<FindingId, z.input<typeof findingDefinitionSchema>>;

/** The validated catalogue, keyed by finding id. */
export const findings: { readonly [K in FindingId]: FindingDefinition } = parseWithFriendlyErrors(
	z.strictObject(
		Object.fromEntries(findingIds.map((id) => [id, findingDefinitionSchema])) as Record<
			FindingId,
			typeof findingDefinitionSchema
		>,
	),
	catalogue,
	{
		source: 'the findings catalogue (src/registry/findings.ts)',
		hint: 'fix the entry named above; each field is documented on findingDefinitionSchema.',
	},
);

/** Where a finding sits in the act-on-it-first order (lower first). */
export function findingRank(id: FindingId): number {
	return findingIds.indexOf(id);
}
