// The token endpoint answers as Entra ID does: PKCE S256 checked, codes used once, the redirect
// URI checked, refresh tokens honoured, and every refusal in Entra's error shape.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { app, permissions, registry } from '../src/registry/index.ts';
import {
	authorize,
	claims,
	redeem,
	signIn,
	startSandbox,
	type TestSandbox,
} from '../tests/support/test-client.ts';

let t: TestSandbox;
beforeAll(async () => (t = await startSandbox()));
afterAll(() => t.close());
beforeEach(() => t.sandbox.reset());

const ready = 'ready@harbour.sandbox.example';

describe('redeeming an authorization code', () => {
	test('gives RS256 tokens with the claims MSAL reads, and client_info', async () => {
		const { params, verifier } = await authorize(t, ready);
		const { status, body, headers } = await redeem(t, params.get('code')!, verifier);
		expect(status).toBe(200);
		expect(headers.get('access-control-allow-origin')).toBe(t.origin);
		const id = claims(body['id_token'] as string);
		expect(id).toMatchObject({
			aud: app.applicationId,
			nonce: 'nonce-1',
			tid: '6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21',
			preferred_username: ready,
			ver: '2.0',
		});
		expect(id['iss']).toBe(`${t.origin}/sandbox/6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21/v2.0`);
		expect(JSON.parse(Buffer.from(body['client_info'] as string, 'base64url').toString())).toEqual({
			uid: id['oid'],
			utid: id['tid'],
		});
		expect(
			JSON.parse(Buffer.from((body['id_token'] as string).split('.')[0]!, 'base64url').toString()),
		).toMatchObject({ alg: 'RS256' });
		expect(body['refresh_token']).toEqual(expect.any(String));
	});

	const cases: [
		string,
		(code: string, verifier: string) => Promise<{ status: number; body: Record<string, unknown> }>,
		string,
		number,
	][] = [
		[
			'a wrong PKCE verifier',
			(code) => redeem(t, code, 'not-the-verifier-not-the-verifier-not-the-verifier'),
			'invalid_grant',
			501481,
		],
		[
			'a code used twice',
			async (code, verifier) => (await redeem(t, code, verifier), redeem(t, code, verifier)),
			'invalid_grant',
			54005,
		],
		[
			'an unregistered redirect_uri',
			(code, verifier) => redeem(t, code, verifier, 'https://evil.example/auth/redirect/'),
			'invalid_request',
			50011,
		],
		[
			'a code redeemed without an Origin header (from a server, not the browser)',
			(code, verifier) => redeem(t, code, verifier, undefined, null),
			'invalid_request',
			9002327,
		],
		[
			'a redirect URI registered as Web, redeemed cross-origin',
			(code, verifier) => redeem(t, code, verifier, `${t.origin}${app.consentResultPath}`),
			'invalid_request',
			9002326,
		],
		[
			'a code older than ten minutes',
			(code, verifier) => (t.advance(11 * 60 * 1000), redeem(t, code, verifier)),
			'invalid_grant',
			70008,
		],
		[
			'a code that was never issued',
			(_code, verifier) => redeem(t, '1.made-up', verifier),
			'invalid_grant',
			9002313,
		],
	];
	describe.each(cases)('refuses %s', (_name, attempt, error, aadsts) => {
		test(`with ${error} and AADSTS${aadsts}`, async () => {
			const { params, verifier } = await authorize(t, ready);
			const { status, body } = await attempt(params.get('code')!, verifier);
			expect(status).toBe(400);
			expect(body).toMatchObject({ error, error_codes: [aadsts] });
			expect(body['error_description']).toMatch(new RegExp(`^AADSTS${aadsts}: `));
			expect(Object.keys(body).sort()).toEqual([
				'correlation_id',
				'error',
				'error_codes',
				'error_description',
				'error_uri',
				'timestamp',
				'trace_id',
			]);
		});
	});

	test('names the unregistered redirect URI as Entra does', async () => {
		const { params, verifier } = await authorize(t, ready);
		const { body } = await redeem(
			t,
			params.get('code')!,
			verifier,
			'https://evil.example/auth/redirect/',
		);
		expect((body['error_description'] as string).split(' Trace ID')[0]).toMatchInlineSnapshot(
			`"AADSTS50011: The redirect URI 'https://evil.example/auth/redirect/' specified in the request does not match the redirect URIs configured for the application 'c85e582e-b6dc-496b-b119-c6b2ba80556e'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this."`,
		);
	});
});

describe('PKCE', () => {
	// Entra supports S256 and plain, and takes a challenge without a method as plain
	// (v2-oauth2-auth-code-flow.md); MSAL always sends S256.
	test.each(['plain', 'omitted'] as const)(
		'%s: the verifier itself is the challenge',
		async (pkceMethod) => {
			const { params, verifier } = await authorize(t, ready, { pkceMethod });
			expect((await redeem(t, params.get('code')!, verifier)).status).toBe(200);
		},
	);

	test('plain: another verifier is refused with AADSTS501481', async () => {
		const { params } = await authorize(t, ready, { pkceMethod: 'plain' });
		const { status, body } = await redeem(t, params.get('code')!, 'x'.repeat(43));
		expect(status).toBe(400);
		expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
	});
});

describe('refresh tokens', () => {
	async function refresh(rt: string, scope: string, origin = true) {
		const body = new URLSearchParams({
			client_id: app.applicationId,
			grant_type: 'refresh_token',
			refresh_token: rt,
			scope,
		});
		const response = await fetch(`${t.origin}/sandbox/organizations/oauth2/v2.0/token`, {
			method: 'POST',
			body,
			headers: origin ? { origin: t.origin } : {},
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	}

	test('give a new access token with the same grants', async () => {
		const first = await signIn(t, ready);
		const { status, body } = await refresh(
			first.refresh_token!,
			'User.Read openid profile offline_access',
		);
		expect(status).toBe(200);
		expect(claims(body['access_token'] as string)['scp']).toBe(claims(first.access_token)['scp']);
	});

	test('are redeemed only cross-origin: without an Origin header, AADSTS9002327', async () => {
		const first = await signIn(t, ready);
		const { status, body } = await refresh(first.refresh_token!, 'User.Read offline_access', false);
		expect(status).toBe(400);
		expect(body).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
	});

	test("keep the sign-in's 24 hours: refreshed at 23 h, refused at 24 h with AADSTS700084", async () => {
		const HOUR = 60 * 60 * 1000;
		const scope = 'User.Read openid profile offline_access';
		const first = await signIn(t, ready);
		expect(first.refresh_token_expires_in).toBe(86_399);
		t.advance(23 * HOUR);
		const renewed = await refresh(first.refresh_token!, scope);
		expect(renewed.status).toBe(200);
		// The new refresh token carries the old one's expiry: about an hour left, not 24.
		expect(renewed.body['refresh_token_expires_in']).toBeLessThanOrEqual(3600);
		t.advance(1 * HOUR);
		const { status, body } = await refresh(renewed.body['refresh_token'] as string, scope);
		t.advance(-24 * HOUR);
		expect(status).toBe(400);
		expect(body).toMatchObject({
			error: 'invalid_grant',
			suberror: 'bad_token',
			error_codes: [700084],
		});
		expect(body['error_description']).toMatch(
			/^AADSTS700084: The refresh token was issued to a single page app \(SPA\), and therefore has a fixed, limited lifetime of 1\.00:00:00, which cannot be extended\..* The token was issued on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z\. Trace ID: /,
		);
	});

	test('ask for interaction when a scope was never consented (AADSTS65001, consent_required)', async () => {
		const first = await signIn(t, 'reconnect@reconnect.sandbox.example', {
			scopes: ['https://graph.microsoft.com/.default'],
		});
		// The reconnect tenant consented before the newest release, so never to its permissions.
		const newest = permissions.find((p) => p.addedIn === registry.releases.at(-1)!.id)!;
		const { status, body } = await refresh(first.refresh_token!, `${newest.claim} offline_access`);
		expect(status).toBe(400);
		expect(body).toMatchObject({
			error: 'invalid_grant',
			suberror: 'consent_required',
			error_codes: [65001],
		});
	});
});
