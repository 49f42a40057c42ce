// The checker with the browser's popup blocker on, as a real user has it (Playwright turns it off by
// default): the code a check needs is fetched once the page is idle, so a press opens the Microsoft
// window; a press before the code arrives still works; and no check raises a CSP violation event
// of any kind (listened for in the page, not read from console messages).
import { expect, test, type Page } from '@playwright/test';
import { withPopupBlocker } from '../../scripts/chromium.ts';
import { accountButton, CheckerPage, resetSandbox } from './checker-page.ts';

test.use({ launchOptions: withPopupBlocker });
test.beforeEach(async ({ request }) => resetSandbox(request));

/** Records every securitypolicyviolation event in each page of the context, from its first script. */
async function recordViolations(page: Page): Promise<void> {
	await page.context().addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener(
			'securitypolicyviolation',
			(e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`),
			true,
		);
	});
}
const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('once the page is idle, a press opens the Microsoft window and the check raises no CSP violation', async ({
	page,
}) => {
	await recordViolations(page);
	const checker = new CheckerPage(page);
	await checker.open();
	await expect(page.locator('[data-checker-ready]')).toBeAttached();
	let popupViolations: string[] = [];
	await checker.checkAs('ready', async (popup) => {
		popupViolations = await violations(popup).catch(() => []); // the window closes once it hands back
	});
	await expect(checker.verdict()).toHaveText(/^Ready/);
	expect(await violations(page)).toEqual([]);
	expect(popupViolations).toEqual([]);
});

test('a press before the code arrives says sign-in may open in this tab, and the check still finishes', async ({
	page,
}) => {
	// Hold the checker's runtime back until longer after the press than its user activation lasts
	// (5 s in Chromium). Counted from the press, not from the request: the request starts once the
	// page is idle, before the press, and a hold timed from it could end inside the 5 s.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/runtime\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkButton().click();
	setTimeout(release, 6000);
	await expect(checker.status()).toHaveText(/Microsoft sign-in may open in this tab/);
	// The window was blocked, so the adapter falls back to a full-page redirect to the sign-in page.
	await page.waitForURL(/\/sandbox\//, { timeout: 20_000 });
	await accountButton(page, 'ready').click();
	await expect(checker.verdict()).toHaveText(/^Ready/, { timeout: 20_000 });
});
