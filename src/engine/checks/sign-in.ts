// Sign-in errors: MSAL's and Entra's errors, mapped by number and code (src/registry/error-codes.ts).
// The details name the code that decided, in plain words, or where Microsoft explains an unknown one.
import { microsoftErrorPage } from '../../microsoft.ts';
import { decidingCode } from '../aadsts.ts';
import type { Check } from '../context.ts';
import type { EnginePermission } from '../engine-registry.ts';
import { scopeKey } from '../scopes.ts';

/** Whether a request asked for a permission only an admin may grant (`.default` asks for all configured). */
export function holdsAdminOnlyPermission(
	requested: readonly string[] | undefined,
	permissions: readonly Pick<EnginePermission, 'claim' | 'adminConsentRequired'>[],
): boolean {
	const adminOnly = new Set(
		permissions.filter((p) => p.adminConsentRequired).map((p) => scopeKey(p.claim)),
	);
	return (requested ?? []).some((scope) => {
		const key = scopeKey(scope);
		return adminOnly.has(key) || (key === '.default' && adminOnly.size > 0);
	});
}

export const signInCheck: Check = ({ trace, personal, registry }) => {
	if (trace.signIn.outcome !== 'error') return [];
	const { error, requestedScopes, userIsAdmin } = trace.signIn;
	const decided = decidingCode(error);
	let id = decided.entry?.finding ?? 'sign-in-failed';
	// 50020 for an identity we know is personal is the personal-account problem, not a missing user.
	if (id === 'account-not-in-tenant' && personal) id = 'personal-account';
	// Entra answers prompt=none with 65001 consent_required even for a user who may not consent
	// (MSAL-js #3413): for admin-only permissions and no known admin, only an admin can help.
	const adminNeeded =
		id === 'consent-needed' &&
		userIsAdmin !== true &&
		holdsAdminOnlyPermission(requestedScopes, registry.permissions);
	if (adminNeeded) id = 'admin-approval-required';
	const { number } = decided;
	const parts = [
		number ? `AADSTS${number}` : undefined,
		[error.errorCode, error.subError].filter(Boolean).join(' / '),
		error.correlationId ? `correlation id ${error.correlationId}` : undefined,
	].filter(Boolean);
	// A known code's meaning, when the registry was given it (the checker's comes from its page).
	const meaning = decided.entry ? registry.codeMeanings[decided.entry.key] : undefined;
	let explained = meaning ? ` ${meaning}` : '';
	if (!decided.entry)
		explained = number
			? ` Claras does not know this code; Microsoft explains it at ${microsoftErrorPage(number)}.`
			: ` Claras does not know the code ${decided.label}.`;
	const why = adminNeeded ? ' The request holds permissions only an administrator may grant.' : '';
	const workflow =
		number === '90095'
			? ' Your organisation lets you send a request: use "Request approval" in the Microsoft window.'
			: '';
	return [{ id, details: `${parts.join(', ')}.${explained}${why}${workflow}` }];
};
