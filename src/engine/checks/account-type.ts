// Account type: a personal Microsoft account (the consumer tenant, or a live.com identity invited
// into an organisation) cannot give Claras Teams meetings, recordings or transcripts.
import { CONSUMER_TENANT_ID } from '../../microsoft.ts';
import type { Check } from '../context.ts';
import type { IdTokenClaims } from '../trace.ts';

const PERSONAL_IDPS = new Set(['live.com', `https://sts.windows.net/${CONSUMER_TENANT_ID}/`]);

/** The tenant in the claims: `tid`, else the GUID or domain in the issuer. */
export function tenantFromClaims(claims: IdTokenClaims | undefined): string | undefined {
	if (!claims) return undefined;
	if (claims.tid) return claims.tid.toLowerCase();
	const fromIssuer = claims.iss?.match(/^https:\/\/[^/]+\/([^/]+)\/v2\.0\/?$/i)?.[1];
	return fromIssuer?.toLowerCase();
}

export function isPersonalAccount(claims: IdTokenClaims | undefined): boolean {
	if (!claims) return false;
	return (
		tenantFromClaims(claims) === CONSUMER_TENANT_ID ||
		PERSONAL_IDPS.has(claims.idp?.toLowerCase() ?? '')
	);
}

export const accountTypeCheck: Check = ({ trace, personal }) => {
	if (trace.signIn.outcome !== 'success' || !personal) return [];
	const claims = trace.signIn.idTokenClaims;
	const how = claims.idp ? `identity provider ${claims.idp}` : `tenant ${tenantFromClaims(claims)}`;
	// No username here: details travel into the copyable report, which masks it unless asked.
	return [
		{ id: 'personal-account', details: `Signed in with a personal Microsoft account (${how}).` },
	];
};
