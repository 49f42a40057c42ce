// The `state` an admin consent link carries, kept in sessionStorage so the consent-result page can
// tell that an answer comes from a link this browser made. The consent helper and the checker's
// hand-off write it; the result page (/teams/admin-consent/result/) reads it.

/**
 * The sessionStorage key the helper, the checker's hand-off and the result page agree on. Never
 * rename it: a link in flight would fail its check.
 */
export const ADMIN_CONSENT_STATE_KEY = 'claras.adminConsent.state';

/** What a storage needs for this: sessionStorage in the browser, a Map-backed fake in tests. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A fresh unguessable state: 16 random bytes, base64url (22 characters). */
export function newConsentState(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
	const bytes = random(new Uint8Array(16));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Stores the state a link is about to carry, replacing any earlier one (the newest link wins). */
export function rememberConsentState(storage: StateStorage, state: string): void {
	storage.setItem(ADMIN_CONSENT_STATE_KEY, state);
}

/**
 * How a returned `state` compares with the stored one: `match` (this browser made the link),
 * `mismatch` (it made another one: an old link, or a forged answer) or `unknown` (no link was made
 * in this browser session, e.g. the link was sent to another admin). Clears the stored state on a
 * match so an answer cannot be replayed.
 */
export function checkReturnedState(
	storage: StateStorage,
	returned: string | null | undefined,
): 'match' | 'mismatch' | 'unknown' {
	const stored = storage.getItem(ADMIN_CONSENT_STATE_KEY);
	if (!stored) return 'unknown';
	if (!returned || returned !== stored) return 'mismatch';
	storage.removeItem(ADMIN_CONSENT_STATE_KEY);
	return 'match';
}
