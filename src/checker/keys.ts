// Session storage keys shared by the checker and its lazily loaded runtime. Kept in a module of
// their own so the page's initial script stays tiny. (The admin consent `state` key lives with
// the code that reads it, src/admin/consent-state.ts.)

/** Set before a full-page redirect sign-in; its presence on load means "finish the check". */
export const REDIRECT_MARKER = 'claras.checker.redirect';
