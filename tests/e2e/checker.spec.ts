// The connection checker end to end: real Chromium, real MSAL, the sandbox on the same origin.
// Each test starts from a reset sandbox, its worker's own (playwright.config.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signInCodeMeanings } from '../../src/registry/codes.ts';
import { permissions, registry } from '../../src/registry/index.ts';
import {
	accountButton,
	CheckerPage,
	diagnosed,
	layouts,
	resetSandbox,
	screenshot,
	setFaults,
} from './checker-page.ts';
import { expectations, fixLink, returnWithout } from './scenarios.ts';
import { expectGlance, glance } from './glance.ts';
import { screenshotsWanted } from './help-centre.ts';

test.beforeEach(async ({ request }) => resetSandbox(request));

const verdictHeading = {
	ready: /^Ready/,
	'action-you': 'Action needed by you',
	'action-admin': 'Action needed by your IT admin',
	'try-later': 'Microsoft is not answering — try later',
} as const;

// Every account of the sandbox's scenario table (sandbox/scenario-table.ts) that gets back to the
// checker; tests/unit/engine-scenarios.test.ts checks the same answers from each account's trace.
// Accounts in glance.ts also have their result read at a glance, in the same check.
test('every account glance.ts reads is one checked here', () => {
	const checked = expectations.filter((e) => e.checkedIn === undefined).map((e) => e.scenario);
	expect(Object.keys(glance).filter((scenario) => !checked.includes(scenario))).toEqual([]);
});
for (const expected of expectations.filter((e) => e.checkedIn === undefined)) {
	const look = glance[expected.scenario];
	const title = `${expected.scenario}: ${expected.findings.length ? expected.findings.join(', ') : 'no finding'} (${expected.verdict})`;
	const layoutsToo = look?.layouts
		? ', read at a glance in light and dark at 390 and 1280 px'
		: look
			? ', read at a glance'
			: '';
	test(title + layoutsToo, async ({ page }, testInfo) => {
		if (look?.layouts) test.slow(); // axe at four layouts, on a shared CI machine
		const checker = await diagnosed(page, expected);
		await expect(checker.verdict()).toHaveText(verdictHeading[expected.verdict]);
		expect(await checker.findingIds()).toEqual(expected.findings);
		expect(await checker.featureStates()).toEqual(expected.features);
		for (const id of expected.findings) {
			await expect(
				page.locator(`[data-finding="${id}"]`).getByRole('link', { name: /How to fix/ }),
			).toHaveAttribute('href', fixLink(id));
		}
		await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
		// Reconnect only where a missing permission is the problem: never for a licence or a policy.
		// The verdict and the buttons above are the island's own, so a count of 0 here is the
		// island's answer, not the server-rendered launcher's (which has no such button either way).
		await expect(page.getByRole('button', { name: 'Reconnect' })).toHaveCount(
			expected.findings.includes('reconnect-required') ? 1 : 0,
		);
		if (look) await test.step('read at a glance (glance.ts)', () => expectGlance(checker, look));
		// The result photographed for a person to look at (`npm run screenshots`), here because this
		// test already ran the check.
		if (screenshotsWanted)
			for (const { width, height, colorScheme } of layouts) {
				await page.setViewportSize({ width, height });
				await page.emulateMedia({ colorScheme });
				await screenshot(page, testInfo, expected.scenario, width, colorScheme);
			}
	});
}

test.describe('fix loops', () => {
	test('needs-admin → the IT admin follows the hand-off link → needs-admin is ready', async ({
		page,
	}) => {
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs('needs-admin', returnWithout);
		await expect(checker.verdict()).toHaveText('Action needed by your IT admin');
		// The report words Microsoft's code with the meaning the page's code table gives (the
		// checker's bundle has no copy: src/checker/page-code-meanings.ts).
		await expect(page.getByLabel('Plain-text report')).toContainText(
			`Details: AADSTS65001, consent_required, correlation id `,
		);
		await expect(page.getByLabel('Plain-text report')).toContainText(
			`. ${signInCodeMeanings['aadsts:65001']} The request holds permissions only an administrator may grant.`,
		);
		const link = page.getByRole('link', { name: 'Admin consent link for your organisation' });
		await expect(page.getByRole('link', { name: 'Email your IT admin' })).toHaveAttribute(
			'href',
			/^mailto:/,
		);
		await page.goto((await link.getAttribute('href'))!);
		await accountButton(page, 'tenant-admin').click();
		await page.getByRole('button', { name: 'Accept' }).click();
		await expect(page).toHaveURL(/\/teams\/admin-consent\/result\/\?/);
		await expect(
			page.getByRole('region', { name: 'Admin consent result' }).getByRole('heading', { level: 2 }),
		).toHaveText('Claras is approved for your organisation');
		// The heading above replaces the page's "Reading Microsoft's answer…" placeholder only once
		// the view has read the answer, so the absence of an alert is the mounted view's.
		await expect(page.getByRole('alert')).toHaveCount(0);

		await checker.open();
		await checker.checkAs('needs-admin');
		await expect(checker.verdict()).toHaveText(/^Ready/);
	});

	test('can-consent consents for the organisation → ready; Check again, Sign out and Cancel look alike; a colleague is ready with no prompt', async ({
		page,
	}) => {
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs('can-consent', async (popup) => {
			await popup.getByRole('checkbox', { name: 'Consent on behalf of your organisation' }).check();
			await popup.getByRole('button', { name: 'Accept' }).click();
		});
		await expect(checker.verdict()).toHaveText(/^Ready/);
		// Check again, Sign out and (below) Cancel look alike: none is the main action of a result.
		const look = (name: string) =>
			page.getByRole('button', { name, exact: true }).evaluate((el) => {
				const style = getComputedStyle(el);
				return [
					style.backgroundColor,
					style.color,
					style.borderColor,
					style.fontSize,
					style.paddingBlockStart,
					style.borderRadius,
				].join(' ');
			});
		const checkAgain = await look('Check again');
		expect(await look('Sign out')).toBe(checkAgain);
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(checker.checkButton()).toBeVisible();

		// Signed out, the next check waits on Microsoft's window, and Cancel is offered beside it.
		const popup = await checker.openPopup(() => checker.checkButton().click());
		expect(await look('Cancel')).toBe(checkAgain);
		// Wait for the close before the click: the window can close before a later wait is set up,
		// which then never ends (this timed out twice under load).
		await Promise.all([
			popup.waitForEvent('close'),
			accountButton(popup, 'needs-admin-workflow').click(),
		]);
		await expect(checker.verdict()).toHaveText(/^Ready/);
	});

	test('reconnect → Reconnect asks for the missing permissions → ready', async ({ page }) => {
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs('reconnect');
		expect(await checker.findingIds()).toEqual(['reconnect-required']);
		const popup = await checker.openPopup(() =>
			page.getByRole('button', { name: 'Reconnect' }).click(),
		);
		await expect(popup.getByRole('heading', { name: 'Permissions requested' })).toBeVisible();
		// Just the newest release's permissions (none needs an admin), and no forced consent screen.
		const newest = permissions
			.filter((p) => p.addedIn === registry.releases.at(-1)!.id)
			.map((p) => p.consentText);
		await expect(popup.locator('ul.perms li')).toHaveText(newest);
		expect(new URL(popup.url()).searchParams.get('prompt')).toBeNull();
		await popup.getByRole('button', { name: 'Accept' }).click();
		await expect(checker.verdict()).toHaveText(/^Ready/, { timeout: 20_000 });
	});

	test('a blocked popup falls back to a full-page redirect, and the check finishes', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			window.open = () => null;
		});
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkButton().click();
		await accountButton(page, 'ready').click();
		await expect(page).toHaveURL(/\/teams\/checker\/$/);
		await expect(checker.verdict()).toHaveText(/^Ready/, { timeout: 20_000 });
	});

	test('Graph unavailable → graph-unavailable; Check again works once it recovers', async ({
		page,
		request,
	}) => {
		await setFaults(request, { unavailable: 3 });
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs('ready');
		expect(await checker.findingIds()).toEqual(['graph-unavailable']);
		await checker.pressAndWaitForVerdict('Check again');
		await expect(checker.verdict()).toHaveText(/^Ready/);
	});

	test('Graph answering with a broken body → a finding that says so, never a blank panel', async ({
		page,
		request,
	}) => {
		await setFaults(request, { malformed: 3 });
		const checker = new CheckerPage(page);
		await checker.open();
		await checker.checkAs('ready');
		await expect(checker.verdict()).toHaveText(verdictHeading['try-later']);
		expect(await checker.findingIds()).toContain('graph-unavailable');
		await checker.pressAndWaitForVerdict('Check again');
		await expect(checker.verdict()).toHaveText(/^Ready/);
	});
});

async function download(page: Page, file: string): Promise<string> {
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export trace (JSON)' }).click();
	await (await saved).saveAs(file);
	return readFileSync(file, 'utf8');
}

test('the exported trace: what the preview shows, no token, subject or name, and the same findings through npm run diagnose', async ({
	page,
}, testInfo) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('ready');
	const shown = await checker.findingIds();
	await page.getByText('See exactly what the file holds').click();
	const preview = await page.getByLabel('Trace file contents').textContent();
	const file = testInfo.outputPath('trace.json');
	const text = await download(page, file);
	expect(text).toBe(preview);
	expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no token
	expect(text).not.toContain('ready@'); // username masked by default
	// The sandbox's calendar, meeting and chats carry a client's name, the adviser's name and phone numbers.
	for (const personal of [
		'Nguyen',
		'Annual review',
		'Riley Ready',
		'Smith St',
		'+61',
		'lan.nguyen',
	])
		expect(text).not.toContain(personal);
	// It went through all three stages: the meeting's recordings were asked for.
	expect(text).toMatch(/\/me\/onlineMeetings\/[^"/]+\/recordings/);
	const report = JSON.parse(
		execFileSync(process.execPath, ['scripts/diagnose.ts', file], { encoding: 'utf8' }),
	) as { findings: { id: string }[]; ready: boolean };
	expect(report.findings.map((finding) => finding.id)).toEqual(shown);
	expect(report.ready).toBe(true);
});

test('"Show my username" shows and masks again the page, the report, the email link and the export', async ({
	page,
}, testInfo) => {
	const address = 'no-exchange-licence@harbour.sandbox.example';
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('no-exchange-licence');
	const toggle = page.getByRole('checkbox', { name: 'Show my username in the report' });
	const parts = async () => ({
		page: (await page.getByText(/^Signed in as/).textContent()) ?? '',
		report: (await page.getByLabel('Plain-text report').textContent()) ?? '',
		email: decodeURIComponent(
			(await page.getByRole('link', { name: 'Email your IT admin' }).getAttribute('href')) ?? '',
		),
		export: await download(page, testInfo.outputPath(`trace-${Date.now()}.json`)),
	});
	const masked = await parts();
	for (const text of Object.values(masked)) {
		expect(text).not.toContain(address);
		expect(text).toContain('n***@harbour.sandbox.example');
	}
	await toggle.check();
	await expect(page.getByText(/^Signed in as/)).toContainText(address);
	for (const text of Object.values(await parts())) expect(text).toContain(address);
	await toggle.uncheck();
	await expect(page.getByText(/^Signed in as/)).not.toContainText(address);
	expect(await parts()).toEqual(masked);
});

test('tokens stay in session storage, the pages meet their CSP, and Sign out clears the session', async ({
	page,
}) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text()))
			violations.push(`${message.location().url}: ${message.text().slice(0, 60)}`);
	});
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkAs('ready');
	expect(
		await page.evaluate(() =>
			Object.keys(localStorage).filter((key) => /msal|token|claras/i.test(key)),
		),
	).toEqual([]);
	expect(
		await page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('msal.'))),
	).toBe(true);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(checker.checkButton()).toBeVisible();
	expect(
		await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('token'))),
	).toEqual([]);
	expect(violations).toEqual([]);
});

test('keyboard only: Enter starts the check and focus lands on the result', async ({ page }) => {
	const checker = new CheckerPage(page);
	await checker.open();
	await checker.checkButton().focus();
	const popup = checker.openPopup(() => page.keyboard.press('Enter'));
	await accountButton(await popup, 'ready').click();
	await expect(checker.verdict()).toBeFocused({ timeout: 20_000 });
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toBeVisible();
});
