// Reads the Graph part of a trace: unpacks JSON batches into their parts, groups retries of the
// same request, keeps each request's final answer (a 429 followed by a 200 is a success) and names
// the registry probe each answer is evidence for. Total and linear: hand-written readers, maps by
// id, no recursion into bodies.
import type { EngineProbe } from './engine-registry.ts';
import { asArray, asRecord, asString, field, graphError, MAX_ITEMS } from './read.ts';
import type { GraphExchange } from './trace.ts';

/** A request's final answer. */
export interface Outcome {
	method: string;
	/** The path below the version root, lower case, without the query. @example '/me/calendarview' */
	path: string;
	status: number;
	body: unknown;
	/** How many answers this request got (retries included); 0 for a probe that was never asked. */
	attempts: number;
	/** The registry probe it is evidence for, if any. */
	probeId?: string;
}

/** `https://graph.microsoft.com/v1.0/me/calendarView?…` → `/me/calendarview`. Never throws. */
function graphPath(url: string): string {
	// String work only (no URL parser): cheap on thousands of exchanges, and nothing to throw.
	const pathname = (url.split(/[?#]/, 1)[0] ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// Keep the raw path: a stray % is not worth failing a diagnosis over.
	}
	const lower = path.toLowerCase();
	const version = lower.match(/\/(v1\.0|beta)(?=\/|$)/);
	const below =
		version?.index !== undefined ? lower.slice(version.index + version[0].length) : lower;
	return `/${below.replace(/^\/+/, '').replace(/\/+$/, '')}`;
}

/** Matches answers to probes: each probe's path template, placeholders (`{meetingId}`) as one segment. */
export type ProbeMatcher = (method: string, path: string) => string | undefined;

export function probeMatcher(probes: readonly EngineProbe[]): ProbeMatcher {
	const patterns = probes.map((probe) => {
		const template = graphPath(probe.path).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
		return { id: probe.id, pattern: new RegExp(`^${template.replace(/\{[^}/]*\}/g, '[^/]+')}$`) };
	});
	return (method, path) =>
		method === 'GET' ? patterns.find((p) => p.pattern.test(path))?.id : undefined;
}

/** The code of a Graph error body (`error.code`), if the body is one. */
export function graphErrorCode(body: unknown): string | undefined {
	return graphError(body)?.code;
}

interface Answer {
	method: string;
	path: string;
	status: number;
	body: unknown;
}

interface Part {
	id: string;
	method: string;
	url: string;
}

function batchRequests(requestBody: unknown): Part[] {
	const out: Part[] = [];
	for (const item of asArray(field(requestBody, 'requests')).slice(0, MAX_ITEMS)) {
		const id = asString(field(item, 'id'));
		const url = asString(field(item, 'url'));
		if (id === undefined || url === undefined) continue;
		out.push({
			id,
			method: (asString(field(item, 'method')) ?? 'GET').slice(0, 20).toUpperCase(),
			url: url.slice(0, 8000),
		});
	}
	return out;
}

/**
 * Each exchange, with a `POST /$batch` answer replaced by its parts. A part that was asked for but
 * never came back, or a batch answer that cannot be read at all, counts as no answer (status 0):
 * a 200 that proves nothing must not pass for a success.
 */
export function answers(graph: readonly GraphExchange[]): Answer[] {
	const out: Answer[] = [];
	for (const exchange of graph) {
		const path = graphPath(exchange.url);
		const own = { method: exchange.method, path, status: exchange.status, body: exchange.body };
		if (path !== '/$batch') {
			out.push(own);
			continue;
		}
		const asked = batchRequests(exchange.requestBody);
		// A batch refused or lost as a whole (429, 5xx, no answer) answered each of its parts so, and
		// a later batch that carries them again replaces that answer: a retried batch can end well.
		if (exchange.status !== 200) {
			if (asked.length === 0) out.push(own);
			for (const request of asked)
				out.push({
					method: request.method,
					path: graphPath(request.url),
					status: exchange.status,
					body: exchange.body,
				});
			continue;
		}
		const responses = field(exchange.body, 'responses');
		if (!Array.isArray(responses) && asked.length === 0) {
			out.push({ ...own, status: 0 });
			continue;
		}
		const byId = new Map(asked.map((request) => [request.id, request]));
		const answered = new Set<string>();
		for (const part of asArray(responses).slice(0, MAX_ITEMS)) {
			const id = asString(field(part, 'id'));
			const status = field(part, 'status');
			if (id === undefined || answered.has(id)) continue;
			answered.add(id);
			const request = byId.get(id);
			out.push({
				method: request?.method ?? 'GET',
				path: request ? graphPath(request.url) : `/$batch/${id.slice(0, 100).toLowerCase()}`,
				status:
					typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 599
						? status
						: 0,
				body: asRecord(part)?.['body'],
			});
		}
		for (const request of asked)
			if (!answered.has(request.id))
				out.push({
					method: request.method,
					path: graphPath(request.url),
					status: 0,
					body: undefined,
				});
	}
	return out;
}

/** The final answer of each distinct request (method and path), in first-seen order. */
export function finalOutcomes(graph: readonly GraphExchange[], match: ProbeMatcher): Outcome[] {
	const outcomes = new Map<string, Outcome>();
	for (const answer of answers(graph)) {
		const key = `${answer.method} ${answer.path}`;
		const previous = outcomes.get(key);
		const probeId = previous ? previous.probeId : match(answer.method, answer.path);
		outcomes.set(key, {
			...answer,
			attempts: (previous?.attempts ?? 0) + 1,
			...(probeId ? { probeId } : {}),
		});
	}
	return [...outcomes.values()];
}

export const isSuccess = (outcome: Pick<Outcome, 'status'>): boolean =>
	outcome.status >= 200 && outcome.status < 300;
