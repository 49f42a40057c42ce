// Reads the AADSTS number from an error: `errorNo` first (MSAL takes it from `error_codes` or the
// `error_uri`), else the `AADSTSnnnnn` in the message. Only the number is read from the text.
import { signInCodeFindings, type CodeKey, type SignInCodeFamily } from '../registry/codes.ts';
import type { FindingId } from '../registry/findings.ts';
import type { AuthErrorInfo } from './trace.ts';

export function aadstsNumber(
	error: Pick<AuthErrorInfo, 'errorNo' | 'message'>,
): string | undefined {
	const fromErrorNo = error.errorNo?.match(/\d+/)?.[0];
	if (fromErrorNo) return fromErrorNo;
	return error.message?.match(/AADSTS(\d+)/)?.[1];
}

/** A known code: the finding it leads to, and its key (for its meaning and its look-up). */
export interface KnownCode {
	finding: FindingId;
	key: CodeKey;
}

const lookup = (family: SignInCodeFamily, key: string | undefined): KnownCode | undefined => {
	const map = signInCodeFindings[family];
	return key !== undefined && Object.hasOwn(map, key)
		? { finding: map[key]!, key: `${family}:${key}` }
		: undefined;
};

/** The code that decided, and its entry; `entry` is missing when nothing in the map knows it. */
export interface DecidingCode {
	/** What the user can look up: `AADSTS90094`, or the MSAL/OAuth code and sub-error. */
	label: string;
	entry?: KnownCode;
	/** The AADSTS number, when the error carried one. */
	number?: string;
}

/**
 * Which known code explains an error: a known AADSTS number decides; then a deciding sub-error
 * (`cancel`, `redirect_bridge_timeout`); then the error code.
 */
export function decidingCode(error: AuthErrorInfo): DecidingCode {
	const number = aadstsNumber(error);
	const byNumber = lookup('aadsts', number);
	if (byNumber) return { label: `AADSTS${number}`, entry: byNumber, number: number! };
	const numbered = number === undefined ? {} : { number };
	const subError = error.subError?.toLowerCase();
	const bySubError = lookup('sub-error', subError);
	if (bySubError)
		return { label: `${error.errorCode} / ${error.subError}`, entry: bySubError, ...numbered };
	const code = error.errorCode.toLowerCase();
	const label =
		number !== undefined
			? `AADSTS${number}`
			: [error.errorCode, error.subError].filter(Boolean).join(' / ');
	// A number we do not know says more than its generic code: access_denied with one is some
	// other refusal, not a declined consent, and interaction_required with one is not a bare prompt.
	if (number !== undefined && code !== 'consent_required') return { label, ...numbered };
	const byCode = lookup('auth', code);
	return byCode ? { label, entry: byCode, ...numbered } : { label, ...numbered };
}

/** The finding for a sign-in error; an unknown number or code is `sign-in-failed`. */
export function findingForAuthError(error: AuthErrorInfo): FindingId {
	return decidingCode(error).entry?.finding ?? 'sign-in-failed';
}
