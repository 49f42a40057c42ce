// The sign-in answers that real Entra gives and a kind emulator would not: prompt=none as Entra
// words it, errors that stay on Entra's own page, a slow MFA step, end-session per account, and
// admin consent to the SPA redirect URI.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildAdminConsentUrl } from '../src/derive/consent-link.ts';
import { app, permissions } from '../src/registry/index.ts';
import {
	authorize,
	claims,
	redeem,
	REDIRECT_PATH,
	startSandbox,
	type TestSandbox,
} from '../tests/support/test-client.ts';

let t: TestSandbox;
beforeAll(async () => (t = await startSandbox()));
afterAll(() => t.close());
beforeEach(() => t.sandbox.reset());

/** Signs accounts into one browser session (login_hint, no MFA); returns its cookie. */
async function session(...emails: string[]): Promise<string> {
	let cookie: string | undefined;
	for (const email of emails)
		cookie = (await authorize(t, email, cookie ? { cookie } : {})).cookie ?? cookie;
	return cookie!;
}
const silent = (hint: string | undefined, cookie?: string) =>
	authorizeRaw({ prompt: 'none', ...(hint ? { login_hint: hint } : {}) }, cookie);

async function authorizeRaw(
	extra: Record<string, string>,
	cookie?: string,
	tenant = 'organizations',
) {
	const url = new URL(`${t.origin}/sandbox/${tenant}/oauth2/v2.0/authorize`);
	const params = {
		client_id: app.applicationId,
		response_type: 'code',
		redirect_uri: `${t.origin}${REDIRECT_PATH}`,
		scope: 'https://graph.microsoft.com/.default openid profile offline_access',
		state: 's',
		code_challenge: 'x'.repeat(43),
		code_challenge_method: 'S256',
		...extra,
	};
	for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
	const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
	const location = response.headers.get('location');
	return { response, location, params: new URLSearchParams((location ?? '').split('#')[1] ?? '') };
}

describe('prompt=none answers as Entra does', () => {
	test.each<[string, string[], string | undefined, string, string | undefined]>([
		[
			'one account, nothing consented',
			['needs-admin@needs-admin.sandbox.example'],
			undefined,
			'consent_required',
			'65001',
		],
		[
			'the workflow tenant: still 65001, never 90095',
			['needs-admin-workflow@workflow.sandbox.example'],
			undefined,
			'consent_required',
			'65001',
		],
		[
			'an admin without consent',
			['tenant-admin@needs-admin.sandbox.example'],
			undefined,
			'consent_required',
			'65001',
		],
		['no session at all', [], undefined, 'login_required', '50058'],
		[
			'a hint for an account not in the session',
			['ready@harbour.sandbox.example'],
			'needs-admin@needs-admin.sandbox.example',
			'login_required',
			'50058',
		],
		[
			'several accounts and no hint',
			['ready@harbour.sandbox.example', 'needs-admin@needs-admin.sandbox.example'],
			undefined,
			'interaction_required',
			'16000',
		],
		[
			'several accounts, the hint picks one',
			['ready@harbour.sandbox.example', 'needs-admin@needs-admin.sandbox.example'],
			'needs-admin@needs-admin.sandbox.example',
			'consent_required',
			'65001',
		],
		[
			'several accounts, the hint picks a ready one',
			['ready@harbour.sandbox.example', 'needs-admin@needs-admin.sandbox.example'],
			'ready@harbour.sandbox.example',
			'code',
			undefined,
		],
		[
			'the hint is the id token login_hint claim (what MSAL sends)',
			['ready@harbour.sandbox.example', 'needs-admin@needs-admin.sandbox.example'],
			Buffer.from(
				'0f5d7c1e-3a2b-4c6d-9e8f-1a2b3c4d5e01.6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21',
			).toString('base64url'),
			'code',
			undefined,
		],
	])('%s → %s %s', async (_, signedIn, hint, expected, aadsts) => {
		const cookie = signedIn.length ? await session(...signedIn) : undefined;
		const { params } = await silent(hint, cookie);
		if (expected === 'code') return expect(params.get('code')).toBeTruthy();
		expect(params.get('error')).toBe(expected);
		expect(params.get('error_description')).toMatch(new RegExp(`^AADSTS${aadsts}: `));
	});
});

describe('a browser that blocks third-party cookies', () => {
	test('sends no Entra cookie into the silent iframe: login_required 50058 despite a session', async () => {
		const cookie = await session('ready@harbour.sandbox.example');
		expect((await silent('ready@harbour.sandbox.example', cookie)).params.get('code')).toBeTruthy();
		t.sandbox.setFaults({ blockThirdPartyCookies: true });
		const { params } = await silent('ready@harbour.sandbox.example', cookie);
		expect(params.get('error')).toBe('login_required');
		expect(params.get('error_description')).toMatch(/^AADSTS50058: /);
		// The sign-in window is first-party: it still finds the session and signs in at once.
		expect(
			(await authorize(t, 'ready@harbour.sandbox.example', { cookie })).params.get('code'),
		).toBeTruthy();
	});
});

describe('errors Entra shows on its own page and never redirects', () => {
	test.each<[string, Record<string, string>, string, string]>([
		[
			'a personal account at /organizations',
			{ login_hint: 'personal@outlook.sandbox.example' },
			'organizations',
			"AADSTS500200: User account 'personal@outlook.sandbox.example' is a personal Microsoft account. Personal Microsoft accounts are not supported for this application unless explicitly invited to an organization. Try signing out and signing back in with an organizational account.",
		],
		[
			"a personal account at a tenant's authority",
			{ login_hint: 'personal@outlook.sandbox.example' },
			'harbour.sandbox.example',
			"AADSTS50020: User account 'personal@outlook.sandbox.example' from identity provider 'live.com' does not exist in tenant 'Harbour Financial Advice (sandbox)'",
		],
		[
			'a work account from another directory',
			{ login_hint: 'ready@harbour.sandbox.example' },
			'needs-admin.sandbox.example',
			"AADSTS50020: User account 'ready@harbour.sandbox.example' from identity provider 'https://sts.windows.net/",
		],
		[
			'a Conditional Access block',
			{ login_hint: 'conditional-access@harbour.sandbox.example' },
			'organizations',
			'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
		],
		[
			'an unregistered redirect URI',
			{ redirect_uri: 'https://evil.example/cb' },
			'organizations',
			"AADSTS50011: The redirect URI 'https://evil.example/cb' specified in the request does not match the redirect URIs configured for the application",
		],
		[
			'an app not in the directory',
			{ client_id: '11111111-2222-3333-4444-555555555555' },
			'needs-admin.sandbox.example',
			"AADSTS700016: Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory 'Needs Admin Planning (sandbox)'.",
		],
	])('%s', async (_, extra, tenant, text) => {
		const { response, location } = await authorizeRaw(extra, undefined, tenant);
		expect(location).toBeNull();
		const body = await response.text();
		expect(body).toContain("Sorry, but we're having trouble signing you in.");
		expect(body.replace(/&#39;/g, "'")).toContain(text);
		expect(body).toContain('Troubleshooting details');
	});
});

describe('slow-mfa waits on its Authenticator step', () => {
	test('signing in shows "Approve sign-in request", however long it takes, then a code', async () => {
		const first = await authorize(t, 'slow-mfa@harbour.sandbox.example');
		const html = await first.response.text();
		expect(html).toContain('<h1>Approve sign-in request</h1>');
		expect(first.response.headers.get('location')).toBeNull();
		t.advance(5 * 60_000); // Five minutes on the phone.
		const step = /action="([^"]+)"/.exec(html)![1]!;
		const approved = await fetch(`${t.origin}${step}`, {
			method: 'POST',
			body: new URLSearchParams({ action: 'mfa-approve' }),
			redirect: 'manual',
		});
		const code = new URLSearchParams(approved.headers.get('location')!.split('#')[1]).get('code');
		expect(code).toBeTruthy();
		const cookie = approved.headers.get('set-cookie')!.split(';')[0]!;
		// Once signed in, a silent sign-in in the same session asks for no second approval.
		expect(
			(await silent('slow-mfa@harbour.sandbox.example', cookie)).params.get('code'),
		).toBeTruthy();
	});
});

describe('end-session', () => {
	const logout = (query: Record<string, string>, cookie: string) =>
		fetch(`${t.origin}/sandbox/organizations/oauth2/v2.0/logout?${new URLSearchParams(query)}`, {
			redirect: 'manual',
			headers: { cookie },
		});
	test('logout_hint (the id token login_hint) signs out that account only, and state comes back', async () => {
		const first = await authorize(t, 'ready@harbour.sandbox.example');
		const cookie = await session(
			'ready@harbour.sandbox.example',
			'needs-admin@needs-admin.sandbox.example',
		);
		const idToken = (await redeem(t, first.params.get('code')!, first.verifier)).body[
			'id_token'
		] as string;
		const answer = await logout(
			{
				logout_hint: claims(idToken)['login_hint'] as string,
				post_logout_redirect_uri: `${t.origin}${REDIRECT_PATH}`,
				state: 'bridge-state',
			},
			cookie,
		);
		expect(answer.status).toBe(302);
		expect(new URL(answer.headers.get('location')!).searchParams.get('state')).toBe('bridge-state');
		expect(t.sandbox.state.sessionAccounts(cookie.split('=')[1])).toEqual(['needs-admin']);
	});
	test('without a hint, every account; an address on another origin is not followed', async () => {
		const cookie = await session(
			'ready@harbour.sandbox.example',
			'needs-admin@needs-admin.sandbox.example',
		);
		const answer = await logout({ post_logout_redirect_uri: 'https://evil.example/' }, cookie);
		expect(answer.status).toBe(200);
		expect(await answer.text()).toContain('You signed out of your account');
		expect(t.sandbox.state.sessionAccounts(cookie.split('=')[1])).toEqual([]);
	});
});

test('admin consent accepts the SPA redirect URI, as Entra does', async () => {
	const url = buildAdminConsentUrl({
		tenant: 'needs-admin.sandbox.example',
		applicationId: app.applicationId,
		permissions,
		redirectUri: `${t.origin}${REDIRECT_PATH}`,
		state: 's',
		authorityOrigin: `${t.origin}/sandbox`,
	});
	const response = await fetch(url);
	expect(response.status).toBe(200);
	expect(await response.text()).toContain('<h1>Pick an account</h1>');
});
