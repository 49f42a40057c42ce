// Reads the Graph part of a trace: unpacks JSON batches into their parts, groups retries of the
// same request, and keeps each request's final answer (a 429 followed by a 200 is a success).
import { features, registry } from '../registry/index.ts';
import type { FeatureId } from '../registry/index.ts';
import { batchRequestBodySchema, batchResponseBodySchema, graphErrorBodySchema } from './graph-schemas.ts';
import type { GraphExchange } from './trace.ts';

/** A request's final answer. */
export interface Outcome {
	method: string;
	/** The path below the version root, lower case, without the query. @example '/me/mailboxsettings' */
	path: string;
	status: number;
	body: unknown;
	/** How many answers this request got (retries included). */
	attempts: number;
	/** The registry probe it matches, if any. */
	probeId?: string;
	/** The feature whose probe it is; undefined for base probes and other requests. */
	featureId?: FeatureId;
}

/** `https://graph.microsoft.com/v1.0/me/calendarView?…` → `/me/calendarview`. Never throws. */
export function graphPath(url: string): string {
	let pathname: string;
	try {
		pathname = new URL(url, 'https://graph.microsoft.com/v1.0/').pathname;
	} catch {
		pathname = url.split(/[?#]/)[0] ?? '';
	}
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// Keep the raw path: a stray % is not worth failing a diagnosis over.
	}
	const lower = path.toLowerCase();
	const version = lower.match(/\/(v1\.0|beta)(?=\/|$)/);
	const below = version?.index !== undefined ? lower.slice(version.index + version[0].length) : lower;
	const clean = `/${below.replace(/^\/+/, '').replace(/\/+$/, '')}`;
	return clean;
}

const probeIndex = new Map<string, { probeId: string; featureId?: FeatureId }>([
	...registry.baseProbes.map((p) => [graphPath(p.path), { probeId: p.id }] as const),
	...features.flatMap((f) => f.probes.map((p) => [graphPath(p.path), { probeId: p.id, featureId: f.id }] as const)),
]);

/** The code of a Graph error body (`error.code`), if the body is one. */
export function graphErrorCode(body: unknown): string | undefined {
	const parsed = graphErrorBodySchema.safeParse(body);
	return parsed.success ? parsed.data.error.code : undefined;
}

interface Answer {
	method: string;
	path: string;
	status: number;
	body: unknown;
}

/**
 * Each exchange, with a `POST /$batch` answer replaced by its parts. A part that was asked for but
 * never came back, or a batch answer that cannot be read at all, counts as no answer (status 0):
 * a 200 that proves nothing must not pass for a success.
 */
export function answers(graph: readonly GraphExchange[]): Answer[] {
	return graph.flatMap((exchange): Answer[] => {
		const path = graphPath(exchange.url);
		const own = { method: exchange.method, path, status: exchange.status, body: exchange.body };
		if (path !== '/$batch') return [own];
		const requests = batchRequestBodySchema.safeParse(exchange.requestBody);
		const asked = requests.success ? requests.data.requests : [];
		// A batch refused or lost as a whole (429, 5xx, no answer) answered each of its parts so, and
		// a later batch that carries them again replaces that answer: a retried batch can end well.
		const asAnswerTo = (status: number) => asked.map((request) => ({ method: request.method.toUpperCase(), path: graphPath(request.url), status, body: exchange.body }));
		if (exchange.status !== 200) return asked.length > 0 ? asAnswerTo(exchange.status) : [own];
		const parts = batchResponseBodySchema.safeParse(exchange.body);
		const responses = parts.success ? parts.data.responses : [];
		if (!parts.success && asked.length === 0) return [{ ...own, status: 0 }];
		const answered = responses.map((part) => {
			const request = asked.find((r) => r.id === part.id);
			return {
				method: request?.method.toUpperCase() ?? 'GET',
				path: request ? graphPath(request.url) : `/$batch/${part.id.toLowerCase()}`,
				status: part.status,
				body: part.body,
			};
		});
		const missing = asAnswerTo(0).filter((_, index) => !responses.some((part) => part.id === asked[index]!.id));
		return [...answered, ...missing];
	});
}

/** The final answer of each distinct request (method and path), in first-seen order. */
export function finalOutcomes(graph: readonly GraphExchange[]): Outcome[] {
	const outcomes = new Map<string, Outcome>();
	for (const answer of answers(graph)) {
		const key = `${answer.method} ${answer.path}`;
		const previous = outcomes.get(key);
		const probe = probeIndex.get(answer.path);
		outcomes.set(key, {
			...answer,
			attempts: (previous?.attempts ?? 0) + 1,
			...(probe ? { probeId: probe.probeId } : {}),
			...(probe?.featureId ? { featureId: probe.featureId } : {}),
		});
	}
	return [...outcomes.values()];
}

/** The final successful body of `GET <path>`, if any. */
export function successBody(outcomes: readonly Outcome[], path: string): unknown {
	const outcome = outcomes.find((o) => o.method === 'GET' && o.path === path && o.status >= 200 && o.status < 300);
	return outcome?.body;
}

/** How a failed answer reads: the finding it points at, or undefined when it is not a failure we name. */
export type FailureKind = 'graph-throttled' | 'graph-unavailable' | 'mailbox-unavailable' | 'reconnect-required';

export const MAILBOX_ERROR_CODES = new Set(['mailboxnotenabledforrestapi', 'mailboxnotsupportedforrestapi']);

export function failureKind(outcome: Pick<Outcome, 'status' | 'body'>): FailureKind | undefined {
	if (outcome.status === 429) return 'graph-throttled';
	if (outcome.status === 0 || outcome.status >= 500) return 'graph-unavailable';
	if (outcome.status === 404 && MAILBOX_ERROR_CODES.has(graphErrorCode(outcome.body)?.toLowerCase() ?? '')) return 'mailbox-unavailable';
	if (outcome.status === 401 || outcome.status === 403) return 'reconnect-required';
	return undefined;
}
