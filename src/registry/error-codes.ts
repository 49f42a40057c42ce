// Every error code the engine knows, mapped to a finding, with plain words and who acts. Entra's
// AADSTS numbers (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes), OAuth `error` values and MSAL browser `errorCode`s, and
// Microsoft Graph's `error.code` values. Branch on these codes, never on message text: Microsoft
// says its wording may change. Anything not listed becomes `sign-in-failed` (sign-in) or
// `graph-request-refused` (Graph). The /teams/error-codes/ page and each fix page's list of the
// codes it covers are generated from these maps.
import type { FindingId } from './findings.ts';

/** Who does something about a code. */
export type CodeActor = 'adviser' | 'it-admin' | 'claras-support' | 'microsoft';

/** One known code. */
export interface CodeEntry {
	/** The finding it leads to (its fix page is where the code is explained in full). */
	finding: FindingId;
	/** What it means, in one or two plain sentences for an adviser or IT admin. */
	meaning: string;
	/** Who acts on it. */
	actor: CodeActor;
	/** Microsoft's own short name for it, where it has one. @example 'AdminConsentRequired' */
	name?: string;
	/** Graph only: the code means this finding only on an Outlook (mailbox) request; elsewhere it is a plain refusal. */
	onlyOutlook?: boolean;
}

/**
 * AADSTS numbers (Entra's `error_codes`, MSAL's `errorNo`), keyed by the number without "AADSTS".
 * Names and meanings follow Microsoft's reference (entra-docs
 * `identity-platform/reference-error-codes.md`); Microsoft may reword them, the numbers stay.
 */
export const aadstsCodes = {
	'65001': {
		finding: 'consent-needed',
		name: 'DelegationDoesNotExist',
		actor: 'adviser',
		meaning:
			'Nobody has given Claras permission for this account yet, so Microsoft needs someone to accept its permission screen.',
	},
	'65004': {
		finding: 'consent-declined',
		name: 'UserDeclinedConsent',
		actor: 'adviser',
		meaning:
			"Someone chose Cancel on Microsoft's permission screen, so Claras was not given access.",
	},
	'65005': {
		finding: 'app-registration-problem',
		name: 'MisconfiguredApplication',
		actor: 'claras-support',
		meaning:
			'The Claras app registration asks for access to a resource it does not list among its permissions. Claras support fixes this.',
	},
	'90094': {
		finding: 'admin-approval-required',
		name: 'AdminConsentRequired',
		actor: 'it-admin',
		meaning:
			'Your organisation lets only administrators approve the permissions Claras asks for. An IT admin must grant consent once for everyone.',
	},
	'90095': {
		finding: 'admin-approval-required',
		name: 'AdminConsentRequiredRequestAccess',
		actor: 'it-admin',
		meaning:
			'As 90094, and your organisation lets you send the request to its admins from the Microsoft window.',
	},
	'16000': {
		finding: 'sign-in-cancelled',
		name: 'InteractionRequired',
		actor: 'adviser',
		meaning:
			'Several Microsoft accounts are signed in to this browser and Microsoft could not tell which one to use without asking. Sign in again and pick your work account.',
	},
	'50058': {
		finding: 'sign-in-cancelled',
		name: 'UserInformationNotProvided',
		actor: 'adviser',
		meaning:
			'Microsoft had no signed-in session to use without asking (or the browser blocks its cookies), so the sign-in must be done in the Microsoft window.',
	},
	'50020': {
		finding: 'account-not-in-tenant',
		name: 'UserUnauthorized',
		actor: 'adviser',
		meaning:
			'The account you chose is not part of the organisation you signed in to (or is a personal account).',
	},
	'500200': {
		finding: 'personal-account',
		actor: 'adviser',
		meaning:
			'A personal Microsoft account (such as Outlook.com) was used, and Claras accepts only work or school accounts. Sign in with the account your organisation gave you.',
	},
	'500208': {
		finding: 'personal-account',
		actor: 'adviser',
		meaning:
			'A personal Microsoft account was used where only work or school accounts can sign in.',
	},
	'50034': {
		finding: 'account-not-in-tenant',
		name: 'UserAccountNotFound',
		actor: 'adviser',
		meaning: 'Microsoft could not find that account in the organisation.',
	},
	'53000': {
		finding: 'conditional-access-blocked',
		name: 'DeviceNotCompliant',
		actor: 'it-admin',
		meaning:
			'Your organisation only allows sign-in from compliant devices, and this one is not (yet): it must be enrolled, for example in Intune.',
	},
	'53001': {
		finding: 'conditional-access-blocked',
		name: 'DeviceNotDomainJoined',
		actor: 'it-admin',
		meaning: 'Your organisation only allows sign-in from devices joined to its domain.',
	},
	'53002': {
		finding: 'conditional-access-blocked',
		name: 'ApplicationUsedIsNotAnApprovedApp',
		actor: 'it-admin',
		meaning:
			'Your organisation only allows sign-in from apps it has approved, and this browser or app is not one of them.',
	},
	'53003': {
		finding: 'conditional-access-blocked',
		name: 'BlockedByConditionalAccess',
		actor: 'it-admin',
		meaning: 'A Conditional Access policy in your organisation blocked this sign-in.',
	},
	'53004': {
		finding: 'conditional-access-blocked',
		name: 'ProofUpBlockedDueToRisk',
		actor: 'it-admin',
		meaning:
			'You need to finish registering for multi-factor authentication, and your organisation does not allow it from this sign-in because it looks risky.',
	},
	'53010': {
		finding: 'conditional-access-blocked',
		name: 'ProofUpBlockedDueToSecurityInfoAcr',
		actor: 'it-admin',
		meaning:
			'Your organisation only lets you set up multi-factor authentication from certain places or devices.',
	},
	'53011': {
		finding: 'conditional-access-blocked',
		actor: 'it-admin',
		meaning: 'Your account was blocked because your home organisation rates it as at risk.',
	},
	'530032': {
		finding: 'conditional-access-blocked',
		name: 'BlockedByConditionalAccessOnSecurityPolicy',
		actor: 'it-admin',
		meaning: "A security policy set by your organisation's admins blocked this sign-in.",
	},
	'530035': {
		finding: 'conditional-access-blocked',
		name: 'BlockedBySecurityDefaults',
		actor: 'it-admin',
		meaning: "Your organisation's security defaults blocked this sign-in as unsafe.",
	},
	'50053': {
		finding: 'conditional-access-blocked',
		name: 'IdsLocked',
		actor: 'it-admin',
		meaning:
			'Your account is locked after too many sign-in attempts, or the sign-in came from an address Microsoft blocks. Wait and try again, or ask your IT admin to unblock it.',
	},
	'50055': {
		finding: 'conditional-access-blocked',
		name: 'InvalidPasswordExpiredPassword',
		actor: 'adviser',
		meaning:
			'Your password has expired. Reset it (Microsoft offers this when you sign in) or ask your IT admin, then connect again.',
	},
	'50057': {
		finding: 'conditional-access-blocked',
		name: 'UserDisabled',
		actor: 'it-admin',
		meaning:
			'Your account is disabled in your organisation. Only your IT admin can enable it again.',
	},
	'700016': {
		finding: 'app-not-in-tenant',
		name: 'UnauthorizedClient_DoesNotMatchRequest',
		actor: 'it-admin',
		meaning: "Microsoft could not find the Claras app in your organisation's directory.",
	},
	'50105': {
		finding: 'user-not-assigned',
		name: 'EntitlementGrantsNotFound',
		actor: 'it-admin',
		meaning: 'Your organisation requires people to be assigned to Claras, and your account is not.',
	},
	'50076': {
		finding: 'mfa-required',
		name: 'UserStrongAuthClientAuthNRequired',
		actor: 'adviser',
		meaning:
			'Your organisation needs extra verification (multi-factor authentication) for this sign-in.',
	},
	'50079': {
		finding: 'mfa-required',
		name: 'UserStrongAuthEnrollmentRequired',
		actor: 'adviser',
		meaning:
			'Your organisation needs you to set up extra verification (multi-factor authentication) before you can sign in.',
	},
	'50011': {
		finding: 'app-registration-problem',
		name: 'InvalidReplyTo',
		actor: 'claras-support',
		meaning: 'The address the sign-in returns to is not registered for the app.',
	},
	'500113': {
		finding: 'app-registration-problem',
		actor: 'claras-support',
		meaning:
			'No return address is registered for the app, so Microsoft has nowhere to send the sign-in.',
	},
	'7000218': {
		finding: 'app-registration-problem',
		actor: 'claras-support',
		meaning:
			"The app's return address is registered as a web app rather than a single-page application, so Microsoft asks for a secret the browser cannot have.",
	},
	'9002326': {
		finding: 'app-registration-problem',
		actor: 'claras-support',
		meaning:
			"The app's return address is not registered as a single-page application, so the browser may not redeem the sign-in.",
	},
	'650056': {
		finding: 'app-registration-problem',
		name: 'MisconfiguredApplication',
		actor: 'it-admin',
		meaning:
			'Microsoft finds the app set up wrongly for your organisation: its permissions are not listed or not consented. An IT admin granting admin consent usually fixes it; otherwise Claras support does.',
	},
	'650052': {
		finding: 'service-not-enabled',
		actor: 'it-admin',
		meaning:
			'Claras needs a Microsoft service your organisation has not subscribed to or has switched off.',
	},
} as const satisfies Record<string, CodeEntry>;

/**
 * OAuth `error` values and MSAL browser/common `errorCode`s (spelt as in msal-browser 5.30 /
 * msal-common 16.17 `*ErrorCodes`), used when no AADSTS number is known. `access_denied` with
 * `subError` `cancel` is handled before this map (sign-in-cancelled).
 */
export const authErrorCodes = {
	consent_required: {
		finding: 'consent-needed',
		actor: 'adviser',
		meaning:
			'Microsoft needs someone to accept its permission screen before Claras can sign in silently.',
	},
	// With no AADSTS number, access_denied is "Return to the application without granting consent" or
	// the back button (MSAL reads `suberror`, not Entra's `error_subcode`, so the `cancel` is lost);
	// a declined consent screen always carries 65004.
	access_denied: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning:
			'The Microsoft window was left without granting permission (Return to the application, or the back button); Microsoft gave no reason.',
	},
	user_cancelled: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning: 'The Microsoft sign-in window was closed, or you pressed Cancel, before it finished.',
	},
	popup_window_error: {
		finding: 'popup-blocked',
		actor: 'adviser',
		meaning:
			'The browser did not let the sign-in window open, usually because of a pop-up blocker.',
	},
	empty_window_error: {
		finding: 'popup-blocked',
		actor: 'adviser',
		meaning: 'The sign-in window opened empty: it was blocked or closed at once.',
	},
	timed_out: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning:
			'The Microsoft window never reported back to this page: it was closed, left waiting, or stopped on an error page.',
	},
	interaction_in_progress: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning:
			'An earlier Microsoft sign-in in this browser tab never finished, so a new one could not start. Close other Microsoft windows, reload the page and try again.',
	},
	interaction_in_progress_cancelled: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning: 'A new sign-in replaced one that was still waiting.',
	},
	redirect_bridge_empty_response: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning:
			'The Microsoft window came back with nothing in it, so the page could not tell how the sign-in ended.',
	},
	hash_empty_error: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning:
			'The Microsoft sign-in came back to this page without its answer (the address lost it on the way).',
	},
	no_state_in_hash: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning: 'The Microsoft sign-in came back without the marker that ties it to this page.',
	},
	state_mismatch: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning:
			'The answer that came back belongs to a different sign-in (for example an older window), so it was not used.',
	},
	no_network_connectivity: {
		finding: 'sign-in-failed',
		actor: 'adviser',
		meaning: 'The network failed during sign-in.',
	},
	block_nested_popups: {
		finding: 'sign-in-failed',
		actor: 'claras-support',
		meaning: 'A sign-in window was asked to open another one.',
	},
	login_required: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning:
			'Microsoft needs you to sign in in its window: there is no session it could use without asking.',
	},
	interaction_required: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning: 'Microsoft needs you to do something in its window before it can sign you in.',
	},
} as const satisfies Record<string, CodeEntry>;

/** MSAL / OAuth sub-errors that decide on their own, whatever the code. */
export const subErrorCodes = {
	/** "Return to the application without granting consent", or the back button. */
	cancel: {
		finding: 'sign-in-cancelled',
		actor: 'adviser',
		meaning: 'You went back, or returned to the application, without granting permission.',
	},
	/** A silent call needs consent: `invalid_grant` + `consent_required`. */
	consent_required: {
		finding: 'consent-needed',
		actor: 'adviser',
		meaning: 'A silent sign-in needs someone to accept the permission screen first.',
	},
	/** MSAL's redirect bridge heard nothing within `system.popupBridgeTimeout` (BrowserUtils.waitForBridgeResponse). */
	redirect_bridge_timeout: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning: 'The Microsoft window did not report back within the time allowed.',
	},
	/** MSAL's hidden frame (silent sign-in) heard nothing within `system.iframeBridgeTimeout` (IframeMonitor). */
	monitor_window_timeout: {
		finding: 'sign-in-unfinished',
		actor: 'adviser',
		meaning: 'Microsoft did not answer a silent sign-in in time.',
	},
} as const satisfies Record<string, CodeEntry>;

/**
 * Microsoft Graph `error.code` values, and `innerError.code` values where Graph puts the real reason
 * there (the engine reads `innerError.code` first), keyed by the code as Graph spells it. Compared
 * case-insensitively. A 401 or 403 not named here is a reconnect when the token lacks a permission
 * the request needs, else `graph-request-refused`, as is any other 4xx not named here.
 */
export const graphErrorCodes = {
	MailboxNotEnabledForRESTAPI: {
		finding: 'mailbox-unavailable',
		actor: 'it-admin',
		meaning:
			'There is no Exchange Online mailbox Graph can open: it is inactive, soft-deleted or on an on-premises server.',
	},
	MailboxNotSupportedForRESTAPI: {
		finding: 'mailbox-unavailable',
		actor: 'it-admin',
		meaning:
			'The mailbox is of a kind Graph cannot open (for example on-premises or a shared mailbox).',
	},
	// Outlook answers 404 ResourceNotFound "Resource could not be discovered." for a mailbox that is not
	// there (https://learn.microsoft.com/en-us/graph/errors); on a Teams resource the same code is an
	// ordinary refusal.
	ResourceNotFound: {
		finding: 'mailbox-unavailable',
		onlyOutlook: true,
		actor: 'it-admin',
		meaning: 'Outlook could not find a mailbox for the account, so there is no calendar to read.',
	},
	// The tenant's Teams setting "Transcript API access" (Meetings → Meeting settings) is off: 403 with
	// this innerError code (microsoft-graph-docs-contrib, onlinemeeting-list-transcripts.md, "Error responses").
	GraphAccessToTranscriptsDisabled: {
		finding: 'tenant-policy-blocked',
		actor: 'it-admin',
		meaning:
			'Your organisation has switched off Microsoft Graph access to meeting transcripts, so no app can read them until a Teams admin turns it back on.',
	},
	// Teams switched off for the whole tenant: 401 with this innerError code and "Teams has been
	// disabled on the tenant." (MicrosoftDocs/msteams-docs#11571).
	ServicePrincipalDisabledOnTenant: {
		finding: 'tenant-policy-blocked',
		actor: 'it-admin',
		meaning:
			'Microsoft Teams is switched off for your organisation, so there are no Teams meetings or chats to read.',
	},
	InvalidAuthenticationToken: {
		finding: 'reconnect-required',
		actor: 'adviser',
		meaning:
			'The sign-in Graph was given has expired or is not valid; connecting again gives Claras a fresh one.',
	},
} as const satisfies Record<string, CodeEntry>;

/**
 * Refusals Graph names only in words: the code is the generic `Forbidden`, so the message is all
 * there is. Keyed by the message's opening words (compared case-insensitively); each says its source.
 * Branch on these only where no code exists.
 */
export const graphErrorMessages = {
	// A Teams API (e.g. GET /me/chats) for a user with no Teams licence: 403 Forbidden, no inner code
	// (OfficeDev/microsoft-teams-apps-requestateam#355; RogerSelwyn/O365-HomeAssistant#183 for /me/chats).
	'Failed to get license information for the user': {
		finding: 'teams-licence-missing',
		actor: 'it-admin',
		meaning: 'Microsoft Teams refused because the account holds no licence that includes Teams.',
	},
	// A Teams API for an account whose organisation has Teams switched off for it: 403 Forbidden, no
	// inner code (microsoftgraph/microsoft-graph-docs-contrib#4852).
	'User Login. Teams is disabled for your tenant': {
		finding: 'tenant-policy-blocked',
		actor: 'it-admin',
		meaning:
			'Microsoft Teams is switched off for your organisation (or for accounts like yours), so Teams meetings cannot be read.',
	},
} as const satisfies Record<string, CodeEntry>;

/** Every code, with the family it belongs to, for the error-code reference and the look-up. */
export type CodeFamily = 'aadsts' | 'auth' | 'sub-error' | 'graph';
