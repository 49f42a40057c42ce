// The IT admin path end to end, against the sandbox: name the organisation, follow the consent
// link, consent (or decline), read the result, and confirm with the checker that it worked.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_CONSENT_STATE_KEY } from '../../src/admin/consent-state.ts';
import { app } from '../../src/registry/index.ts';
import { accountButton, CheckerPage, resetSandbox } from './checker-page.ts';
import { axe } from './help-centre.ts';

const NEEDS_ADMIN = {
	domain: 'needs-admin.sandbox.example',
	id: '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58',
};

/** The consent helper on the admin consent article. */
class ConsentHelperPage {
	readonly page: Page;
	constructor(page: Page) {
		this.page = page;
	}
	async open(query = ''): Promise<void> {
		await this.page.goto(`/teams/admin-consent/${query}`);
	}
	input() {
		return this.page.getByLabel("Your organisation's email domain or tenant id");
	}
	/** The live region that says what happened (ready, looking up, or what is wrong). */
	status() {
		return this.page.locator('.consent-helper [role="status"]').first();
	}
	consentLink() {
		return this.page
			.locator('.consent-helper')
			.getByRole('link', { name: /^Grant admin consent for / });
	}
	async lookUp(text: string): Promise<void> {
		// The form is plain HTML: the island mounts on submit, keeping what was typed.
		await this.input().fill(text);
		await this.page.getByRole('button', { name: 'Get the consent link' }).click();
	}
}

test.describe.configure({ mode: 'serial' });
test.beforeEach(async ({ request }) => resetSandbox(request));

test('the needs-admin admin types the domain, consents, and is sent on to the checker', async ({
	page,
}) => {
	const helper = new ConsentHelperPage(page);
	await helper.open();
	await helper.lookUp(`  ${NEEDS_ADMIN.domain.toUpperCase()} `);
	await expect(helper.status()).toHaveText(
		`Ready for ${NEEDS_ADMIN.domain} (tenant id ${NEEDS_ADMIN.id}).`,
	);

	const href = new URL((await helper.consentLink().getAttribute('href')) ?? '');
	expect(href.pathname).toBe(`/sandbox/${NEEDS_ADMIN.id}/v2.0/adminconsent`);
	expect(href.searchParams.get('redirect_uri')).toBe(
		new URL(app.consentResultPath, page.url()).toString(),
	);
	expect(href.searchParams.get('state')).toBe(
		await page.evaluate((key) => sessionStorage.getItem(key), ADMIN_CONSENT_STATE_KEY),
	);
	await expect(page.getByLabel(`PowerShell script for ${NEEDS_ADMIN.domain}`)).toContainText(
		`Connect-MgGraph -TenantId '${NEEDS_ADMIN.id}'`,
	);
	await expect(page.getByLabel(`Azure CLI script for ${NEEDS_ADMIN.domain}`)).toContainText(
		`az login --tenant ${NEEDS_ADMIN.id}`,
	);

	await helper.consentLink().click();
	await accountButton(page, 'tenant-admin').click();
	await page.getByRole('button', { name: 'Accept' }).click();
	await page.waitForURL(`**${app.consentResultPath}?**`);
	await expect(
		page.getByRole('heading', { level: 2, name: `${app.name} is approved for your organisation` }),
	).toBeVisible();

	// Verification from the result page is the checker's: that the adviser then checks ready after
	// this consent is the fix loop in tests/e2e/checker.spec.ts, run once there.
	await page.getByRole('link', { name: /connection checker/ }).click();
	await expect(page).toHaveURL(/\/teams\/checker\/$/);
	await expect(new CheckerPage(page).checkButton()).toBeVisible();
});

test('declining consent tells the admin nothing was approved, with AADSTS65004', async ({
	page,
}) => {
	const helper = new ConsentHelperPage(page);
	await helper.open();
	await helper.lookUp(NEEDS_ADMIN.domain);
	await helper.consentLink().click();
	await accountButton(page, 'tenant-admin').click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.waitForURL(`**${app.consentResultPath}?**`);
	await expect(
		page.getByRole('heading', { level: 2, name: `You declined, so ${app.name} is not approved` }),
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'AADSTS65004' })).toHaveAttribute(
		'href',
		'https://login.microsoftonline.com/error?code=65004',
	);
});

test('an unknown domain gets the not-a-tenant message, and no link', async ({ page }) => {
	const helper = new ConsentHelperPage(page);
	await helper.open();
	await helper.lookUp('nobody-here.example.com');
	await expect(helper.status()).toContainText(
		'"nobody-here.example.com" is not the domain of a Microsoft Entra organisation',
	);
	await expect(helper.status()).toContainText('AADSTS90002');
	await expect(helper.input()).toHaveAttribute('aria-invalid', 'true');
	await expect(helper.consentLink()).toHaveCount(0);
});

test('junk is refused before any lookup, with what to type instead', async ({ page }) => {
	const helper = new ConsentHelperPage(page);
	await helper.open();
	const lookups: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('openid-configuration')) lookups.push(request.url());
	});
	await helper.lookUp('contoso advice');
	await expect(helper.status()).toContainText('has a space in it');
	await expect(helper.status()).toContainText("Type your organisation's email domain");
	expect(lookups).toEqual([]);
});

test('the checker hand-off link arrives prefilled, with an adviser email address, and copies', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const helper = new ConsentHelperPage(page);
	await helper.open(`?tenant=${encodeURIComponent(`needs-admin@${NEEDS_ADMIN.domain}`)}`);
	await expect(helper.status()).toHaveText(
		`Ready for ${NEEDS_ADMIN.domain} (tenant id ${NEEDS_ADMIN.id}).`,
	);
	await expect(page.getByText('We used the domain of the email address you typed.')).toBeVisible();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Consent link copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await helper.consentLink().getAttribute('href'),
	);

	const { violations } = await axe(page).include('.consent-helper').analyze();
	expect(
		violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.help}`),
	).toEqual([]);
});
