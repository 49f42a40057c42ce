// Sign-in error codes → findings. Entra's AADSTS numbers (shared/reference §3), OAuth `error`
// values and MSAL browser `errorCode`s. Branch on these codes, never on message text: Microsoft
// says its wording may change. Anything not listed becomes `sign-in-failed`.
import type { FindingId } from './findings.ts';

/** AADSTS numbers (Entra's `error_codes`, MSAL's `errorNo`). */
export const aadstsFindings = {
	/** DelegationDoesNotExist: nobody consented for this user yet. */
	'65001': 'consent-needed',
	/** UserDeclinedConsent. */
	'65004': 'consent-declined',
	/** AdminConsentRequired ("Need admin approval"). */
	'90094': 'admin-approval-required',
	/** As 90094, with the admin consent workflow on (the user can send a request). */
	'90095': 'admin-approval-required',
	/** UserUnauthorized: the account is not in this tenant (a personal identity makes it personal-account). */
	'50020': 'account-not-in-tenant',
	/** A personal account used where only work or school accounts may sign in. */
	'500208': 'personal-account',
	/** UserAccountNotFound. */
	'50034': 'account-not-in-tenant',
	/** BlockedByConditionalAccess. */
	'53003': 'conditional-access-blocked',
	/** DeviceNotCompliant (a Conditional Access device rule). */
	'53000': 'conditional-access-blocked',
	/** DeviceNotDomainJoined (a Conditional Access device rule). */
	'53001': 'conditional-access-blocked',
	/** UnauthorizedClient_DoesNotMatchRequest: the app is not found in the directory. */
	'700016': 'app-not-in-tenant',
	/** EntitlementGrantsNotFound: user assignment is required and the user is not assigned. */
	'50105': 'user-not-assigned',
	/** UserStrongAuthClientAuthNRequired: MFA is required. */
	'50076': 'mfa-required',
	/** InvalidReplyTo: the redirect URI is not registered. */
	'50011': 'app-registration-problem',
	/** Cross-origin redemption needs the redirect URI registered as a single-page app. */
	'9002326': 'app-registration-problem',
	/** The app needs a service the organisation has not subscribed to or enabled. */
	'650052': 'service-not-enabled',
} as const satisfies Record<string, FindingId>;

/**
 * OAuth `error` values and MSAL browser/common `errorCode`s, used when no AADSTS number is known.
 * `access_denied` with `subError` `cancel` is handled before this map (sign-in-cancelled).
 */
export const errorCodeFindings = {
	/** The authorize endpoint: consent is needed (prompt=none, or a silent call). */
	consent_required: 'consent-needed',
	/** The resource owner (or admin) declined. */
	access_denied: 'consent-declined',
	/** MSAL: the sign-in window was closed before it finished. */
	user_cancelled: 'sign-in-cancelled',
	/** MSAL: `window.open` failed, usually a pop-up blocker. */
	popup_window_error: 'popup-blocked',
	/** MSAL: the sign-in window opened empty (blocked or closed at once). */
	empty_window_error: 'popup-blocked',
	/** MSAL: the sign-in window did not report back in time. */
	timed_out: 'sign-in-failed',
	/** MSAL: another sign-in is still open in this browser. */
	interaction_in_progress: 'sign-in-failed',
	/** MSAL: the network failed during sign-in. */
	no_network_connectivity: 'sign-in-failed',
	/** MSAL: asked to open a sign-in window from inside a sign-in window. */
	block_nested_popups: 'sign-in-failed',
	/** The account must sign in interactively (no session). */
	login_required: 'sign-in-failed',
	interaction_required: 'sign-in-failed',
} as const satisfies Record<string, FindingId>;

/** MSAL / OAuth sub-errors that decide on their own, whatever the code. */
export const subErrorFindings = {
	/** "Return to the application without granting consent", or the back button. */
	cancel: 'sign-in-cancelled',
	/** A silent call needs consent: `invalid_grant` + `consent_required`. */
	consent_required: 'consent-needed',
} as const satisfies Record<string, FindingId>;
