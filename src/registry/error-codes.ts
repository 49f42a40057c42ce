// Every error code the engine knows, mapped to a finding, with plain words and who acts. Entra's
// AADSTS numbers (shared/reference §3), OAuth `error` values and MSAL browser `errorCode`s, and
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

/** AADSTS numbers (Entra's `error_codes`, MSAL's `errorNo`), keyed by the number without "AADSTS". */
export const aadstsCodes = {
	'65001': { finding: 'consent-needed', name: 'DelegationDoesNotExist', actor: 'adviser', meaning: 'Nobody has given Claras permission for this account yet, so Microsoft needs someone to accept its permission screen.' },
	'65004': { finding: 'consent-declined', name: 'UserDeclinedConsent', actor: 'adviser', meaning: 'Someone chose Cancel on Microsoft\'s permission screen, so Claras was not given access.' },
	'90094': { finding: 'admin-approval-required', name: 'AdminConsentRequired', actor: 'it-admin', meaning: 'Your organisation lets only administrators approve the permissions Claras asks for. An IT admin must grant consent once for everyone.' },
	'90095': { finding: 'admin-approval-required', name: 'AdminConsentRequiredRequestAccess', actor: 'it-admin', meaning: 'As 90094, and your organisation lets you send the request to its admins from the Microsoft window.' },
	'50020': { finding: 'account-not-in-tenant', name: 'UserUnauthorized', actor: 'adviser', meaning: 'The account you chose is not part of the organisation you signed in to (or is a personal account).' },
	'500208': { finding: 'personal-account', actor: 'adviser', meaning: 'A personal Microsoft account was used where only work or school accounts can sign in.' },
	'50034': { finding: 'account-not-in-tenant', name: 'UserAccountNotFound', actor: 'adviser', meaning: 'Microsoft could not find that account in the organisation.' },
	'53003': { finding: 'conditional-access-blocked', name: 'BlockedByConditionalAccess', actor: 'it-admin', meaning: 'A Conditional Access policy in your organisation blocked this sign-in.' },
	'53000': { finding: 'conditional-access-blocked', name: 'DeviceNotCompliant', actor: 'it-admin', meaning: 'Your organisation only allows sign-in from compliant devices, and this one is not (yet).' },
	'53001': { finding: 'conditional-access-blocked', name: 'DeviceNotDomainJoined', actor: 'it-admin', meaning: 'Your organisation only allows sign-in from devices joined to its domain.' },
	'700016': { finding: 'app-not-in-tenant', name: 'UnauthorizedClient_DoesNotMatchRequest', actor: 'it-admin', meaning: 'Microsoft could not find the Claras app in your organisation\'s directory.' },
	'50105': { finding: 'user-not-assigned', name: 'EntitlementGrantsNotFound', actor: 'it-admin', meaning: 'Your organisation requires people to be assigned to Claras, and your account is not.' },
	'50076': { finding: 'mfa-required', name: 'UserStrongAuthClientAuthNRequired', actor: 'adviser', meaning: 'Your organisation needs extra verification (multi-factor authentication) for this sign-in.' },
	'50011': { finding: 'app-registration-problem', name: 'InvalidReplyTo', actor: 'claras-support', meaning: 'The address the sign-in returns to is not registered for the app.' },
	'9002326': { finding: 'app-registration-problem', actor: 'claras-support', meaning: 'The app\'s return address is not registered as a single-page application, so the browser may not redeem the sign-in.' },
	'650052': { finding: 'service-not-enabled', actor: 'it-admin', meaning: 'Claras needs a Microsoft service your organisation has not subscribed to or has switched off.' },
} as const satisfies Record<string, CodeEntry>;

/**
 * OAuth `error` values and MSAL browser/common `errorCode`s, used when no AADSTS number is known.
 * `access_denied` with `subError` `cancel` is handled before this map (sign-in-cancelled).
 */
export const authErrorCodes = {
	consent_required: { finding: 'consent-needed', actor: 'adviser', meaning: 'Microsoft needs someone to accept its permission screen before Claras can sign in silently.' },
	access_denied: { finding: 'consent-declined', actor: 'adviser', meaning: 'The sign-in or the permission request was refused.' },
	user_cancelled: { finding: 'sign-in-cancelled', actor: 'adviser', meaning: 'The Microsoft sign-in window was closed before it finished.' },
	popup_window_error: { finding: 'popup-blocked', actor: 'adviser', meaning: 'The browser did not let the sign-in window open, usually because of a pop-up blocker.' },
	empty_window_error: { finding: 'popup-blocked', actor: 'adviser', meaning: 'The sign-in window opened empty: it was blocked or closed at once.' },
	timed_out: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'The sign-in window did not report back in time.' },
	interaction_in_progress: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'Another sign-in is still open in this browser.' },
	no_network_connectivity: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'The network failed during sign-in.' },
	block_nested_popups: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'A sign-in window was asked to open another one.' },
	login_required: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'Microsoft needs you to sign in interactively: there is no session to use.' },
	interaction_required: { finding: 'sign-in-failed', actor: 'adviser', meaning: 'Microsoft needs you to do something in its window before it can sign you in.' },
} as const satisfies Record<string, CodeEntry>;

/** MSAL / OAuth sub-errors that decide on their own, whatever the code. */
export const subErrorCodes = {
	/** "Return to the application without granting consent", or the back button. */
	cancel: { finding: 'sign-in-cancelled', actor: 'adviser', meaning: 'You went back, or returned to the application, without granting permission.' },
	/** A silent call needs consent: `invalid_grant` + `consent_required`. */
	consent_required: { finding: 'consent-needed', actor: 'adviser', meaning: 'A silent sign-in needs someone to accept the permission screen first.' },
} as const satisfies Record<string, CodeEntry>;

/**
 * Microsoft Graph `error.code` values, and `innerError.code` values where Graph puts the real reason
 * there (the engine reads `innerError.code` first), keyed by the code as Graph spells it. Compared
 * case-insensitively. A 401 or 403 not named here is a reconnect when the token lacks a permission
 * the request needs, else `graph-request-refused`, as is any other 4xx not named here.
 */
export const graphErrorCodes = {
	MailboxNotEnabledForRESTAPI: { finding: 'mailbox-unavailable', actor: 'it-admin', meaning: 'There is no Exchange Online mailbox Graph can open: it is inactive, soft-deleted or on an on-premises server.' },
	MailboxNotSupportedForRESTAPI: { finding: 'mailbox-unavailable', actor: 'it-admin', meaning: 'The mailbox is of a kind Graph cannot open (for example on-premises or a shared mailbox).' },
	// Outlook answers 404 ResourceNotFound "Resource could not be discovered." for a mailbox that is not
	// there (shared/reference §9); on a Teams resource the same code is an ordinary refusal.
	ResourceNotFound: { finding: 'mailbox-unavailable', onlyOutlook: true, actor: 'it-admin', meaning: 'Outlook could not find a mailbox for the account, so there is no calendar to read.' },
	// The tenant's Teams setting "Transcript API access" (Meetings → Meeting settings) is off: 403 with
	// this innerError code (microsoft-graph-docs-contrib, onlinemeeting-list-transcripts.md, "Error responses").
	GraphAccessToTranscriptsDisabled: { finding: 'tenant-policy-blocked', actor: 'it-admin', meaning: 'Your organisation has switched off Microsoft Graph access to meeting transcripts, so no app can read them until a Teams admin turns it back on.' },
	// Teams switched off for the whole tenant: 401 with this innerError code and "Teams has been
	// disabled on the tenant." (MicrosoftDocs/msteams-docs#11571).
	ServicePrincipalDisabledOnTenant: { finding: 'tenant-policy-blocked', actor: 'it-admin', meaning: 'Microsoft Teams is switched off for your organisation, so there are no Teams meetings or chats to read.' },
	InvalidAuthenticationToken: { finding: 'reconnect-required', actor: 'adviser', meaning: 'The sign-in Graph was given has expired or is not valid; connecting again gives Claras a fresh one.' },
} as const satisfies Record<string, CodeEntry>;

/**
 * Refusals Graph names only in words: the code is the generic `Forbidden`, so the message is all
 * there is. Keyed by the message's opening words (compared case-insensitively); each says its source.
 * Branch on these only where no code exists.
 */
export const graphErrorMessages = {
	// A Teams API (e.g. GET /me/chats) for a user with no Teams licence: 403 Forbidden, no inner code
	// (OfficeDev/microsoft-teams-apps-requestateam#355; RogerSelwyn/O365-HomeAssistant#183 for /me/chats).
	'Failed to get license information for the user': { finding: 'teams-licence-missing', actor: 'it-admin', meaning: 'Microsoft Teams refused because the account holds no licence that includes Teams.' },
	// A Teams API for an account whose organisation has Teams switched off for it: 403 Forbidden, no
	// inner code (microsoftgraph/microsoft-graph-docs-contrib#4852).
	'User Login. Teams is disabled for your tenant': { finding: 'tenant-policy-blocked', actor: 'it-admin', meaning: 'Microsoft Teams is switched off for your organisation (or for accounts like yours), so Teams meetings cannot be read.' },
} as const satisfies Record<string, CodeEntry>;

/** Every code, with the family it belongs to, for the error-code reference and the look-up. */
export type CodeFamily = 'aadsts' | 'auth' | 'sub-error' | 'graph';
