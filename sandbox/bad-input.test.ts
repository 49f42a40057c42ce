// Bad input gets the answer Entra or Graph would give (400, 413, a refused method with Allow), in
// that service's shape, never a stack trace and never the last-resort 500; and the keep-alive
// connection it arrived on carries the next request. Then a flood of authorise requests stays
// within the state's caps, and what the sandbox keeps expires on its clock.
import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badRequests, metadata, type Shape } from './bad-input-cases.ts';
import {
	rawRequest,
	signIn,
	startSandbox,
	type RawAnswer,
	type TestSandbox,
} from '../tests/support/test-client.ts';

let t: TestSandbox;
let token: string;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
beforeAll(async () => {
	t = await startSandbox();
	token = (await signIn(t, 'ready@harbour.sandbox.example')).access_token;
});
afterAll(async () => {
	agent.destroy();
	await t.close();
});

type Answer = RawAnswer;

/** One request on the shared keep-alive agent (one socket, so each request follows the last). */
const send = (
	method: string,
	path: string,
	body: string | Buffer | undefined,
	headers: Record<string, string> = {},
): Promise<Answer> => rawRequest(t, path, { method, body, headers, agent });

/** The body each service sends with an error (Entra's AADSTS number where it has one). */
function expectShape(answer: Answer, shape: Shape, aadsts?: number) {
	if (shape === 'entra-page') {
		expect(answer.headers['content-type']).toMatch(/^text\/html/);
		expect(answer.text).toContain("Sorry, but we're having trouble signing you in.");
		expect(answer.text).toContain(`AADSTS${aadsts}:`);
		return;
	}
	const body = JSON.parse(answer.text);
	if (shape === 'graph') {
		expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
		expect(Object.keys(body.error.innerError)).toEqual(
			expect.arrayContaining(['date', 'request-id', 'client-request-id']),
		);
	} else if (shape === 'entra-json') {
		expect(body).toMatchObject({ error: expect.any(String), error_codes: [aadsts] });
		expect(body.error_description).toMatch(new RegExp(`^AADSTS${aadsts}: .+ Trace ID: `));
	} else
		expect(body).toMatchObject({
			error: expect.any(String),
			error_description: expect.any(String),
		});
}

/** What the last-resort answer (bad-input.ts, answerServerError) carries in each shape. */
const LAST_RESORT = /generalException|AADSTS50000|server_error/;
const STACK = /\n\s+at |file:\/\/|node:internal|\.ts:\d+|\/work\//;

describe.each(badRequests)('$name', (c) => {
	let answer: Answer;
	let next: Answer;
	beforeAll(async () => {
		const ctx = { origin: t.origin, token };
		answer = await send(c.method, c.path(ctx), c.body?.(), c.headers?.(ctx));
		next = await send('GET', metadata, undefined);
	});

	test(`answers ${c.status} in ${c.shape} shape, saying what is wrong`, () => {
		expect(answer.status).toBe(c.status);
		if (c.allow) expect(answer.headers.allow).toBe(c.allow);
		if (!c.part) {
			expectShape(answer, c.shape, c.aadsts);
			const said =
				c.shape === 'graph'
					? JSON.parse(answer.text).error.message
					: answer.text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
			expect(said).toMatch(c.says);
			return;
		}
		const parts = JSON.parse(answer.text).responses as {
			id: string;
			status: number;
			body: { error: { message: string } };
		}[];
		expect(Object.fromEntries(parts.map((p) => [p.id, p.status]))).toEqual({ 1: 200, 2: 400 });
		expect(parts.find((p) => p.id === '2')!.body.error.message).toMatch(c.says);
	});

	test('shows no stack trace and never reaches the last-resort 500', () => {
		expect(answer.text).not.toMatch(STACK);
		expect(answer.status).not.toBe(500);
		expect(answer.text).not.toMatch(LAST_RESORT);
	});

	test('answers the next request on the same keep-alive connection', () => {
		expect(next.status).toBe(200);
		expect(next.reusedSocket).toBe(true);
	});
});
