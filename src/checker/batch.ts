// Sends the probes as one Graph `$batch` and re-sends only the parts Graph asked to retry
// (429/503/504) or did not answer readably, waiting as long as its Retry-After says, a bounded number of times.
// Every round trip has a deadline: a Graph that never answers ends the check, it does not hang it.
// Transport-agnostic: `send` posts a batch body and returns the answer, so tests use a fake.
import type { ProbeAnswer, ProbeRequest } from './probes.ts';
import type { GraphExchange } from './trace-recorder.ts';

/** Graph's limit on parts in one batch. */
const MAX_BATCH_PARTS = 20;
/**
 * Outlook serves at most 4 concurrent requests per app and mailbox (Graph docs, throttling-limits.md,
 * "Outlook service limits"), and each part of a `$batch` counts against it (json-batching.md, "Batch
 * size limitations"): a fifth Outlook part in one batch risks a 429.
 */
const MAX_OUTLOOK_PARTS = 4;
/**
 * How long one round trip may take. A healthy Graph answers a batch of this size in a second or two;
 * its own gateway gives up on a slow workload and answers 504 well before this. 15 s leaves room for a
 * slow mailbox without leaving the adviser in front of a spinner that never ends.
 */
export const DEFAULT_DEADLINE_MS = 15_000;
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

const defaultRetryPolicy: RetryPolicy = {
	maxAttempts: 3,
	defaultDelayMs: 1000,
	maxDelayMs: 10_000,
};

export interface BatchRun {
	probes: readonly ProbeRequest[];
	/**
	 * Posts one batch body to `{graphBaseUrl}/$batch`; rejects when there was no answer at all. Should
	 * stop when `signal` aborts (the deadline passed); the deadline holds even if it does not.
	 */
	send: (body: BatchBody, signal: AbortSignal) => Promise<HttpAnswer>;
	/** The Graph version root, e.g. `https://graph.microsoft.com/v1.0`: recorded URLs are absolute. */
	graphBaseUrl: string;
	record: (exchange: GraphExchange) => void;
	sleep?: (ms: number) => Promise<void>;
	policy?: RetryPolicy;
	/** Told before each wait, so the page can say why it pauses. */
	onWait?: (ms: number, attempt: number) => void;
	/** Told each probe's final answer (raw body), so the next stage can be planned. */
	onAnswer?: (id: string, answer: ProbeAnswer) => void;
	/** Milliseconds one round trip may take (default 15 s). */
	deadlineMs?: number;
	/** Timers, injectable for tests. */
	setTimer?: (run: () => void, ms: number) => () => void;
}

/** What `send` answers once the deadline has passed: no answer at all. */
export class DeadlineExceeded extends Error {
	constructor(ms: number) {
		super(`Microsoft Graph did not answer within ${Math.round(ms / 1000)} seconds.`);
		this.name = 'DeadlineExceeded';
	}
}

/**
 * Splits probes into batch bodies of at most 20 parts, of which at most 4 talk to Outlook; an Outlook
 * probe that does not fit goes in the next body. Order is kept within each body.
 */
export function buildBatches(probes: readonly ProbeRequest[]): BatchBody[] {
	const bodies: BatchBody[] = [];
	let left = [...probes];
	while (left.length > 0) {
		const taken: ProbeRequest[] = [];
		const later: ProbeRequest[] = [];
		let outlook = 0;
		for (const probe of left) {
			if (taken.length >= MAX_BATCH_PARTS || (probe.outlook && outlook >= MAX_OUTLOOK_PARTS))
				later.push(probe);
			else {
				taken.push(probe);
				if (probe.outlook) outlook++;
			}
		}
		bodies.push({ requests: taken.map(({ id, method, url }) => ({ id, method, url })) });
		left = later;
	}
	return bodies;
}

const defaultTimer = (run: () => void, ms: number) => {
	const handle = setTimeout(run, ms);
	return () => clearTimeout(handle);
};

/** Sends one body, giving up (and aborting the request) once the deadline passes. */
async function sendWithin(run: BatchRun, body: BatchBody): Promise<HttpAnswer> {
	const ms = run.deadlineMs ?? DEFAULT_DEADLINE_MS;
	const controller = new AbortController();
	let cancel = () => {};
	const deadline = new Promise<never>((_, reject) => {
		cancel = (run.setTimer ?? defaultTimer)(() => {
			controller.abort();
			reject(new DeadlineExceeded(ms));
		}, ms);
	});
	try {
		return await Promise.race([run.send(body, controller.signal), deadline]);
	} finally {
		cancel();
	}
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(
	headers: Record<string, string>,
	now = Date.now(),
): number | undefined {
	const value = Object.entries(headers)
		.find(([name]) => name.toLowerCase() === 'retry-after')?.[1]
		?.trim();
	if (!value) return undefined;
	if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before the next attempt. */
export function nextDelay(
	retryAfter: (number | undefined)[],
	attempt: number,
	policy: RetryPolicy,
): number {
	const given = retryAfter.filter((ms): ms is number => ms !== undefined);
	const wanted = given.length ? Math.max(...given) : policy.defaultDelayMs * 2 ** (attempt - 1);
	return Math.min(wanted, policy.maxDelayMs);
}

function lowerKeys(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers))
			if (typeof value === 'string') out[name.toLowerCase()] = value;
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
	const sleep =
		run.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const base = run.graphBaseUrl.replace(/\/+$/, '');
	let pending = [...run.probes];
	let roundTrips = 0;
	// The last answer each probe got: its final one once retries are done.
	const answers = new Map<string, ProbeAnswer>();
	for (let attempt = 1; pending.length > 0 && attempt <= policy.maxAttempts; attempt++) {
		const retry: ProbeRequest[] = [];
		const waits: (number | undefined)[] = [];
		for (const body of buildBatches(pending)) {
			const sent = pending.filter((probe) => body.requests.some((part) => part.id === probe.id));
			let answer: HttpAnswer;
			let timedOut = false;
			roundTrips++;
			try {
				answer = await sendWithin(run, body);
			} catch (error) {
				timedOut = error instanceof DeadlineExceeded;
				answer = { status: 0, headers: {}, body: null };
			}
			run.record({
				method: 'POST',
				url: `${base}/$batch`,
				status: answer.status,
				headers: answer.headers,
				body: answer.body,
				requestBody: body,
			});
			if (answer.status !== 200) {
				// A Graph that let the deadline pass is not asked again: that would triple the wait.
				if ((answer.status === 0 && !timedOut) || RETRYABLE.has(answer.status)) {
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
				if (part) answers.set(probe.id, { status: part.status, body: part.body });
			}
		}
		pending = retry;
		if (pending.length > 0 && attempt < policy.maxAttempts) {
			const delay = nextDelay(waits, attempt, policy);
			run.onWait?.(delay, attempt);
			await sleep(delay);
		}
	}
	for (const [id, answer] of answers) run.onAnswer?.(id, answer);
	return roundTrips;
}
