// What the sandbox keeps per request stays bounded: a flood of authorise requests fills the
// pending sign-ins up to their cap and no further, everything expires on the sandbox's clock (no
// waiting), a body too large to drain is refused at once, and a fault inside the sandbox is the
// one 500, in the service's shape and without its stack.
import { Agent, IncomingMessage, request, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { app } from '../src/registry/index.ts';
import { BoundedMap } from './bounded-map.ts';
import { stateLimits } from './state.ts';
import {
	rawRequest,
	signIn,
	startSandbox,
	type TestSandbox,
} from '../tests/support/test-client.ts';

let t: TestSandbox;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
beforeAll(async () => {
	t = await startSandbox();
	port = Number(new URL(t.origin).port);
});
afterAll(async () => {
	agent.destroy();
	await t.close();
});
beforeEach(() => t.sandbox.reset());

const get = (path: string, headers: Record<string, string> = {}) =>
	rawRequest(t, path, { headers, agent });

const authorizePath = (hint?: string) =>
	`/sandbox/organizations/oauth2/v2.0/authorize?client_id=${app.applicationId}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${t.origin}/auth/redirect/`)}${hint ? `&login_hint=${hint}` : ''}`;

/**
 * One authorise request handed straight to the sandbox's handler, as node:http would hand it over,
 * with no socket: the flood is about what the sandbox keeps per request, not about HTTP, and ten
 * thousand loopback round trips cost several times the handler's own work. The answer is complete
 * once the handler's promise settles (authorise never reads a body).
 */
async function dispatch(path: string): Promise<number> {
	const req = new IncomingMessage(new Socket());
	req.method = 'GET';
	req.url = path;
	req.headers = { host: `localhost:${port}` };
	req.push(null);
	const res = new ServerResponse(req);
	expect(await t.sandbox.handle(req, res)).toBe(true);
	return res.statusCode;
}

/** Sends `count` authorise requests, one after another: the picker, or an MFA wait for every other. */
async function flood(count: number) {
	let answered = 0;
	for (let n = 0; n < count; n++) {
		const status = await dispatch(
			authorizePath(n % 2 ? 'slow-mfa@harbour.sandbox.example' : undefined),
		);
		if (status === 200) answered++;
	}
	return answered;
}

describe('a flood of authorise requests', { timeout: 120_000 }, () => {
	test('keeps the pending sign-ins at their cap, however many arrive', async () => {
		const cap = stateLimits.pendingSignIns.cap;
		expect(await flood(2_000)).toBe(2_000);
		const after2k = t.sandbox.state.sizes();
		expect(await flood(8_000)).toBe(8_000);
		const after10k = t.sandbox.state.sizes();
		console.log(
			`10,000 authorise requests: ${after10k.pendingSignIns} pending sign-ins kept (cap ${cap}); heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB (inflated when the machine is shared)`,
		);
		expect(after2k.pendingSignIns).toBe(cap);
		expect(after10k).toEqual(after2k);
	});

	test('lets the newest sign-in finish: the oldest were evicted, not the latest', async () => {
		await flood(stateLimits.pendingSignIns.cap + 10);
		const { text } = await get(authorizePath());
		const action = /action="([^"]+)"/.exec(text)![1]!;
		expect(t.sandbox.state.sizes().pendingSignIns).toBe(stateLimits.pendingSignIns.cap);
		const picked = await post(action, 'action=pick&account=ready');
		expect(picked.status).toBe(302);
	});
});

function post(path: string, body: string) {
	return fetch(`${t.origin}${path}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
	});
}

describe('expiry on the sandbox clock', () => {
	test('a sign-in left waiting past its lifetime ends on the "expired" page', async () => {
		const { text } = await get(authorizePath());
		const action = /action="([^"]+)"/.exec(text)![1]!;
		t.advance(stateLimits.pendingSignIns.ttlMs + 1);
		try {
			const answer = await post(action, 'action=pick&account=ready');
			expect(answer.status).toBe(400);
			expect(await answer.text()).toContain('AADSTS900561');
		} finally {
			t.advance(-(stateLimits.pendingSignIns.ttlMs + 1));
		}
	});

	test('codes, sessions and refresh tokens are all gone once every lifetime has passed', async () => {
		await signIn(t, 'ready@harbour.sandbox.example');
		await get(authorizePath());
		const before = t.sandbox.state.sizes();
		expect(before).toMatchObject({ codes: 1, sessions: 1, refreshTokens: 1, pendingSignIns: 1 });
		const longest = Math.max(
			...Object.values(stateLimits).map((l) => ('ttlMs' in l ? l.ttlMs : 0)),
		);
		t.advance(longest + 1);
		try {
			expect(t.sandbox.state.sizes()).toMatchObject({
				codes: 0,
				sessions: 0,
				refreshTokens: 0,
				pendingSignIns: 0,
			});
		} finally {
			t.advance(-(longest + 1));
		}
	});
});

describe.each<[string, (m: BoundedMap<string, number>, clock: { now: number }) => void, string[]]>([
	[
		'keeps at most its cap, evicting the oldest',
		(m) => ['a', 'b', 'c', 'd'].forEach((k, i) => m.set(k, i)),
		['b', 'c', 'd'],
	],
	[
		'counts a rewrite as new, so it outlives older entries',
		(m) => (m.set('a', 1), m.set('b', 2), m.set('c', 3), m.set('a', 4), m.set('d', 5)),
		['c', 'a', 'd'],
	],
	[
		'forgets an entry once its lifetime has passed',
		(m, clock) => (m.set('a', 1), (clock.now += 60), m.set('b', 2), (clock.now += 50)),
		['b'],
	],
])('BoundedMap %s', (_, act, kept) => {
	test(`holds ${kept.join(', ')}`, () => {
		const clock = { now: 0 };
		const map = new BoundedMap<string, number>({ cap: 3, ttlMs: 100, now: () => clock.now });
		act(map, clock);
		expect([...map].map(([key]) => key)).toEqual(kept);
		expect(map.size).toBe(kept.length);
	});
});

describe('refusals that cannot wait for the body', () => {
	test('a declared 100 MB body is refused at once, and the connection closed', async () => {
		const answer = await new Promise<{ status: number; connection: unknown }>((resolve) => {
			const req = request(
				{
					host: '127.0.0.1',
					port,
					method: 'POST',
					path: '/sandbox/organizations/oauth2/v2.0/token',
					headers: { host: `localhost:${port}`, 'content-length': String(100 * 2 ** 20) },
				},
				(res) => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
			);
			req.on('error', () => {}); // the server may reset the unread rest: the answer came first
			req.write(Buffer.alloc(1024));
		});
		expect(answer).toEqual({ status: 413, connection: 'close' });
		expect((await get('/sandbox/organizations/v2.0/.well-known/openid-configuration')).status).toBe(
			200,
		);
	});
});

describe('the last resort', () => {
	test("a fault inside the sandbox is a 500 in Entra's shape, logged, with no stack in the answer", async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const original = t.sandbox.state.sessionAccounts;
		t.sandbox.state.sessionAccounts = () => {
			throw new Error('state unavailable');
		};
		try {
			const answer = await get(authorizePath());
			expect(answer.status).toBe(500);
			expect(answer.text).toContain('AADSTS50000');
			expect(answer.text).not.toMatch(/\n\s+at |file:\/\/|\.ts:\d+/);
			expect(logged).toHaveBeenCalledWith(
				'sandbox: no answer for',
				'GET',
				expect.any(String),
				expect.any(Error),
			);
		} finally {
			t.sandbox.state.sessionAccounts = original;
			logged.mockRestore();
		}
	});
});
