// Reads what Microsoft's admin consent endpoint sent back to /teams/admin-consent/result/, and what
// the page may conclude from it. Entra's documented answers (entra-docs
// identity-platform/v2-admin-consent.md): success `admin_consent=True&tenant=…&scope=…&state=…`;
// an error `error=…&error_description=AADSTSnnnnn: …&state=…`, often beside `admin_consent=True`
// (a decline reads `admin_consent=True&error=consent_required&error_description=AADSTS65004…`).
// Anyone can type such an address, so nothing in it is taken as proof (see readConsentOutcome).

export type ConsentAnswer =
	| { kind: 'none' }
	| { kind: 'granted'; tenant: string | undefined; scopes: string[]; state: string | undefined }
	| {
			kind: 'error';
			error: string;
			description: string | undefined;
			subcode: string | undefined;
			/** The AADSTS number: Entra's `error_codes` when sent, else the one the description starts with. */
			code: string | undefined;
			state: string | undefined;
	  };

/** How the returned `state` compares with the one this browser issued (src/admin/consent-state.ts). */
export type StateCheck = 'match' | 'mismatch' | 'unknown';

/** What the page tells the admin. Only `approved` says consent was granted, and only on a matching state. */
export type ConsentOutcome =
	| { kind: 'none' }
	| { kind: 'approved'; tenant: string | undefined; scopes: string[] }
	/** The link says approved, but this browser did not issue its `state` (or issued another one). */
	| { kind: 'unconfirmed'; stateCheck: 'mismatch' | 'unknown' }
	| {
			kind: 'declined' | 'cancelled' | 'not-admin' | 'wrong-tenant' | 'unknown';
			error: string;
			code: string | undefined;
			quoted: string | undefined;
	  };

/** The longest `error_description` the page repeats: Entra's run to about 300 characters. */
export const QUOTE_LIMIT = 500;

const AADSTS = /AADSTS(\d{4,9})/;

function codeOf(params: URLSearchParams, description: string | undefined): string | undefined {
	// `error_codes` arrives as "65004" or "[65004]" when Entra adds it; branch on the number, never the text.
	const listed = params.get('error_codes')?.match(/\d{4,9}/)?.[0];
	return listed ?? description?.match(AADSTS)?.[1];
}

export function readConsentAnswer(search: string): ConsentAnswer {
	const params = new URLSearchParams(search);
	const state = params.get('state') ?? undefined;
	const error = params.get('error');
	if (error) {
		const description = params.get('error_description') ?? undefined;
		return {
			kind: 'error',
			error,
			description,
			subcode: params.get('error_subcode') ?? undefined,
			code: codeOf(params, description),
			state,
		};
	}
	if ((params.get('admin_consent') ?? '').toLowerCase() === 'true') {
		const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
		return { kind: 'granted', tenant: params.get('tenant') ?? undefined, scopes, state };
	}
	return { kind: 'none' };
}

/**
 * Codes that mean the account cannot grant consent for the organisation. A non-admin who opens the
 * admin consent link sees "Need admin approval" (AADSTS90094; no request form there even with the
 * workflow on, MicrosoftDocs/azure-docs#51804); 90093 is "requesting permissions you aren't
 * authorized to grant" and 90095 the same with the admin consent workflow on (entra-docs
 * application-sign-in-unexpected-user-consent-error.md).
 */
const NOT_ADMIN = new Set(['90093', '90094', '90095']);
/**
 * The account is not in the organisation the link is for: 50020 (not a member or guest), 50034
 * (not in the directory), 90072 (must be added as an external user first), 500208/500200 (a
 * personal account), 90002 (no such tenant) (entra-docs reference-error-codes.md).
 */
const WRONG_TENANT = new Set(['50020', '50034', '90072', '500208', '500200', '90002']);

/**
 * The error text as the page may repeat it: one line, no control characters, at most QUOTE_LIMIT
 * characters. It is shown as text, inside quotation marks, as what the link said.
 */
export function quoteOf(description: string | undefined): string | undefined {
	// eslint-disable-next-line no-control-regex
	const line = description
		?.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (!line) return undefined;
	return line.length > QUOTE_LIMIT ? `${line.slice(0, QUOTE_LIMIT - 1)}…` : line;
}

export function readConsentOutcome(answer: ConsentAnswer, stateCheck: StateCheck): ConsentOutcome {
	if (answer.kind === 'none') return { kind: 'none' };
	if (answer.kind === 'granted') {
		// Microsoft: "Never use the tenant ID value of the tenant parameter to authenticate or authorize
		// users ... can be updated and sent by bad actors" (v2-admin-consent.md). Only the state this
		// browser issued ties the answer to a real consent.
		if (stateCheck !== 'match') return { kind: 'unconfirmed', stateCheck };
		return { kind: 'approved', tenant: answer.tenant, scopes: answer.scopes };
	}
	const { error, code } = answer;
	const base = { error, code, quoted: quoteOf(answer.description) };
	if (code === '65004') return { kind: 'declined', ...base };
	if (code && NOT_ADMIN.has(code)) return { kind: 'not-admin', ...base };
	if (code && WRONG_TENANT.has(code)) return { kind: 'wrong-tenant', ...base };
	// "Return to the application without granting consent" and Cancel come back as
	// access_denied + error_subcode=cancel, with no AADSTS number (fixtures/identity.ts
	// msalServerError.cancelled; MicrosoftDocs/azure-docs#51804); older
	// answers read error=permission_denied, "The admin canceled the request".
	if (!code && (error === 'access_denied' || error === 'permission_denied'))
		return { kind: 'cancelled', ...base };
	return { kind: 'unknown', ...base };
}
