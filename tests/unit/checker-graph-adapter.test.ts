import { describe, expect, it } from 'vitest';
import { createBatchSender, mayCarryToken, probeGraph } from '../../src/checker/graph-adapter.ts';
import type { GraphExchange } from '../../src/checker/trace-recorder.ts';

describe('mayCarryToken', () => {
	it.each([
		['https://graph.microsoft.com/v1.0/$batch', ['graph.microsoft.com'], true],
		['https://graph.microsoft.com.evil.example/v1.0/$batch', ['graph.microsoft.com'], false],
		['http://graph.microsoft.com/v1.0/$batch', ['graph.microsoft.com'], false],
		['http://localhost:4430/sandbox/graph/v1.0/$batch', ['localhost:4430'], true],
		['http://localhost:9999/sandbox/graph/v1.0/$batch', ['localhost:4430'], false],
		['http://localhost:4430/sandbox/graph/v1.0/$batch', ['localhost'], true],
		['https://example.com/v1.0/me', ['graph.microsoft.com'], false],
	])('%s with hosts %o: %s', (url, hosts, expected) => {
		expect(mayCarryToken(new URL(url), hosts)).toBe(expected);
	});
});

/** A fetch that answers every batch part 200 and remembers what it was sent. */
function fakeFetch(status = 200) {
	const seen: { url: string; authorization: string | null; body: unknown }[] = [];
	const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const body = JSON.parse(String(init?.body ?? '{}')) as { requests?: { id: string }[] };
		seen.push({ url, authorization: new Headers(init?.headers).get('authorization'), body });
		const responses = (body.requests ?? []).map((part) => ({
			id: part.id,
			status: 200,
			headers: {},
			body: { id: part.id },
		}));
		return new Response(JSON.stringify({ responses }), {
			status,
			headers: { 'content-type': 'application/json', 'retry-after': '1' },
		});
	}) as typeof fetch;
	return { fetchImpl, seen };
}

describe('createBatchSender', () => {
	it('posts to {base}/$batch through the Graph client, with the token for a listed host', async () => {
		const { fetchImpl, seen } = fakeFetch();
		const send = createBatchSender({
			graphBaseUrl: 'http://localhost:4430/sandbox/graph/v1.0',
			tokenHosts: ['localhost:4430'],
			getToken: async () => 'secret-token',
			fetch: fetchImpl,
		});
		const answer = await send({ requests: [{ id: 'me', method: 'GET', url: '/me' }] });
		expect(seen[0]).toMatchObject({
			url: 'http://localhost:4430/sandbox/graph/v1.0/$batch',
			authorization: 'Bearer secret-token',
		});
		expect(answer).toMatchObject({ status: 200, body: { responses: [{ id: 'me', status: 200 }] } });
	});

	it('sends no token to a host that is not listed', async () => {
		const { fetchImpl, seen } = fakeFetch();
		const send = createBatchSender({
			graphBaseUrl: 'https://graph.example.net/v1.0',
			tokenHosts: ['graph.microsoft.com'],
			getToken: async () => 'secret-token',
			fetch: fetchImpl,
		});
		await send({ requests: [] });
		expect(seen[0]?.authorization).toBeNull();
	});

	it('hands the deadline’s abort signal to fetch, so a request Graph never answers is cancelled', async () => {
		let given: AbortSignal | null | undefined;
		const hanging = ((_input: RequestInfo | URL, init?: RequestInit) => {
			given = init?.signal;
			return new Promise<Response>((_, reject) =>
				init?.signal?.addEventListener('abort', () =>
					reject(new DOMException('aborted', 'AbortError')),
				),
			);
		}) as typeof fetch;
		const send = createBatchSender({
			graphBaseUrl: 'https://graph.microsoft.com/v1.0',
			tokenHosts: ['graph.microsoft.com'],
			getToken: async () => 't',
			fetch: hanging,
		});
		const controller = new AbortController();
		const answer = send({ requests: [] }, controller.signal);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(given).toBe(controller.signal);
		controller.abort();
		await expect(answer).rejects.toThrow();
	});

	it('returns a non-2xx answer instead of throwing, so it can be recorded and retried', async () => {
		const { fetchImpl } = fakeFetch(503);
		const send = createBatchSender({
			graphBaseUrl: 'https://graph.microsoft.com/v1.0',
			tokenHosts: ['graph.microsoft.com'],
			getToken: async () => 't',
			fetch: fetchImpl,
		});
		expect((await send({ requests: [] })).status).toBe(503);
	});
});

describe('probeGraph', () => {
	it('records the batch exchange without the token anywhere in it', async () => {
		const { fetchImpl } = fakeFetch();
		const recorded: GraphExchange[] = [];
		const roundTrips = await probeGraph(
			{
				graphBaseUrl: 'https://graph.microsoft.com/v1.0',
				tokenHosts: ['graph.microsoft.com'],
				getToken: async () => 'secret-token',
				fetch: fetchImpl,
			},
			{
				probes: [{ id: 'me', method: 'GET', url: '/me' }],
				record: (exchange) => recorded.push(exchange),
			},
		);
		expect(roundTrips).toBe(1);
		expect(JSON.stringify(recorded)).not.toContain('secret-token');
		expect(recorded[0]).toMatchObject({
			method: 'POST',
			url: 'https://graph.microsoft.com/v1.0/$batch',
			status: 200,
		});
	});
});
