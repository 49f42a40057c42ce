// The connection checker end to end: real Chromium, real MSAL, the sandbox on the same origin.
// Tests in this file run one after another in one worker (Playwright's default for a file), and
// each starts from a reset sandbox.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CheckerPage, resetSandbox } from './checker-page.ts';

test.beforeEach(async ({ request }) => resetSandbox(request));

const press = (name: string | RegExp) => async (popup: Page) => popup.getByRole('button', { name }).click();
const returnWithout = press('Return to the application without granting consent');

/** Each sandbox account, what the user does in the sign-in window, and what the checker finds. */
const scenarios: [scenario: string, inPopup: ((popup: Page) => Promise<void>) | undefined, findings: string[], fix: string | undefined][] = [
	['ready', undefined, [], undefined],
	['can-consent', press('Cancel'), ['consent-declined'], '/teams/troubleshooting/consent-declined/'],
	['needs-admin', returnWithout, ['admin-approval-required'], '/teams/faq/need-admin-approval/'],
	['needs-admin-workflow', returnWithout, ['admin-approval-required'], '/teams/faq/need-admin-approval/'],
	['tenant-admin', press('Accept'), [], undefined],
	['reconnect', undefined, ['reconnect-required'], '/teams/reconnect/'],
	['no-exchange-licence', undefined, ['exchange-licence-missing'], '/teams/troubleshooting/licences/'],
	['licence-disabled', undefined, ['exchange-licence-disabled'], '/teams/troubleshooting/licences/'],
	['mailbox-on-premises', undefined, ['mailbox-unavailable'], '/teams/faq/mailbox-unavailable/'],
	['no-teams-licence', undefined, ['teams-licence-missing'], '/teams/troubleshooting/licences/'],
	['personal', undefined, ['personal-account'], '/teams/troubleshooting/personal-account/'],
	['conditional-access', undefined, ['conditional-access-blocked'], '/teams/troubleshooting/conditional-access/'],
	['throttled', undefined, [], undefined],
	['graph-down', undefined, ['graph-unavailable'], '/teams/troubleshooting/graph-problems/'],
];

for (const [scenario, inPopup, findings, fix] of scenarios) {
	test(`${scenario}: ${findings.length ? findings.join(', ') : 'ready'}`, async ({ page }) => {
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs(scenario, inPopup);
		const found = await checker.findingIds();
		console.log(scenario, JSON.stringify(found), await page.locator('[data-finding] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
		expect.soft(found).toEqual(findings);
		await expect(checker.verdict()).toHaveText(findings.length ? /^Action needed/ : /^Ready/);
		if (fix) await expect(page.locator(`[data-finding="${findings[0]}"]`).getByRole('link', { name: /How to fix/ })).toHaveAttribute('href', new RegExp(`^${fix}`));
	});
}
