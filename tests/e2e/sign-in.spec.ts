// Sign-in as Microsoft really answers: real MSAL in Chromium with its pop-up blocker on (Playwright
// turns it off by default). A closed window is cancelled at once; a slow MFA step outlasts MSAL's
// old 60-second limit; the silent retry after "Return to the application" names the real reason on
// the popup and redirect paths alike; Entra-only error pages; Sign out ends the sandbox session.
import { expect, test, type Page } from '@playwright/test';
import { aadstsCodes } from '../../src/registry/error-codes.ts';
import { app } from '../../src/registry/index.ts';
import { withPopupBlocker } from '../../scripts/chromium.ts';
import { accountButton, CheckerPage, resetSandbox, setFaults } from './checker-page.ts';

test.use({ launchOptions: withPopupBlocker });
test.beforeEach(async ({ request }) => resetSandbox(request));

const NEEDS_ADMIN = 'needs-admin@needs-admin.sandbox.example';
const returnWithout = (popup: Page) =>
	popup.getByRole('button', { name: 'Return to the application without granting consent' }).click();
const blockPopups = (page: Page) => page.addInitScript(() => (window.open = () => null));

/** Signs `ready` in to the sandbox, then makes this tab forget it: the sandbox session keeps it. */
async function sandboxRemembers(checker: CheckerPage, scenario = 'ready') {
	await checker.open();
	await checker.checkAs(scenario);
	await checker.page.evaluate(() => sessionStorage.clear());
	await checker.open();
}

test('closing the Microsoft window: Cancel ends the check at once, and the next check starts cleanly', async ({
	page,
}) => {
	const checker = new CheckerPage(page);
	await checker.open();
	const popup = await checker.openPopup(() => checker.checkButton().click());
	await expect(accountButton(popup, 'ready')).toBeVisible();
	await popup.close();
	await page.evaluate(() => window.dispatchEvent(new Event('focus')));
	await expect(page.getByText('Did you close the Microsoft window?')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	// No timer waited out: the answer is there at once, long before MSAL's bridge timer could matter.
	await expect(checker.verdict()).toBeVisible();
	expect(await checker.findingIds()).toEqual(['sign-in-cancelled']);
	// MSAL's abandoned wait was released: no interaction_in_progress on the next try.
	const again = await checker.openPopup(() =>
		page.getByRole('button', { name: 'Check again' }).click(),
	);
	await accountButton(again, 'ready').click();
	await expect(checker.verdict()).toHaveText(/^Ready/, { timeout: 20_000 });
});

test('slow-mfa: a sign-in that takes over a minute still finishes', async ({ page }) => {
	await page.clock.install();
	const checker = new CheckerPage(page);
	await checker.open();
	const popup = await checker.openPopup(() => checker.checkButton().click());
	await accountButton(popup, 'slow-mfa').click();
	await expect(popup.getByRole('heading', { name: 'Approve sign-in request' })).toBeVisible();
	await page.clock.fastForward('02:00'); // Past MSAL's 60-second default popupBridgeTimeout.
	await expect(checker.status()).toHaveText(/Signing you in/);
	await popup.getByRole('button', { name: /Approve on my phone/ }).click();
	await expect(checker.verdict()).toHaveText(/^Ready/, { timeout: 20_000 });
});

test('slow-mfa left waiting past the limit: sign-in-unfinished, with its fix', async ({ page }) => {
	await page.clock.install();
	const checker = new CheckerPage(page);
	await checker.open();
	const popup = await checker.openPopup(() => checker.checkButton().click());
	await accountButton(popup, 'slow-mfa').click();
	await expect(popup.getByRole('heading', { name: 'Approve sign-in request' })).toBeVisible();
	await page.clock.fastForward('10:30');
	await expect(checker.verdict()).toBeVisible({ timeout: 20_000 });
	expect(await checker.findingIds()).toEqual(['sign-in-unfinished']);
	await expect(
		page.locator('[data-finding="sign-in-unfinished"]').getByRole('link', { name: /How to fix/ }),
	).toHaveAttribute('href', '/teams/troubleshooting/sign-in-unfinished/');
});

test.describe('needs-admin → "Return to the application" with two sandbox accounts signed in', () => {
	test('popup, the account known from the page: admin-approval-required', async ({ page }) => {
		const checker = new CheckerPage(page);
		await sandboxRemembers(checker);
		await page.goto(`/teams/checker/?login_hint=${encodeURIComponent(NEEDS_ADMIN)}`);
		const popup = await checker.openPopup(() => checker.checkButton().click());
		await returnWithout(popup);
		await expect(checker.verdict()).toBeVisible({ timeout: 20_000 });
		expect(await checker.findingIds()).toEqual(['admin-approval-required']);
	});

	test('redirect (pop-ups blocked), the same account: the same finding', async ({ page }) => {
		const checker = new CheckerPage(page);
		await sandboxRemembers(checker);
		await blockPopups(page);
		await page.goto(`/teams/checker/?login_hint=${encodeURIComponent(NEEDS_ADMIN)}`);
		await checker.checkButton().click();
		await returnWithout(page);
		await expect(page).toHaveURL(/\/teams\/checker\//);
		await expect(checker.verdict()).toBeVisible({ timeout: 20_000 });
		expect(await checker.findingIds()).toEqual(['admin-approval-required']);
	});

	test('no way to tell which account tried (AADSTS16000): the cancel stands, never a guess', async ({
		page,
	}) => {
		const checker = new CheckerPage(page);
		await sandboxRemembers(checker);
		const popup = await checker.openPopup(() => checker.checkButton().click());
		await accountButton(popup, 'needs-admin').click();
		await returnWithout(popup);
		await expect(checker.verdict()).toBeVisible({ timeout: 20_000 });
		expect(await checker.findingIds()).toEqual(['sign-in-cancelled']);
	});
});

test('one account signed in: the silent retry needs no hint', async ({ page }) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('needs-admin', returnWithout);
	expect(await checker.findingIds()).toEqual(['admin-approval-required']);
});

test('a browser that blocks third-party cookies: the silent retry finds no session, so the cancel stands', async ({
	page,
	request,
}) => {
	await setFaults(request, { blockThirdPartyCookies: true });
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('needs-admin', returnWithout);
	expect(await checker.findingIds()).toEqual(['sign-in-cancelled']);
});

test.describe('errors Entra shows on its own page', () => {
	// Entra keeps these on its own page (sandbox/decide.ts): the checker hears nothing, the adviser
	// presses Cancel, and the code on the page leads to its fix.
	for (const { code, scenario, what, message } of [
		{
			code: '500200',
			scenario: 'personal',
			what: 'a personal account',
			message:
				/^AADSTS500200: User account 'personal@outlook\.sandbox\.example' is a personal Microsoft account\./,
		},
		{
			code: '53003',
			scenario: 'conditional-access',
			what: 'a Conditional Access block',
			message: /^AADSTS53003: Access has been blocked by Conditional Access policies\./,
		},
	] as const) {
		test(`${code}: ${what} stays on the error page with its code; Cancel ends the check`, async ({
			page,
		}) => {
			const checker = new CheckerPage(page);
			await checker.open();
			const popup = await checker.openPopup(() => checker.checkButton().click());
			await accountButton(popup, scenario).click();
			await expect(
				popup.getByRole('heading', { name: "Sorry, but we're having trouble signing you in." }),
			).toBeVisible();
			await expect(popup.getByText(message)).toBeVisible();
			await page.getByRole('button', { name: 'Cancel' }).click();
			expect(await checker.findingIds()).toEqual(['sign-in-cancelled']);
			await expectLookedUp(page, code);
		});
	}

	test('50011: a redirect URI that is not registered is shown, never redirected', async ({
		page,
	}) => {
		const query = new URLSearchParams({
			client_id: app.applicationId,
			response_type: 'code',
			redirect_uri: 'https://claras.example/not-registered',
			scope: 'openid',
			state: 's',
		});
		await page.goto(`/sandbox/organizations/oauth2/v2.0/authorize?${query}`);
		await expect(
			page.getByRole('heading', { name: "Sorry, but we're having trouble signing you in." }),
		).toBeVisible();
		await expect(
			page.getByText(
				/^AADSTS50011: The redirect URI 'https:\/\/claras\.example\/not-registered' specified in the request does not match/,
			),
		).toBeVisible();
		await expect(page).toHaveURL(/\/sandbox\/organizations\/oauth2\/v2\.0\/authorize/);
		await expectLookedUp(page, '50011');
	});
});

/** The adviser types the code Microsoft showed into the help centre's look-up, and gets its meaning. */
async function expectLookedUp(page: Page, code: keyof typeof aadstsCodes) {
	await page.goto('/teams/error-codes/');
	const box = page.getByRole('region', { name: 'Microsoft showed me a code' });
	await box
		.getByRole('textbox', { name: 'The code, or the whole error message' })
		.fill(`AADSTS${code}`);
	await box.getByRole('button', { name: 'Explain this code' }).click();
	await expect(box.getByRole('status')).toContainText(aadstsCodes[code].meaning);
}

test('Sign out ends the Microsoft session: the picker no longer shows the account as signed in', async ({
	page,
}) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('ready');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(checker.status()).toHaveText(
		'You are signed out of Microsoft in this browser, and this page has forgotten your account.',
		{ timeout: 20_000 },
	);
	const popup = await checker.openPopup(() => checker.checkButton().click());
	await expect(accountButton(popup, 'ready')).toBeVisible();
	await expect(accountButton(popup, 'ready')).not.toContainText('Signed in');
});
