// Collects what the browser saw during one check (the sign-in outcome and every Graph exchange)
// into a version 1 trace for the engine. Nothing secret goes in: no request headers, no tokens.
import type { Trace } from '../engine/index.ts';

export type SignInPart = Trace['signIn'];
export type GraphExchange = Trace['graph'][number];

/** Response headers worth keeping; anything else (cookies, ids of other systems) is dropped. */
const KEPT_HEADERS = new Set(['retry-after', 'content-type', 'request-id', 'client-request-id', 'x-ms-ags-diagnostic']);

/** Lower-cases header names and keeps only the ones a diagnosis can use. */
export function keepHeaders(headers: Record<string, string> | Headers | undefined): Record<string, string> {
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
		return value.replace(/Bearer\s+[\w.~+/-]+=*/gi, 'Bearer [removed]').replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token removed]');
	}
	if (Array.isArray(value)) return value.map(scrub);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
	}
	return value;
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
		const kept: GraphExchange = { ...entry, headers: keepHeaders(entry.headers), body: scrub(entry.body) };
		if (entry.requestBody !== undefined) kept.requestBody = scrub(entry.requestBody);
		this.#graph.push(kept);
	}

	get exchanges(): readonly GraphExchange[] {
		return this.#graph;
	}

	/** The trace so far. Throws if sign-in was never recorded: a trace without it means nothing. */
	toTrace(): Trace {
		if (!this.#signIn) throw new Error('The trace has no sign-in outcome yet.');
		return { version: 1, capturedAt: this.#now().toISOString(), signIn: this.#signIn, graph: [...this.#graph] };
	}
}
