// The consent helper as an IT admin uses it: focus lands on the result or on what is wrong after
// every look-up, and the result prints as a one-page handout for an outsourced IT provider.
import { expect, test, type Page } from '@playwright/test';
import { app } from '../../src/registry/index.ts';
import { resetSandbox } from './checker-page.ts';

const NEEDS_ADMIN = {
	domain: 'needs-admin.sandbox.example',
	id: '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58',
};

async function lookUp(page: Page, text: string): Promise<void> {
	await page.getByLabel("Your organisation's email domain or tenant id").fill(text);
	await page.getByRole('button', { name: 'Get the consent link' }).click();
}

test.beforeEach(async ({ request }) => resetSandbox(request));

test('after each look-up, focus is on its result or its error', async ({ page }) => {
	await page.goto('/teams/admin-consent/');
	const result = page.getByRole('region', { name: `Consent for ${NEEDS_ADMIN.domain}` });
	const message = page.locator('#consent-helper-message');

	const lookUps: [typed: string, focused: () => ReturnType<Page['locator']>, says: RegExp][] = [
		[NEEDS_ADMIN.domain, () => result, /Open the consent link/],
		['contoso advice', () => message, /has a space in it/],
		[
			'nobody-here.example.com',
			() => message,
			/is not the domain of a Microsoft Entra organisation/,
		],
		[NEEDS_ADMIN.domain, () => result, /Open the consent link/],
		[NEEDS_ADMIN.domain, () => result, /Open the consent link/], // the same answer again still moves focus
	];
	for (const [typed, focused, says] of lookUps) {
		await lookUp(page, typed);
		await expect(focused(), typed).toBeFocused();
		await expect(focused()).toContainText(says);
		await page.getByLabel("Your organisation's email domain or tenant id").focus();
	}
});

test('printed, the result is a one-page handout: tenant, link, steps and commands', async ({
	page,
}) => {
	await page.goto('/teams/admin-consent/');
	await lookUp(page, NEEDS_ADMIN.domain);
	await expect(
		page.getByRole('region', { name: `Consent for ${NEEDS_ADMIN.domain}` }),
	).toBeFocused();
	await page.emulateMedia({ media: 'print' });

	const handout = page.locator('.consent-helper .result');
	await expect(
		handout.getByText(`Grant admin consent for ${app.name}: ${NEEDS_ADMIN.domain}`),
	).toBeVisible();
	await expect(handout).toContainText(`tenant id ${NEEDS_ADMIN.id}`);
	await expect(handout).toContainText(app.applicationId);
	await expect(handout.getByLabel('Admin consent link')).toContainText(
		`/${NEEDS_ADMIN.id}/v2.0/adminconsent?client_id=`,
	);
	await expect(handout).toContainText('Entra ID › Enterprise apps › All applications');
	await expect(handout.getByLabel(`PowerShell script for ${NEEDS_ADMIN.domain}`)).toBeVisible();
	await expect(handout.getByLabel(`Azure CLI script for ${NEEDS_ADMIN.domain}`)).toBeVisible();

	// Only the handout: no form, buttons, site chrome or the rest of the article.
	await expect(page.getByRole('button', { name: 'Get the consent link' })).toBeHidden();
	for (const button of await handout.getByRole('button').all()) await expect(button).toBeHidden();
	for (const hidden of [
		'header.header',
		'nav.sidebar',
		'.main-pane footer',
		'h1',
		'[data-figure="entra-permissions"]',
	]) {
		await expect(page.locator(hidden).first(), hidden).toBeHidden();
	}
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
