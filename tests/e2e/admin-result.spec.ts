// The admin consent result page as an IT admin meets it (forged, cancelled, declined, refused
// answers, and hostile text in the link), the admin consent workflow followed through in the
// checker, and the advice to an admin who consented only for themselves.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_CONSENT_STATE_KEY } from '../../src/admin/consent-state.ts';
import { app } from '../../src/registry/index.ts';
import { accountButton, CheckerPage, resetSandbox } from './checker-page.ts';
import { axe, consentResultMounted } from './help-centre.ts';

const NEEDS_ADMIN = {
	domain: 'needs-admin.sandbox.example',
	id: '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58',
};
const RESULT = '/teams/admin-consent/result/';

test.describe.configure({ mode: 'serial' });
test.beforeEach(async ({ request }) => resetSandbox(request));

const region = (page: Page) => page.getByRole('region', { name: 'Admin consent result' });
const heading = (page: Page) => region(page).getByRole('heading', { level: 2 });

/** Opens the result page with Microsoft's answer, once its view has read it (never the placeholder). */
async function openResult(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await consentResultMounted(page);
}

/** Follows the consent helper's link for the needs-admin organisation and signs in as `scenario`. */
async function followConsentLinkAs(page: Page, scenario: string): Promise<void> {
	await page.goto(`/teams/admin-consent/?tenant=${NEEDS_ADMIN.domain}`);
	await page.getByRole('button', { name: 'Get the consent link' }).click();
	await page
		.locator('.consent-helper')
		.getByRole('link', { name: /^Grant admin consent for / })
		.click();
	await accountButton(page, scenario).click();
}

test.describe('a forged approval is not believed', () => {
	test('admin_consent=True in a browser that issued no state', async ({ page }) => {
		await openResult(page, `${RESULT}?admin_consent=True&tenant=${NEEDS_ADMIN.id}&state=abc`);
		await expect(heading(page)).toHaveText('We cannot confirm this from the link: run the check');
		await expect(
			region(page).getByText('This browser did not open the consent link'),
		).toBeVisible();
		await expect(
			region(page).getByRole('link', { name: 'run the connection checker' }),
		).toHaveAttribute('href', '/teams/checker/');
		await expect(region(page)).not.toContainText('is approved');
	});

	test('admin_consent=True with another state than the one this browser issued', async ({
		page,
	}) => {
		await page.goto('/teams/admin-consent/');
		await page.evaluate(
			(key) => sessionStorage.setItem(key, 'the-one-we-sent'),
			ADMIN_CONSENT_STATE_KEY,
		);
		await openResult(page, `${RESULT}?admin_consent=True&tenant=${NEEDS_ADMIN.id}&state=forged`);
		await expect(region(page).getByRole('alert')).toContainText(
			'does not match the consent link this browser opened',
		);
		await expect(heading(page)).toHaveText('We cannot confirm this from the link: run the check');
	});
});

test.describe('every refusal speaks to the admin', () => {
	test('access_denied with error_subcode=cancel: nothing was approved', async ({ page }) => {
		await openResult(page, `${RESULT}?error=access_denied&error_subcode=cancel&state=x`);
		await expect(heading(page)).toHaveText('Nothing was approved');
		await expect(region(page)).toContainText('Error: access_denied.');
		await expect(region(page).getByText('The link said:')).toHaveCount(0);
	});

	test('declining the permissions (AADSTS65004, as Microsoft documents it)', async ({ page }) => {
		const description =
			'AADSTS65004: The resource owner or authorization server denied the request.\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333';
		await openResult(
			page,
			`${RESULT}?admin_consent=True&error=consent_required&error_description=${encodeURIComponent(description)}&state=12345`,
		);
		await expect(heading(page)).toHaveText(`You declined, so ${app.name} is not approved`);
		await expect(region(page).getByRole('link', { name: 'AADSTS65004' })).toHaveAttribute(
			'href',
			'https://login.microsoftonline.com/error?code=65004',
		);
		await expect(region(page).locator('q')).toHaveText(
			'AADSTS65004: The resource owner or authorization server denied the request. Trace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333',
		);
	});

	test('a non-admin follows the link: Need admin approval, then Return', async ({ page }) => {
		await followConsentLinkAs(page, 'needs-admin');
		await expect(page.getByRole('heading', { name: 'Need admin approval' })).toBeVisible();
		await page
			.getByRole('button', { name: 'Return to the application without granting consent' })
			.click();
		await page.waitForURL(`**${RESULT}?**`);
		await expect(heading(page)).toHaveText('Nothing was approved');
		await expect(region(page)).toContainText(
			'the account you signed in with cannot grant consent for the organisation',
		);
		await expect(region(page)).toContainText(
			'Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator',
		);
	});

	test('a non-admin answer with its code (AADSTS90094)', async ({ page }) => {
		await openResult(
			page,
			`${RESULT}?error=access_denied&error_description=${encodeURIComponent('AADSTS90094: The grant requires admin permission.')}`,
		);
		await expect(heading(page)).toHaveText(
			`This account cannot approve ${app.name} for your organisation`,
		);
	});

	test('an admin of another organisation follows the link (AADSTS50020)', async ({ page }) => {
		await followConsentLinkAs(page, 'can-consent');
		await page.waitForURL(`**${RESULT}?**`);
		await expect(heading(page)).toHaveText(
			'This account is not in the organisation the link is for',
		);
		await expect(region(page).getByRole('link', { name: 'AADSTS50020' })).toBeVisible();
	});

	test('an error_description with HTML is quoted as text, never run', async ({ page }) => {
		const hostile = '<img src=x onerror="window.__pwned=1"><b>Claras is approved</b>';
		await openResult(
			page,
			`${RESULT}?error=server_error&error_description=${encodeURIComponent(hostile)}`,
		);
		await expect(heading(page)).toHaveText(`Microsoft did not approve ${app.name}`);
		await expect(region(page).getByText('The link said:')).toBeVisible();
		await expect(region(page).locator('q')).toHaveText(hostile);
		await expect(region(page).locator('img, b')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	test('the result page has no serious or critical axe violation', async ({ page }) => {
		for (const query of [
			'?admin_consent=True&state=x',
			`?error=access_denied&error_description=${encodeURIComponent('AADSTS90094: x')}`,
		]) {
			await openResult(page, `${RESULT}${query}`);
			await expect(heading(page)).toBeFocused();
			const results = await axe(page).include('main').analyze();
			expect(
				results.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => v.id),
			).toEqual([]);
		}
	});
});

test('the admin consent workflow: Request approval is acknowledged, and the hand-off points at Admin consent requests', async ({
	page,
	request,
}) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('needs-admin-workflow', async (popup) => {
		await expect(popup.getByRole('heading', { name: 'Approval required' })).toBeVisible();
		await popup
			.getByLabel('Enter justification for requesting this app')
			.fill('For file notes from Teams meetings.');
		await popup.getByRole('button', { name: 'Request approval' }).click();
		await expect(popup.getByRole('heading', { name: 'Request sent' })).toBeVisible();
		await popup.getByRole('button', { name: 'Return to the application' }).click();
	});
	expect(await checker.findingIds()).toEqual(['admin-approval-required']);
	const ack = page.getByRole('status').filter({ hasText: 'request was sent' });
	await expect(ack).toContainText('reviewers your organisation chose');
	await expect(ack).toContainText('Microsoft then emails you the decision');
	await expect(ack).toContainText(`connect again in ${app.name}`);
	await expect(page.getByRole('region', { name: 'For your IT admin' })).toContainText(
		'Admin consent requests',
	);
	const state = (await (await request.get('/sandbox/_state')).json()) as {
		adminConsentRequests: { account: string; justification: string }[];
	};
	expect(state.adminConsentRequests).toEqual([
		expect.objectContaining({
			account: 'needs-admin-workflow',
			justification: 'For file notes from Teams meetings.',
		}),
	]);
});

test('an admin who consented only for themselves is told colleagues may still need consent', async ({
	page,
}) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('can-consent', (popup) =>
		popup.getByRole('button', { name: 'Accept' }).click(),
	);
	await expect(checker.verdict()).toHaveText(/^Ready/);
	const advice = page.locator('[data-finding="colleagues-need-consent"]');
	await expect(
		advice.getByRole('heading', {
			name: 'Your colleagues may still need consent for the organisation',
		}),
	).toBeVisible();
	await expect(advice).toContainText(
		'Open the admin consent link for your organisation once and select Accept',
	);
	await expect(advice.getByRole('link', { name: /How to fix/ })).toHaveAttribute(
		'href',
		'/teams/admin-consent/',
	);
});

test('the result page says it could not load when its view does not arrive, never "Reading…" for ever', async ({
	page,
}) => {
	await page.route(/\/_astro\/result-mount\.[\w-]+\.js$/, (route) => route.abort());
	await page.goto(`${RESULT}?admin_consent=True&tenant=${NEEDS_ADMIN.id}`);
	await expect(region(page)).toContainText('This page could not load.');
	await expect(region(page)).not.toContainText('Reading Microsoft’s answer');
});

test('without JavaScript the result page says it needs it, and does not claim to be reading', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		...(baseURL ? { baseURL } : {}),
	});
	const page = await context.newPage();
	await page.goto(`${RESULT}?admin_consent=True&tenant=${NEEDS_ADMIN.id}`);
	// Playwright's text matching skips <noscript>, so its paragraph is read from the DOM.
	const message = page.locator('[data-consent-result] noscript p');
	await expect(message).toBeVisible();
	expect(await message.evaluate((p) => p.textContent)).toContain('which needs JavaScript');
	await expect(region(page).getByText('Reading Microsoft’s answer…')).toBeHidden();
	await context.close();
});
