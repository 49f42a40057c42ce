// Session storage keys shared by the checker, its lazily loaded runtime and the consent-result
// page. Kept in a module of their own so the page's initial script stays tiny.

/** Set before a full-page redirect sign-in; its presence on load means "finish the check". */
export const REDIRECT_MARKER = 'claras.checker.redirect';
/** The `state` the last admin consent link carried; the result page compares it with the answer. */
export const CONSENT_STATE = 'claras.adminConsent.state';
