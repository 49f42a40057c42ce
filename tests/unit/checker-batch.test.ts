import { describe, expect, it } from 'vitest';
import {
	buildBatches,
	DEFAULT_DEADLINE_MS,
	nextDelay,
	retryAfterMs,
	runProbeBatch,
	type BatchBody,
	type HttpAnswer,
} from '../../src/checker/batch.ts';
import type { ProbeRequest } from '../../src/checker/probes.ts';
import type { GraphExchange } from '../../src/checker/trace-recorder.ts';

const BASE = 'https://graph.microsoft.com/v1.0';
const probes: ProbeRequest[] = ['me', 'licence-details', 'chats'].map((id) => ({
	id,
	method: 'GET',
	url: `/${id}`,
}));
const policy = { maxAttempts: 3, defaultDelayMs: 1000, maxDelayMs: 10_000 };

type PartStatus = number | { status: number; retryAfter?: string };

/** A fake Graph: each call answers from the next script entry (an outer status or per-part statuses). */
function fakeGraph(
	script: (Record<string, PartStatus> | { outer: number; retryAfter?: string } | 'network')[],
) {
	const sent: BatchBody[] = [];
	const send = async (body: BatchBody): Promise<HttpAnswer> => {
		sent.push(body);
		const step = script[sent.length - 1] ?? {};
		if (step === 'network') throw new TypeError('Failed to fetch');
		if ('outer' in step) {
			const outer = step as { outer: number; retryAfter?: string };
			return {
				status: outer.outer,
				headers: outer.retryAfter ? { 'Retry-After': outer.retryAfter } : {},
				body: null,
			};
		}
		const responses = body.requests.map((part) => {
			const given = (step as Record<string, PartStatus>)[part.id] ?? 200;
			const { status, retryAfter } =
				typeof given === 'number' ? { status: given, retryAfter: undefined } : given;
			return {
				id: part.id,
				status,
				headers: retryAfter ? { 'Retry-After': retryAfter } : {},
				body: { ok: status === 200 },
			};
		});
		return {
			status: 200,
			headers: { 'content-type': 'application/json' },
			body: { responses: responses.reverse() },
		};
	};
	return { send, sent };
}

async function run(script: Parameters<typeof fakeGraph>[0], list = probes) {
	const graph = fakeGraph(script);
	const recorded: GraphExchange[] = [];
	const slept: number[] = [];
	const roundTrips = await runProbeBatch({
		probes: list,
		send: graph.send,
		graphBaseUrl: `${BASE}/`,
		record: (exchange) => recorded.push(exchange),
		sleep: async (ms) => void slept.push(ms),
		policy,
	});
	return {
		roundTrips,
		recorded,
		slept,
		sent: graph.sent.map((body) => body.requests.map((part) => part.id)),
	};
}

describe('buildBatches', () => {
	it('puts up to 20 probes in one batch body, with relative URLs', () => {
		expect(buildBatches(probes)).toEqual([
			{ requests: probes.map(({ id, url }) => ({ id, method: 'GET', url })) },
		]);
	});
	it('splits 45 probes into batches of 20, 20 and 5', () => {
		const many = Array.from({ length: 45 }, (_, i) => ({
			id: `p${i}`,
			method: 'GET' as const,
			url: `/p${i}`,
		}));
		expect(buildBatches(many).map((body) => body.requests.length)).toEqual([20, 20, 5]);
	});
	it.each([
		[3, [4]],
		[4, [5]],
		[5, [5, 1]],
		[9, [5, 4, 1]],
	])(
		'with %i Outlook probes among 1 other, no body holds more than 4 Outlook parts (sizes %o)',
		(outlook, sizes) => {
			const list: ProbeRequest[] = [
				{ id: 'me', method: 'GET', url: '/me' },
				...Array.from({ length: outlook }, (_, i) => ({
					id: `o${i}`,
					method: 'GET' as const,
					url: `/o${i}`,
					outlook: true,
				})),
			];
			const bodies = buildBatches(list);
			expect(bodies.map((body) => body.requests.length)).toEqual(sizes);
			for (const body of bodies)
				expect(body.requests.filter((part) => part.id.startsWith('o')).length).toBeLessThanOrEqual(
					4,
				);
			expect(bodies.flatMap((body) => body.requests.map((part) => part.id)).sort()).toEqual(
				list.map((probe) => probe.id).sort(),
			);
		},
	);
});

describe('retryAfterMs', () => {
	it.each([
		[{ 'Retry-After': '3' }, 3000],
		[{ 'retry-after': '0.5' }, 500],
		[{ 'retry-after': 'Thu, 26 Nov 2026 10:00:05 GMT' }, 5000],
		[{ 'retry-after': 'soon' }, undefined],
		[{}, undefined],
	])('reads %o as %s ms', (headers, expected) => {
		expect(retryAfterMs(headers, Date.parse('2026-11-26T10:00:00Z'))).toBe(expected);
	});
});

describe('nextDelay', () => {
	it.each<[(number | undefined)[], number, number, string]>([
		[[2000, 5000], 1, 5000, 'the longest Retry-After asked for'],
		[[undefined], 1, 1000, 'the default without Retry-After'],
		[[undefined], 2, 2000, 'doubled on the second wait'],
		[[60_000], 1, 10_000, 'never more than the cap'],
	])('%o on attempt %i waits %i ms (%s)', (given, attempt, expected) => {
		expect(nextDelay(given, attempt, policy)).toBe(expected);
	});
});

describe('runProbeBatch', () => {
	it('sends every probe in one batch and records that exchange with its request body', async () => {
		const result = await run([{}]);
		expect(result.roundTrips).toBe(1);
		expect(result.slept).toEqual([]);
		expect(result.recorded).toHaveLength(1);
		expect(result.recorded[0]).toMatchObject({
			method: 'POST',
			url: `${BASE}/$batch`,
			status: 200,
			requestBody: { requests: [{ id: 'me' }, { id: 'licence-details' }, { id: 'chats' }] },
		});
	});

	it('re-sends only the throttled part, after its Retry-After', async () => {
		const result = await run([{ chats: { status: 429, retryAfter: '2' } }, {}]);
		expect(result.sent).toEqual([['me', 'licence-details', 'chats'], ['chats']]);
		expect(result.slept).toEqual([2000]);
		expect(result.recorded.map((exchange) => exchange.status)).toEqual([200, 200]);
	});

	it('gives up after the policy allows, leaving the last 429 in the trace', async () => {
		const throttled = { me: { status: 429, retryAfter: '1' } };
		const result = await run([throttled, throttled, throttled, {}]);
		expect(result.roundTrips).toBe(3);
		expect(result.slept).toEqual([1000, 1000]);
		const last = result.recorded.at(-1)?.body as { responses: { id: string; status: number }[] };
		expect(last.responses).toEqual([expect.objectContaining({ id: 'me', status: 429 })]);
	});

	it('retries the whole batch when Graph answers 503 to the batch itself', async () => {
		const result = await run([{ outer: 503, retryAfter: '1' }, {}]);
		expect(result.sent).toEqual([
			['me', 'licence-details', 'chats'],
			['me', 'licence-details', 'chats'],
		]);
		expect(result.recorded.map((exchange) => exchange.status)).toEqual([503, 200]);
	});

	it('records an unanswered batch as status 0 and stops after the bounded attempts', async () => {
		const result = await run(['network', 'network', 'network']);
		expect(result.recorded.map((exchange) => exchange.status)).toEqual([0, 0, 0]);
		expect(result.slept).toEqual([1000, 2000]);
	});

	it('asks again for a probe whose part is missing from a 200 answer (an unreadable or short body)', async () => {
		const graph = fakeGraph([]);
		let calls = 0;
		const recorded: GraphExchange[] = [];
		const send = async (body: BatchBody): Promise<HttpAnswer> =>
			++calls === 1 ? { status: 200, headers: {}, body: '{"responses": [' } : graph.send(body);
		const roundTrips = await runProbeBatch({
			probes,
			send,
			graphBaseUrl: BASE,
			record: (e) => recorded.push(e),
			sleep: async () => {},
			policy,
		});
		expect(roundTrips).toBe(2);
		expect(recorded.map((exchange) => exchange.status)).toEqual([200, 200]);
	});

	it('does not retry a 4xx answer (it is a finding, not a hiccup)', async () => {
		const result = await run([{ 'licence-details': 404 }]);
		expect(result.roundTrips).toBe(1);
	});

	it('tells each probe its final answer, after retries', async () => {
		const graph = fakeGraph([{ chats: 429 }, {}]);
		const answers: [string, number][] = [];
		await runProbeBatch({
			probes,
			send: graph.send,
			graphBaseUrl: BASE,
			record: () => {},
			sleep: async () => {},
			policy,
			onAnswer: (id, answer) => answers.push([id, answer.status]),
		});
		expect(Object.fromEntries(answers)).toEqual({ me: 200, 'licence-details': 200, chats: 200 });
	});
});

describe('the deadline', () => {
	/** A send that never answers, and a clock the test moves by hand. */
	function silentGraph() {
		const timers: { run: () => void; ms: number }[] = [];
		const signals: AbortSignal[] = [];
		const send = (_body: BatchBody, signal: AbortSignal) => {
			signals.push(signal);
			return new Promise<HttpAnswer>(() => {});
		};
		const setTimer = (fire: () => void, ms: number) => {
			const timer = { run: fire, ms };
			timers.push(timer);
			return () => void timers.splice(timers.indexOf(timer), 1);
		};
		return { send, setTimer, timers, signals };
	}

	it('defaults to 15 seconds', () => expect(DEFAULT_DEADLINE_MS).toBe(15_000));

	it('ends a batch Graph never answers: status 0 in the trace, the request aborted, and no retry', async () => {
		const graph = silentGraph();
		const recorded: GraphExchange[] = [];
		const done = runProbeBatch({
			probes,
			send: graph.send,
			setTimer: graph.setTimer,
			graphBaseUrl: BASE,
			record: (e) => recorded.push(e),
			sleep: async () => {},
			policy,
			deadlineMs: 15_000,
		});
		await Promise.resolve();
		expect(graph.timers.map((timer) => timer.ms)).toEqual([15_000]);
		graph.timers[0]!.run();
		expect(await done).toBe(1);
		expect(recorded.map((exchange) => exchange.status)).toEqual([0]);
		expect(graph.signals[0]!.aborted).toBe(true);
	});

	it('clears its timer when Graph answers in time', async () => {
		const graph = silentGraph();
		const answering = fakeGraph([{}]);
		await runProbeBatch({
			probes,
			send: answering.send,
			setTimer: graph.setTimer,
			graphBaseUrl: BASE,
			record: () => {},
			policy,
		});
		expect(graph.timers).toEqual([]);
	});
});
