// Sign-in errors: MSAL's and Entra's errors, mapped by number and code (src/registry/error-codes.ts).
import { aadstsNumber, findingForAuthError } from '../aadsts.ts';
import type { Check } from '../context.ts';

export const signInCheck: Check = ({ trace, personal }) => {
	if (trace.signIn.outcome !== 'error') return [];
	const { error } = trace.signIn;
	let id = findingForAuthError(error);
	// 50020 for an identity we know is personal is the personal-account problem, not a missing user.
	if (id === 'account-not-in-tenant' && personal) id = 'personal-account';
	const number = aadstsNumber(error);
	const parts = [
		number ? `AADSTS${number}` : undefined,
		[error.errorCode, error.subError].filter(Boolean).join(' / '),
		error.correlationId ? `correlation id ${error.correlationId}` : undefined,
	].filter(Boolean);
	const workflow = number === '90095' ? ' Your organisation lets you send a request: use "Request approval" in the Microsoft window.' : '';
	return [{ id, details: `${parts.join(', ')}.${workflow}` }];
};
