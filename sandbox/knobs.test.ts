// The test knobs answer only the sandbox's own origin or a test client, and nothing answers a host
// name that is not loopback: another site's page (or a DNS-rebinding one) cannot drive the sandbox.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { rawRequest, startSandbox, type TestSandbox } from '../tests/support/test-client.ts';

let t: TestSandbox;
beforeAll(async () => (t = await startSandbox()));
afterAll(() => t.close());
beforeEach(() => t.sandbox.reset());

/** A raw request (fetch may not set Host), answering the status, headers and body text. */
type Sent = NonNullable<Parameters<typeof rawRequest>[2]>;
const send = (path: string, sent: Sent = {}) => rawRequest(t, path, sent);

const json = { 'content-type': 'application/json' };
const faults = JSON.stringify({ unavailable: 2 });

describe('refused', () => {
	test.each([
		[
			'a foreign Origin on POST _faults',
			'/sandbox/_faults',
			{ method: 'POST', headers: { ...json, origin: 'https://evil.example' }, body: faults },
			403,
			'forbidden_origin',
		],
		[
			'a foreign Origin on POST _reset',
			'/sandbox/_reset',
			{ method: 'POST', headers: { origin: 'https://evil.example' } },
			403,
			'forbidden_origin',
		],
		[
			'a foreign Origin on GET _state',
			'/sandbox/_state',
			{ headers: { origin: 'http://localhost:1' } },
			403,
			'forbidden_origin',
		],
		[
			'an opaque Origin (null)',
			'/sandbox/_reset',
			{ method: 'POST', headers: { origin: 'null' } },
			403,
			'forbidden_origin',
		],
		[
			'a foreign Host on POST _faults',
			'/sandbox/_faults',
			{ method: 'POST', headers: { ...json, host: 'evil.example:80' }, body: faults },
			403,
			'forbidden_host',
		],
		[
			'a rebinding Host on GET _state',
			'/sandbox/_state',
			{ headers: { host: 'rebind.evil.example' } },
			403,
			'forbidden_host',
		],
		[
			'a foreign Host on the identity endpoints',
			'/sandbox/organizations/v2.0/.well-known/openid-configuration',
			{ headers: { host: 'evil.example' } },
			403,
			'forbidden_host',
		],
		[
			'text/plain on POST _faults',
			'/sandbox/_faults',
			{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: faults },
			415,
			'unsupported_media_type',
		],
		[
			'a form post to _faults',
			'/sandbox/_faults',
			{
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'unavailable=2',
			},
			415,
			'unsupported_media_type',
		],
		[
			'no content type on POST _faults',
			'/sandbox/_faults',
			{ method: 'POST', body: faults },
			415,
			'unsupported_media_type',
		],
	] satisfies [string, string, Sent, number, string][])(
		'%s',
		async (_name, path, sent, status, error) => {
			const answer = await send(path, sent);
			expect(answer.status).toBe(status);
			expect(JSON.parse(answer.text)).toMatchObject({
				error,
				error_description: expect.any(String),
			});
			expect(answer.headers['access-control-allow-origin']).toBeUndefined();
			expect(t.sandbox.faults().unavailable).toBe(0);
		},
	);

	test('the refusal says why', async () => {
		const answer = await send('/sandbox/_faults', {
			method: 'POST',
			headers: { ...json, origin: 'https://evil.example' },
			body: faults,
		});
		expect(JSON.parse(answer.text).error_description).toMatchInlineSnapshot(
			`"The sandbox's test knobs answer only its own origin (${t.origin}) or a test client, not a page from 'https://evil.example'."`,
		);
	});

	test('Graph answers a foreign Host in its own error shape', async () => {
		const answer = await send('/sandbox/graph/v1.0/me', { headers: { host: 'evil.example' } });
		expect(answer.status).toBe(403);
		expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'Forbidden' } });
	});

	test('a preflight to a knob gets no CORS headers', async () => {
		const answer = await send('/sandbox/_faults', {
			method: 'OPTIONS',
			headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
		});
		expect(answer.status).toBe(403);
		expect(
			Object.keys(answer.headers).filter((name) => name.startsWith('access-control-')),
		).toEqual([]);
	});

	test('the token endpoint still answers a SPA preflight with CORS', async () => {
		const answer = await send('/sandbox/organizations/oauth2/v2.0/token', {
			method: 'OPTIONS',
			headers: { origin: t.origin, 'access-control-request-method': 'POST' },
		});
		expect(answer.status).toBe(204);
		expect(answer.headers['access-control-allow-origin']).toBe(t.origin);
	});
});

describe('allowed', () => {
	test.each([
		['the same origin', { origin: 'SELF' }],
		['no Origin (a test client)', {}],
		['host 127.0.0.1 with its port', { host: '127.0.0.1:PORT', origin: 'http://127.0.0.1:PORT' }],
		['host [::1] with its port', { host: '[::1]:PORT' }],
		['host localhost without a port', { host: 'localhost' }],
	])('POST _faults from %s', async (_name, extra: Record<string, string>) => {
		const { port } = new URL(t.origin);
		const headers = Object.fromEntries(
			Object.entries(extra).map(([key, value]) => [
				key,
				value === 'SELF' ? t.origin : value.replace('PORT', port),
			]),
		);
		const answer = await send('/sandbox/_faults', {
			method: 'POST',
			headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
			body: faults,
		});
		expect(answer.status).toBe(200);
		expect(answer.headers['access-control-allow-origin']).toBeUndefined();
		expect(t.sandbox.faults().unavailable).toBe(2);
	});

	test('POST _reset and GET _state from the same origin', async () => {
		t.sandbox.setFaults({ throttle: 1 });
		expect(
			(await send('/sandbox/_reset', { method: 'POST', headers: { origin: t.origin } })).status,
		).toBe(204);
		expect(t.sandbox.faults().throttle).toBe(0);
		expect((await send('/sandbox/_state', { headers: { origin: t.origin } })).status).toBe(200);
	});

	test('a body that is not JSON gets 400, not a server error', async () => {
		const answer = await send('/sandbox/_faults', { method: 'POST', headers: json, body: '{oops' });
		expect(answer.status).toBe(400);
	});
});
