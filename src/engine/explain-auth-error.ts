// Explains an OAuth error that came back in a redirect (e.g. to the admin consent result page):
// `error`, `error_description`, `error_subcode`, `error_codes` → the matching catalogue finding.
import { findings } from '../registry/findings.ts';
import { aadstsNumber, findingForAuthError } from './aadsts.ts';
import type { Finding } from './report.ts';
import { toFinding } from './runner.ts';

export interface OAuthErrorParams {
	/** @example 'access_denied' */
	error: string;
	/** @example 'AADSTS65004: User declined to consent to access the app. …' */
	error_description?: string | undefined;
	/** @example 'cancel' */
	error_subcode?: string | undefined;
	/** Entra's `error_codes`: numbers, or a string such as `"65004"` or `"[65004]"` from a query. */
	error_codes?: readonly (number | string)[] | string | undefined;
}

export function explainAuthError(params: OAuthErrorParams): Finding {
	const codes =
		typeof params.error_codes === 'string' ? [params.error_codes] : (params.error_codes ?? []);
	const errorNo = codes.map((code) => String(code).match(/\d+/)?.[0]).find(Boolean);
	const error = {
		errorCode: params.error || 'unknown_error',
		...(params.error_subcode ? { subError: params.error_subcode } : {}),
		...(errorNo ? { errorNo } : {}),
		...(params.error_description ? { message: params.error_description } : {}),
	};
	const number = aadstsNumber(error);
	const details = [
		number ? `AADSTS${number}` : undefined,
		[error.errorCode, params.error_subcode].filter(Boolean).join(' / '),
	]
		.filter(Boolean)
		.join(', ');
	return toFinding({ id: findingForAuthError(error), details: `${details}.` }, findings);
}
