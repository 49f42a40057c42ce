// Sends the probes as one Graph `$batch` and re-sends only the parts Graph asked to retry
// (429/503/504) or did not answer readably, waiting as long as its Retry-After says, a bounded number of times.
// Transport-agnostic: `send` posts a batch body and returns the answer, so tests use a fake.
import type { ProbeRequest } from './probes.ts';
import type { GraphExchange } from './trace-recorder.ts';

/** Graph's limit on parts in one batch. */
export const MAX_BATCH_PARTS = 20;
const RETRYABLE = new Set([429, 503, 504]);

export interface BatchBody {
	requests: { id: string; method: string; url: string }[];
}

/** An HTTP answer; `status` 0 when the request never got one. */
export interface HttpAnswer {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

export interface RetryPolicy {
	/** How many times a part may be sent in all (first try included). */
	maxAttempts: number;
	/** Wait when Graph gives no Retry-After, doubled each attempt. */
	defaultDelayMs: number;
	/** Never wait longer than this in one go, whatever Retry-After says. */
	maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 3, defaultDelayMs: 1000, maxDelayMs: 10_000 };

export interface BatchRun {
	probes: readonly ProbeRequest[];
	/** Posts one batch body to `{graphBaseUrl}/$batch`; rejects when there was no answer at all. */
	send: (body: BatchBody) => Promise<HttpAnswer>;
	/** The Graph version root, e.g. `https://graph.microsoft.com/v1.0`: recorded URLs are absolute. */
	graphBaseUrl: string;
	record: (exchange: GraphExchange) => void;
	sleep?: (ms: number) => Promise<void>;
	policy?: RetryPolicy;
	/** Told before each wait, so the page can say why it pauses. */
	onWait?: (ms: number, attempt: number) => void;
}

/** Splits probes into batch bodies of at most 20 parts. */
export function buildBatches(probes: readonly ProbeRequest[]): BatchBody[] {
	const bodies: BatchBody[] = [];
	for (let i = 0; i < probes.length; i += MAX_BATCH_PARTS) {
		bodies.push({ requests: probes.slice(i, i + MAX_BATCH_PARTS).map(({ id, method, url }) => ({ id, method, url })) });
	}
	return bodies;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string>, now = Date.now()): number | undefined {
	const value = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1]?.trim();
	if (!value) return undefined;
	if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before the next attempt. */
export function nextDelay(retryAfter: (number | undefined)[], attempt: number, policy: RetryPolicy): number {
	const given = retryAfter.filter((ms): ms is number => ms !== undefined);
	const wanted = given.length ? Math.max(...given) : policy.defaultDelayMs * 2 ** (attempt - 1);
	return Math.min(wanted, policy.maxDelayMs);
}

function lowerKeys(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') out[name.toLowerCase()] = value;
	}
	return out;
}

interface PartAnswer extends HttpAnswer {
	id: string;
}

function partsOf(body: unknown): PartAnswer[] {
	const responses = (body as { responses?: unknown } | null)?.responses;
	if (!Array.isArray(responses)) return [];
	return responses.flatMap((part: unknown) => {
		const p = part as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
		if (typeof p?.id !== 'string' || typeof p.status !== 'number') return [];
		return [{ id: p.id, status: p.status, headers: lowerKeys(p.headers), body: p.body ?? null }];
	});
}

/**
 * Runs the probes: one batch, then follow-up batches for parts (or whole batches) that Graph asked
 * to retry, until none is left or the policy's attempts run out. Every exchange is recorded as it
 * happened (POST `$batch`, its request body and its answer), so the engine can match each part to
 * its URL. Returns the number of HTTP round trips made.
 */
export async function runProbeBatch(run: BatchRun): Promise<number> {
	const policy = run.policy ?? defaultRetryPolicy;
	const sleep = run.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const base = run.graphBaseUrl.replace(/\/+$/, '');
	let pending = [...run.probes];
	let roundTrips = 0;
	for (let attempt = 1; pending.length > 0 && attempt <= policy.maxAttempts; attempt++) {
		const retry: ProbeRequest[] = [];
		const waits: (number | undefined)[] = [];
		for (const body of buildBatches(pending)) {
			const sent = pending.filter((probe) => body.requests.some((part) => part.id === probe.id));
			let answer: HttpAnswer;
			roundTrips++;
			try {
				answer = await run.send(body);
			} catch {
				answer = { status: 0, headers: {}, body: null };
			}
			run.record({ method: 'POST', url: `${base}/$batch`, status: answer.status, headers: answer.headers, body: answer.body, requestBody: body });
			if (answer.status !== 200) {
				if (answer.status === 0 || RETRYABLE.has(answer.status)) {
					retry.push(...sent);
					waits.push(retryAfterMs(answer.headers));
				}
				continue;
			}
			const parts = partsOf(answer.body);
			for (const probe of sent) {
				const part = parts.find((candidate) => candidate.id === probe.id);
				// No part for it (an unreadable or incomplete answer) is no answer: ask again.
				if (!part || RETRYABLE.has(part.status)) {
					retry.push(probe);
					waits.push(part ? retryAfterMs(part.headers) : undefined);
				}
			}
		}
		pending = retry;
		if (pending.length > 0 && attempt < policy.maxAttempts) {
			const delay = nextDelay(waits, attempt, policy);
			run.onWait?.(delay, attempt);
			await sleep(delay);
		}
	}
	return roundTrips;
}
