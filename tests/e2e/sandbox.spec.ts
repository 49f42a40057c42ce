// The real MSAL (in Chromium) signs in to the sandbox: popup and redirect, consent for the
// organisation, "Need admin approval" and admin consent through the v2 adminconsent endpoint.
import { expect, test, type Page } from '@playwright/test';
import { buildAdminConsentUrl } from '../../src/derive/consent-link.ts';
import { app, permissions } from '../../src/registry/index.ts';

const TEST_PAGE = '/sandbox-test/';
const inAccessToken = permissions.filter((p) => p.inAccessToken).map((p) => p.claim.toLowerCase());

interface Result {
	outcome: 'success' | 'error';
	username?: string;
	tenantId?: string;
	scopes?: string[];
	idTokenClaims?: Record<string, unknown>;
	errorCode?: string;
}

/** The test page: MSAL with the checker's configuration, and its last result. */
function msalPage(page: Page) {
	return {
		async open(query = '') {
			await page.goto(`${TEST_PAGE}${query}`);
			await expect(page.locator('body[data-ready="true"]')).toBeAttached();
		},
		async result(): Promise<Result> {
			const result = page.getByLabel('Result');
			await expect(result).not.toBeEmpty({ timeout: 15_000 });
			return JSON.parse((await result.textContent()) ?? '') as Result;
		},
		/** Starts a popup sign-in and returns the popup window. */
		async popup() {
			const popup = page.waitForEvent('popup');
			await page.getByRole('button', { name: 'Sign in with a popup' }).click();
			return popup;
		},
	};
}

const pick = (popup: Page, scenario: string) =>
	popup.getByRole('button', { name: new RegExp(`${scenario}@`) }).click();

test.beforeEach(async ({ request }) => {
	expect((await request.post('/sandbox/_reset')).status()).toBe(204);
});

test('ready signs in through a popup and gets every scope, with no certificate warning', async ({
	page,
}) => {
	const msal = msalPage(page);
	await msal.open();
	expect(new URL(page.url()).protocol).toBe('http:');
	const popup = await msal.popup();
	await expect(
		popup.getByText("This is the Claras Help Centre's local stand-in for Microsoft sign-in"),
	).toBeVisible();
	await expect(popup.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
	await pick(popup, 'ready');
	const result = await msal.result();
	expect(result.outcome).toBe('success');
	expect(result.username).toBe('ready@harbour.sandbox.example');
	expect(result.idTokenClaims?.['aud']).toBe(app.applicationId);
	expect(result.scopes?.map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(inAccessToken));

	await page.getByRole('button', { name: 'Call Graph /me' }).click();
	await expect(page.getByLabel('Result')).toContainText('"status": 200');
	await expect(page.getByLabel('Result')).toContainText('ready@harbour.sandbox.example');
});

test('ready signs in through a full-page redirect', async ({ page }) => {
	const msal = msalPage(page);
	await msal.open();
	await page.getByRole('button', { name: 'Sign in with a redirect' }).click();
	await pick(page, 'ready');
	await page.waitForURL(`**${TEST_PAGE}`);
	const result = await msal.result();
	expect(result.outcome).toBe('success');
	expect(result.username).toBe('ready@harbour.sandbox.example');
});

test('can-consent consents for the organisation, then a colleague signs in with no prompt', async ({
	page,
}) => {
	const msal = msalPage(page);
	await msal.open();
	const popup = await msal.popup();
	await pick(popup, 'can-consent');
	await expect(popup.getByRole('heading', { name: 'Permissions requested' })).toBeVisible();
	for (const permission of permissions)
		await expect(popup.getByText(permission.consentText, { exact: false }).first()).toBeVisible();
	await popup.getByLabel('Consent on behalf of your organisation').check();
	await popup.getByRole('button', { name: 'Accept' }).click();
	expect((await msal.result()).outcome).toBe('success');

	await msal.open('?loginHint=needs-admin-workflow@workflow.sandbox.example');
	const colleague = await msal.popup();
	const result = await msal.result();
	expect(result.outcome).toBe('success');
	expect(result.username).toBe('needs-admin-workflow@workflow.sandbox.example');
	expect(result.scopes?.map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(inAccessToken));
	// No picker and no consent screen: the popup went straight back and closed itself.
	await expect.poll(() => colleague.isClosed()).toBe(true);
});

test('needs-admin meets "Need admin approval"; tenant-admin consents through adminconsent, which answers as Entra does', async ({
	page,
}) => {
	const msal = msalPage(page);
	await msal.open('?loginHint=needs-admin@needs-admin.sandbox.example');
	const popup = await msal.popup();
	await expect(popup.getByRole('heading', { name: 'Need admin approval' })).toBeVisible();
	await popup
		.getByRole('button', { name: 'Return to the application without granting consent' })
		.click();
	const refused = await msal.result();
	expect(refused).toMatchObject({ outcome: 'error', errorCode: 'access_denied' });

	const origin = new URL(page.url()).origin;
	await page.goto(
		buildAdminConsentUrl({
			tenant: 'needs-admin.sandbox.example',
			applicationId: app.applicationId,
			permissions,
			redirectUri: `${origin}${app.consentResultPath}`,
			state: 'e2e-state',
			authorityOrigin: `${origin}/sandbox`,
		}),
	);
	await pick(page, 'tenant-admin');
	await expect(page.getByText('Accept for your organisation')).toBeVisible();
	await page.getByRole('button', { name: 'Accept' }).click();
	await page.waitForURL(`**${app.consentResultPath}**`);
	const back = new URL(page.url()).searchParams;
	expect(back.get('admin_consent')).toBe('True');
	expect(back.get('tenant')).toBe('2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58');
	expect(back.get('state')).toBe('e2e-state');
	// That needs-admin then gets every permission is the checker's fix loop
	// (tests/e2e/checker.spec.ts): the whole flow runs once, there.
});

test('response_mode=form_post: the sandbox page submits its form to the redirect URI, under its own CSP', async ({
	page,
	baseURL,
}) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
	});
	const authorize = new URL('/sandbox/organizations/oauth2/v2.0/authorize', baseURL);
	for (const [key, value] of Object.entries({
		client_id: app.applicationId,
		response_type: 'code',
		redirect_uri: new URL('/auth/redirect/', baseURL).toString(),
		scope: 'openid profile User.Read',
		state: 'form-post-state',
		code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
		code_challenge_method: 'S256',
		response_mode: 'form_post',
		login_hint: 'ready@harbour.sandbox.example',
	}))
		authorize.searchParams.set(key, value);
	const posted = page.waitForRequest(
		(request) =>
			request.method() === 'POST' && new URL(request.url()).pathname === '/auth/redirect/',
		{ timeout: 10_000 },
	);
	await page.goto(authorize.toString());
	const body = new URLSearchParams((await posted).postData() ?? '');
	expect(body.get('state')).toBe('form-post-state');
	expect(body.get('code')).toBeTruthy();
	expect(refused).toEqual([]);
});
