// What a failed answer means, as Microsoft means it. Codes decide (innerError.code first: Graph puts
// the real reason there for some refusals), then the few refusals Microsoft names only in words
// (registry.graphErrorMessages, each with its source), then the status: a 401, or a 403 while the
// token lacks a permission the request needs, is a reconnect; anything else not named is
// `graph-request-refused`, for that request's features alone.
import type { EngineGraphCode, EngineProbe, EngineRegistry, FindingId } from './engine-registry.ts';
import { isSuccess, type Outcome } from './exchanges.ts';
import { graphError } from './read.ts';

function lookup(
	map: Readonly<Record<string, EngineGraphCode>>,
	code: string | undefined,
): EngineGraphCode | undefined {
	if (!code) return undefined;
	if (Object.hasOwn(map, code)) return map[code];
	const lower = code.toLowerCase();
	const key = Object.keys(map).find((k) => k.toLowerCase() === lower);
	return key === undefined ? undefined : map[key];
}

/** Mailbox codes that mean "no mailbox" on any request, probe or not. */
function mailboxCode(registry: EngineRegistry, body: unknown): boolean {
	const error = graphError(body);
	return [error?.innerCode, error?.code].some((code) => {
		const entry = lookup(registry.graphErrorCodes, code);
		return entry?.finding === 'mailbox-unavailable' && !entry.onlyOutlook;
	});
}

export interface RefusalContext {
	registry: EngineRegistry;
	/** The probe the answer is for; undefined for any other request. */
	probe: EngineProbe | undefined;
	/** The token lacks a permission a feature resting on this probe needs. */
	scopeMissing: boolean;
}

/** The finding a final answer points at, or undefined for a success (or a request that proves nothing). */
export function refusalOf(
	outcome: Pick<Outcome, 'status' | 'body'>,
	{ registry, probe, scopeMissing }: RefusalContext,
): FindingId | undefined {
	if (isSuccess(outcome)) return undefined;
	// Requests that are not probes are no evidence for any feature; only "no mailbox" is read from them.
	if (!probe)
		return outcome.status === 404 && mailboxCode(registry, outcome.body)
			? 'mailbox-unavailable'
			: undefined;
	if (outcome.status === 429) return 'graph-throttled';
	if (outcome.status === 0 || outcome.status >= 500) return 'graph-unavailable';
	const error = graphError(outcome.body);
	for (const code of [error?.innerCode, error?.code]) {
		const entry = lookup(registry.graphErrorCodes, code);
		if (entry && (!entry.onlyOutlook || probe.outlook)) return entry.finding;
	}
	const message = error?.message?.toLowerCase();
	if (message) {
		for (const [words, entry] of Object.entries(registry.graphErrorMessages))
			if (message.startsWith(words.toLowerCase())) return entry.finding;
	}
	if (outcome.status === 401 || (outcome.status === 403 && scopeMissing))
		return 'reconnect-required';
	return 'graph-request-refused';
}

const EMAIL = /[^\s@'"<>()]+@[^\s@'"<>()]+\.[a-z]{2,}/gi;

/** Graph's own words for a refusal, for `details`: code, inner code, request id, date, and its message with any address masked. */
export function describeRefusal(
	outcome: Pick<Outcome, 'method' | 'path' | 'status' | 'body' | 'attempts'>,
	probeId: string | undefined,
): string {
	if (outcome.attempts === 0) return `${probeId ?? outcome.path}: no answer recorded`;
	const where = probeId
		? `${probeId} (${outcome.method} ${outcome.path})`
		: `${outcome.method} ${outcome.path}`;
	if (outcome.status === 0)
		return `${where}: no answer${outcome.attempts > 1 ? ` after ${outcome.attempts} tries` : ''}`;
	const error = graphError(outcome.body);
	const parts = [
		`${outcome.status}${outcome.attempts > 1 ? ` after ${outcome.attempts} tries` : ''}`,
		error ? `code ${error.code}${error.innerCode ? ` (inner ${error.innerCode})` : ''}` : undefined,
		error?.message ? `"${error.message.slice(0, 200).replace(EMAIL, '(address)')}"` : undefined,
		error?.requestId ? `request id ${error.requestId}` : undefined,
		error?.date ? `at ${error.date}` : undefined,
	].filter(Boolean);
	return `${where}: ${parts.join(', ')}`;
}
