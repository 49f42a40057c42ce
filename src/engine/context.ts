// What every check reads: the trace, the final answer of each Graph request, the scope comparison
// and who signed in. Built once per diagnosis so checks stay small and pure.
import type { FindingId } from '../registry/findings.ts';
import { aadstsNumber } from './aadsts.ts';
import { isPersonalAccount } from './checks/account-type.ts';
import { finalOutcomes, type Outcome } from './exchanges.ts';
import { scopeStatus, type ScopeStatus } from './scopes.ts';
import type { Trace } from './trace.ts';

export interface CheckContext {
	trace: Trace;
	/** The final answer of each distinct Graph request (batches unpacked). */
	outcomes: Outcome[];
	scopes: ScopeStatus;
	/** Signed in (or failed) with a personal Microsoft account. */
	personal: boolean;
	/** Signed in successfully with a work account: the checks on permissions, licences and Graph apply. */
	signedInAtWork: boolean;
}

/** A finding as a check reports it; the runner adds the catalogue's wording. */
export interface FindingDraft {
	id: FindingId;
	/** What in this trace led to it, for the person reading the report. */
	details?: string;
}

/** One check: one concern, typed findings out. */
export type Check = (context: CheckContext) => FindingDraft[];

/**
 * AADSTS500208 is always a personal account; AADSTS50020 is one when Entra names the account's
 * identity provider as live.com (no claims exist for a refused sign-in). (Checker helper.)
 */
function personalIdentityRefused(signIn: Trace['signIn']): boolean {
	if (signIn.outcome !== 'error') return false;
	const number = aadstsNumber(signIn.error);
	return number === '500208' || (number === '50020' && /identity provider 'live\.com'/i.test(signIn.error.message ?? ''));
}

export function createContext(trace: Trace): CheckContext {
	const personal = isPersonalAccount(trace.signIn.idTokenClaims) || personalIdentityRefused(trace.signIn);
	return {
		trace,
		outcomes: finalOutcomes(trace.graph),
		scopes: scopeStatus(trace.signIn),
		personal,
		signedInAtWork: trace.signIn.outcome === 'success' && !personal,
	};
}
