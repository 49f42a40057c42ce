// The help centre's own addresses that code (not just articles) links to, registers or serves
// specially, typed once. The pages themselves are src/content/docs/ and src/pages/; these paths are
// public contracts (docs/CONTRACTS.md): add freely, never rename.

/** The MSAL redirect bridge (src/pages/auth/redirect.astro): the checker's SPA redirect URI. */
export const REDIRECT_BRIDGE_PATH = '/auth/redirect/';
/** The connection checker. */
export const CHECKER_PATH = '/teams/checker/';
/** The admin consent guide, where the consent helper lives. */
export const ADMIN_CONSENT_PATH = '/teams/admin-consent/';
/** Where Microsoft's admin consent endpoint returns to: register it as a redirect URI too. */
export const CONSENT_RESULT_PATH = '/teams/admin-consent/result/';
/** Stands in for this site's origin at build time, where only the browser knows it. */
export const SITE_ORIGIN_PLACEHOLDER = 'https://site-origin.invalid';
