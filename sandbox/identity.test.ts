// Discovery, authorize and admin consent answer as Entra ID does for each scenario account.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildAdminConsentUrl } from '../src/derive/consent-link.ts';
import { app, permissions } from '../src/registry/index.ts';
import { createHash } from 'node:crypto';
import {
	authorize,
	REDIRECT_PATH,
	startSandbox,
	type TestSandbox,
} from '../tests/support/test-client.ts';

let t: TestSandbox;
beforeAll(async () => (t = await startSandbox()));
afterAll(() => t.close());
beforeEach(() => t.sandbox.reset());

const NEEDS_ADMIN_TENANT = '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58';
const openIdConfiguration = (tenant: string) =>
	fetch(`${t.origin}/sandbox/${tenant}/v2.0/.well-known/openid-configuration`);

describe('OpenID configuration', () => {
	test.each([
		['organizations', `/sandbox/{tenantid}/v2.0`],
		['needs-admin.sandbox.example', `/sandbox/${NEEDS_ADMIN_TENANT}/v2.0`],
		[NEEDS_ADMIN_TENANT, `/sandbox/${NEEDS_ADMIN_TENANT}/v2.0`],
	])('%s has its issuer and endpoints', async (tenant, issuerPath) => {
		const response = await openIdConfiguration(tenant);
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, string>;
		expect(body['issuer']).toBe(`${t.origin}${issuerPath}`);
		expect(body['authorization_endpoint']).toMatch(/\/oauth2\/v2\.0\/authorize$/);
		expect((await (await fetch(body['jwks_uri']!)).json()).keys[0]).toMatchObject({
			kty: 'RSA',
			use: 'sig',
		});
	});

	test('an unknown tenant domain gets 400 invalid_tenant (AADSTS90002)', async () => {
		const response = await openIdConfiguration('nobody.example');
		expect(response.status).toBe(400);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
		expect((body['error_description'] as string).split(' Trace ID')[0]).toMatchInlineSnapshot(
			`"AADSTS90002: Tenant 'nobody.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."`,
		);
	});
});

describe('authorize', () => {
	test.each([
		['ready@harbour.sandbox.example', {}, 'code', undefined],
		['needs-admin@needs-admin.sandbox.example', { prompt: 'none' }, 'login_required', '50058'],
	])('%s %j answers %s %s', async (email, options, outcome, aadsts) => {
		const { params } = await authorize(t, email, options);
		if (outcome === 'code') expect(params.get('code')).toBeTruthy();
		else {
			expect(params.get('error')).toBe(outcome);
			expect(params.get('error_description')).toMatch(new RegExp(`^AADSTS${aadsts}: `));
			expect(params.get('state')).toBe('state-1');
		}
	});

	test.each([
		['needs-admin@needs-admin.sandbox.example', 'Need admin approval', 'Request approval', false],
		[
			'needs-admin-workflow@workflow.sandbox.example',
			'Approval required',
			'Request approval',
			true,
		],
		[
			'can-consent@workflow.sandbox.example',
			'Permissions requested',
			'Consent on behalf of your organisation',
			true,
		],
		[
			'reconnect@reconnect.sandbox.example',
			'Permissions requested',
			'Consent on behalf of your organisation',
			false,
		],
		[
			'personal@outlook.sandbox.example',
			'Permissions requested',
			'Consent on behalf of your organisation',
			false,
		],
	])('%s sees "%s" (shows "%s": %s)', async (email, heading, text, shown) => {
		const { response } = await authorize(
			t,
			email,
			email.startsWith('personal@') ? { tenant: 'common' } : {},
		);
		const html = await response.text();
		expect(html).toContain(`<h1>${heading}</h1>`);
		expect(html.includes(text)).toBe(shown);
		expect(html).toContain('Sandbox.');
	});

	test('an unregistered redirect URI gets an error page, not a redirect (AADSTS50011)', async () => {
		const { response } = await authorize(t, 'ready@harbour.sandbox.example', {
			redirectUri: 'https://evil.example/cb',
		});
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('AADSTS50011');
	});

	test('response_mode=form_post answers with a form that submits itself, under a policy that lets it', async () => {
		const { response } = await authorize(t, 'ready@harbour.sandbox.example', {
			responseMode: 'form_post',
		});
		expect(response.status).toBe(200);
		const html = await response.text();
		const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
		expect(action).toBe(`${t.origin}${REDIRECT_PATH}`);
		const fields = Object.fromEntries(
			[...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
				m[1],
				m[2],
			]),
		);
		expect(fields).toMatchObject({ state: 'state-1' });
		expect(fields['code']).toBeTruthy();
		// The one inline script is the one the page's own policy allows, and the form may go only
		// to the redirect URI's origin (the site's header CSP would refuse the script).
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(scripts).toHaveLength(1);
		const hash = createHash('sha256').update(scripts[0]!).digest('base64');
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toContain(`script-src 'sha256-${hash}'`);
		expect(policy).toContain(`form-action ${t.origin};`);
		expect(policy).toContain("default-src 'none'");
		expect(html).toContain('<noscript>');
	});

	test('the picker lists every account, the login_hint first, when prompt=select_account', async () => {
		const { response } = await authorize(t, 'graph-down@harbour.sandbox.example', {
			prompt: 'select_account',
		});
		const html = await response.text();
		expect(html).toContain('<h1>Pick an account</h1>');
		expect(html.indexOf('graph-down@')).toBeLessThan(html.indexOf('ready@'));
	});
});

describe('admin consent', () => {
	/** Opens the tenant's admin consent URL; returns a poster for its sign-in step's form. */
	async function start(tenant: string) {
		const url = buildAdminConsentUrl({
			tenant,
			applicationId: app.applicationId,
			permissions,
			redirectUri: `${t.origin}${app.consentResultPath}`,
			state: 's-42',
			authorityOrigin: `${t.origin}/sandbox`,
		});
		const picker = await (await fetch(url)).text();
		const step = /action="([^"]+)"/.exec(picker)![1]!;
		return (form: Record<string, string>) =>
			fetch(`${t.origin}${step}`, {
				method: 'POST',
				body: new URLSearchParams(form),
				redirect: 'manual',
			});
	}
	const redirectedTo = (answer: Response) => new URL(answer.headers.get('location')!).searchParams;

	async function consent(tenant: string, admin: string, action: 'accept' | 'decline') {
		const post = await start(tenant);
		expect(await (await post({ action: 'pick', account: admin })).text()).toContain(
			'Accept for your organisation',
		);
		return redirectedTo(await post({ action }));
	}

	test('accepted: admin_consent=True with the tenant id, scope and state, and the grant applies', async () => {
		const back = await consent('needs-admin.sandbox.example', 'tenant-admin', 'accept');
		expect(Object.fromEntries(back)).toMatchObject({
			admin_consent: 'True',
			tenant: NEEDS_ADMIN_TENANT,
			state: 's-42',
		});
		expect(back.get('scope')).toContain('User.Read');
		const { params } = await authorize(t, 'needs-admin@needs-admin.sandbox.example');
		expect(params.get('code')).toBeTruthy();
	});

	test('declined: access_denied with AADSTS65004, the state, and admin_consent=True beside them', async () => {
		const back = await consent('needs-admin.sandbox.example', 'tenant-admin', 'decline');
		expect(back.get('error')).toBe('access_denied');
		expect(back.get('error_description')).toMatch(
			/^AADSTS65004: User declined to consent to access the app\./,
		);
		expect(back.get('state')).toBe('s-42');
		expect(back.get('admin_consent')).toBe('True');
	});

	test("an admin from another directory: access_denied with AADSTS50020, redirected (not Entra's page)", async () => {
		const post = await start('needs-admin.sandbox.example');
		const back = redirectedTo(await post({ action: 'pick', account: 'can-consent' }));
		expect(back.get('error')).toBe('access_denied');
		expect(back.get('error_description')).toMatch(/^AADSTS50020: User account 'can-consent@/);
		expect(back.get('state')).toBe('s-42');
	});

	test('refuses the common endpoint', async () => {
		const response = await fetch(
			`${t.origin}/sandbox/common/v2.0/adminconsent?client_id=${app.applicationId}`,
		);
		expect(response.status).toBe(400);
	});
});
