// The sandbox's Entra errors: the texts are the ones the tests read (fixtures/entra-errors.ts);
// the sandbox stamps each answer with fresh trace and correlation ids and its own clock, as Entra does.
import {
	entraErrorBody as stampedBody,
	entraErrorParams as stampedParams,
	entraTimestamp,
	type EntraError,
	type EntraStamp,
} from '../fixtures/entra-errors.ts';
import { newId } from './http.ts';

export { entraErrors, type EntraError } from '../fixtures/entra-errors.ts';

const stamp = (now: Date): EntraStamp => ({
	traceId: newId(),
	correlationId: newId(),
	timestamp: entraTimestamp(now),
});

/** The JSON body the token and metadata endpoints send. */
export const entraErrorBody = (error: EntraError, now: Date) => stampedBody(error, stamp(now));

/** The parameters an authorize error carries back to the redirect URI. */
export const entraErrorParams = (error: EntraError, state: string | undefined, now: Date) =>
	stampedParams(error, state, stamp(now));
