// Turns what MSAL threw (or the checker's own Cancel) into the trace's signIn error part, keeping
// only the fields it had, and what the sign-in asked for so the engine can read a 65001 rightly.
import type { AuthLikeError } from './cancel-explanation.ts';
import type { SignInPart } from './trace-recorder.ts';

/** What the sign-in asked for and who the account is, where known. */
export interface RequestFacts {
	requestedScopes?: readonly string[];
	userIsAdmin?: boolean | undefined;
}

export function signInError(error: unknown, facts: RequestFacts = {}): SignInPart {
	const e = (error && typeof error === 'object' ? error : {}) as AuthLikeError;
	const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
	const errorCode = text(e.errorCode) ?? 'unknown_error';
	const details = {
		subError: text(e.subError),
		errorNo: text(e.errorNo) ?? (typeof e.errorNo === 'number' ? String(e.errorNo) : undefined),
		message: text(e.errorMessage) ?? text(e.message),
		correlationId: text(e.correlationId),
	};
	const fields = Object.fromEntries(
		Object.entries(details).filter(([, value]) => value !== undefined),
	);
	return {
		outcome: 'error',
		error: { errorCode, ...fields },
		...(facts.requestedScopes?.length ? { requestedScopes: [...facts.requestedScopes] } : {}),
		...(facts.userIsAdmin !== undefined ? { userIsAdmin: facts.userIsAdmin } : {}),
	} as SignInPart;
}

/** The error the checker records when the adviser presses Cancel (MSAL's own code for a cancel). */
export function cancelledInChecker(phase: 'signing-in' | 'probing'): SignInPart {
	const where =
		phase === 'signing-in'
			? 'while the Microsoft sign-in was open'
			: 'while the checker was reading Microsoft 365';
	return signInError({
		errorCode: 'user_cancelled',
		message: `user_cancelled: Cancel was pressed in the checker ${where}.`,
	});
}
