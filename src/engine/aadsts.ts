// Reads the AADSTS number from an error: `errorNo` first (MSAL takes it from `error_codes` or the
// `error_uri`), else the `AADSTSnnnnn` in the message. Only the number is read from the text.
import { aadstsCodes, authErrorCodes, subErrorCodes, type CodeEntry } from '../registry/error-codes.ts';
import type { FindingId } from '../registry/findings.ts';
import type { AuthErrorInfo } from './trace.ts';

export function aadstsNumber(error: Pick<AuthErrorInfo, 'errorNo' | 'message'>): string | undefined {
	const fromErrorNo = error.errorNo?.match(/\d+/)?.[0];
	if (fromErrorNo) return fromErrorNo;
	return error.message?.match(/AADSTS(\d+)/)?.[1];
}

const lookup = (map: Readonly<Record<string, CodeEntry>>, key: string | undefined): FindingId | undefined =>
	key !== undefined && Object.hasOwn(map, key) ? map[key]!.finding : undefined;

/**
 * The finding for a sign-in error: a known AADSTS number decides; then a deciding sub-error
 * (`cancel`); then the error code. An unknown number with a generic code is `sign-in-failed`.
 */
export function findingForAuthError(error: AuthErrorInfo): FindingId {
	const number = aadstsNumber(error);
	const byNumber = lookup(aadstsCodes, number);
	if (byNumber) return byNumber;
	const bySubError = lookup(subErrorCodes, error.subError?.toLowerCase());
	if (bySubError) return bySubError;
	const code = error.errorCode.toLowerCase();
	// access_denied with a number we do not know is some other refusal, not a declined consent.
	if (number !== undefined && code === 'access_denied') return 'sign-in-failed';
	return lookup(authErrorCodes, code) ?? 'sign-in-failed';
}
