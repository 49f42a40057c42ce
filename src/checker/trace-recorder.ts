// Collects what the browser saw during one check (the sign-in outcome and every Graph exchange)
// into a version 1 trace for the engine. Nothing secret goes in: no request headers, no tokens. And
// nothing personal: of each Graph body only ids, flags, dates, codes and licence identifiers are
// kept (an allow-list of property names), because an adviser's meetings are with their clients.
import type { Trace } from '../engine/index.ts';

export type SignInPart = Trace['signIn'];
export type GraphExchange = Trace['graph'][number];

/** Response headers worth keeping; anything else (cookies, ids of other systems) is dropped. */
const KEPT_HEADERS = new Set([
	'retry-after',
	'content-type',
	'request-id',
	'client-request-id',
	'x-ms-ags-diagnostic',
]);

/** Lower-cases header names and keeps only the ones a diagnosis can use. */
export function keepHeaders(
	headers: Record<string, string> | Headers | undefined,
): Record<string, string> {
	const out: Record<string, string> = {};
	if (!headers) return out;
	const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
	for (const [name, value] of entries) {
		const key = name.toLowerCase();
		if (KEPT_HEADERS.has(key) && typeof value === 'string') out[key] = value;
	}
	return out;
}

/** Removes anything shaped like a bearer token or JWT from a recorded value. */
function scrub(value: unknown): unknown {
	if (typeof value === 'string') {
		return value
			.replace(/Bearer\s+[\w.~+/-]+=*/gi, 'Bearer [removed]')
			.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token removed]');
	}
	if (Array.isArray(value)) return value.map(scrub);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
	}
	return value;
}

/** Properties kept wherever they appear: ids, flags, dates, kinds and licence identifiers. */
const KEPT_NAMES = new Set([
	'id',
	'value',
	'start',
	'end',
	'dateTime',
	'timeZone',
	'chatType',
	'onlineMeetingProvider',
	'onlineMeeting',
	// A join URL identifies a meeting (its thread id, the tenant and organiser ids), nothing more; the
	// engine matches it to the stage 2 request, whose $filter holds it anyway.
	'joinUrl',
	'joinWebUrl',
	'skuPartNumber',
	'servicePlans',
	'servicePlanName',
	'appliesTo',
	'assignedPlans',
	'service',
	'totalParticipantCount',
	'@odata.count',
	// Ids by name, not by an `…Id` pattern: conferenceId is a dial-in code, not an id to keep.
	'skuId',
	'servicePlanId',
	'meetingId',
	'chatId',
	'threadId',
	'tenantId',
	'seriesMasterId',
	'iCalUId',
]);
/** Name patterns kept: `…DateTime` dates, `is…` flags, `…Status` states (provisioning, capability). */
const KEPT_PATTERNS = [/^\w+DateTime$/, /^is[A-Z]\w*$/, /^\w+Status$/];
/** What an error body keeps (Graph's shape: `{ error: { code, message, innerError } }`). */
const ERROR_NAMES = new Set([
	'code',
	'message',
	'innerError',
	'request-id',
	'client-request-id',
	'date',
]);
/** The envelope of a `$batch` answer; each part's body is a probe body again. */
const BATCH_PART_NAMES = new Set(['id', 'status', 'headers', 'body']);

const keptName = (name: string) =>
	KEPT_NAMES.has(name) || KEPT_PATTERNS.some((pattern) => pattern.test(name));
const isRecord = (value: unknown): value is Record<string, unknown> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/** Keeps, at any depth, only allow-listed properties; an error body keeps its code, message and ids. */
export function keepIdentifiers(value: unknown, depth = 0): unknown {
	// Graph nests a few levels; anything deeper is no evidence worth keeping (and no stack to spend).
	if (depth > 32) return null;
	if (Array.isArray(value)) return value.map((inner) => keepIdentifiers(inner, depth + 1));
	if (!isRecord(value)) return typeof value === 'string' ? value.slice(0, 2000) : value;
	const out: Record<string, unknown> = {};
	for (const [name, inner] of Object.entries(value)) {
		if (name === 'error' && isRecord(inner)) out[name] = keepError(inner);
		else if (keptName(name)) out[name] = keepIdentifiers(inner, depth + 1);
	}
	return out;
}

function keepError(error: Record<string, unknown>, depth = 0): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, inner] of Object.entries(error)) {
		if (!ERROR_NAMES.has(name)) continue;
		if (isRecord(inner)) {
			if (depth < 4) out[name] = keepError(inner, depth + 1);
		} else if (typeof inner === 'string') out[name] = inner.slice(0, 2000);
	}
	return out;
}

/** A Graph body as recorded: a `$batch` answer part by part, any other body through the allow-list. */
export function keepGraphBody(body: unknown): unknown {
	if (typeof body === 'string') return '[a body that is not JSON, not kept]';
	const responses = isRecord(body) ? body['responses'] : undefined;
	if (!Array.isArray(responses)) return keepIdentifiers(body);
	return {
		responses: responses.map((part: unknown) => {
			if (!isRecord(part)) return null;
			const kept: Record<string, unknown> = {};
			for (const name of BATCH_PART_NAMES) {
				if (!(name in part)) continue;
				if (name === 'headers')
					kept[name] = isRecord(part[name])
						? keepHeaders(part[name] as Record<string, string>)
						: {};
				else if (name === 'body') kept[name] = keepIdentifiers(part[name]);
				else kept[name] = part[name];
			}
			return kept;
		}),
	};
}

export class TraceRecorder {
	#signIn: SignInPart | undefined;
	#graph: GraphExchange[] = [];
	#now: () => Date;

	constructor(now: () => Date = () => new Date()) {
		this.#now = now;
	}

	/** Records how sign-in ended; a later call (e.g. after a reconnect) replaces it. */
	signIn(part: SignInPart): void {
		this.#signIn = scrub(part) as SignInPart;
	}

	/** Records one Graph exchange; `status` 0 means it never got an answer. */
	exchange(entry: GraphExchange): void {
		const kept: GraphExchange = {
			...entry,
			headers: keepHeaders(entry.headers),
			body: scrub(keepGraphBody(entry.body)),
		};
		if (entry.requestBody !== undefined) kept.requestBody = scrub(entry.requestBody);
		this.#graph.push(kept);
	}

	get exchanges(): readonly GraphExchange[] {
		return this.#graph;
	}

	/** The trace so far. Throws if sign-in was never recorded: a trace without it means nothing. */
	toTrace(): Trace {
		if (!this.#signIn) throw new Error('The trace has no sign-in outcome yet.');
		return {
			version: 1,
			capturedAt: this.#now().toISOString(),
			signIn: this.#signIn,
			graph: [...this.#graph],
		};
	}
}
