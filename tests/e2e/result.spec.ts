// The checker's result, read at a glance: the verdict with an icon that carries no words of its
// own, the next step, features grouped by what blocks them; axe in light and dark at a phone's and
// a desktop's width. Every account's result is photographed for a person to look at in its own
// scenario test in checker.spec.ts, which already runs that check.
import { expect, test, type Page } from '@playwright/test';
import { findings, type FindingId } from '../../src/registry/findings.ts';
import { registry } from '../../src/registry/index.ts';
import { CheckerPage, diagnosed as check, layouts, resetSandbox } from './checker-page.ts';
import { expectations } from './scenarios.ts';
import { axe } from './help-centre.ts';

test.beforeEach(async ({ request }) => resetSandbox(request));

const diagnosed = (page: Page, scenario: string) =>
	check(
		page,
		expectations.find((e) => e.scenario === scenario)!,
	);
const all = registry.features.map((f) => f.id);
const title = (id: FindingId) => findings[id].title;

async function seriousViolations(page: Page): Promise<string[]> {
	const results = await axe(page).include('.checker').analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const glance = [
	{
		scenario: 'ready',
		verdict: /^Ready/,
		step: /^Nothing to fix: in Claras, open My Profile and, under Integrations, select Connect next to Microsoft Teams/,
		groups: [{ state: 'ready', label: 'Ready', features: all }],
	},
	{
		scenario: 'needs-admin',
		verdict: 'Action needed by your IT admin',
		step: /^Send your IT admin the admin consent link below/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('admin-approval-required')}`, features: all },
		],
	},
	{
		scenario: 'no-teams-licence',
		verdict: 'Action needed by your IT admin',
		step: /^Email your IT admin this result: they fix “Your licence does not include Microsoft Teams”/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('teams-licence-missing')}`, features: all },
		],
	},
	{
		scenario: 'graph-down',
		verdict: 'Microsoft is not answering — try later',
		step: /^Nothing for you to fix: this is on Microsoft's side, so check again after \d{1,2}:\d{2}/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('graph-unavailable')}`, features: all },
		],
	},
] as const;

for (const { scenario, verdict, step, groups } of glance) {
	test(`${scenario}: the verdict, its next step and the features grouped, readable in light and dark at 390 and 1280 px`, async ({
		page,
	}) => {
		test.slow(); // axe at four layouts, on a shared CI machine
		const checker = await diagnosed(page, scenario);
		await expect(checker.verdict()).toHaveText(verdict);
		await expect(checker.nextStep()).toHaveText(step);
		// The icon is decoration: hidden from assistive technology, so the words alone are announced.
		await expect(checker.verdictIcon()).toHaveAttribute('aria-hidden', 'true');
		await expect(checker.verdictIcon()).toHaveAccessibleName('');
		expect(await checker.featureGroups()).toEqual(groups);
		// The time the check ran, in the reader's words, with the machine-readable moment beside it.
		const time = page.locator('.cl-checked time');
		await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
		await expect(time).not.toHaveText(/\d{4}-\d{2}-\d{2}T/);
		await expect(page.locator('.cl-checked')).toHaveText(/^(Signed in as \S+@\S+\. )?Checked \S/);
		for (const { width, height, colorScheme } of layouts) {
			await page.setViewportSize({ width, height });
			await page.emulateMedia({ colorScheme });
			expect(await seriousViolations(page), `${colorScheme} at ${width} px`).toEqual([]);
			// Nothing wider than the screen: a phone never scrolls sideways to read the result.
			expect(
				await page.locator('.cl-result').evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
				`${width} px`,
			).toBe(true);
		}
	});
}

test('a mailbox kept on-premises: four features blocked in one group, "Meet now" ready, and the likeliest cause named', async ({
	page,
}) => {
	const checker = await diagnosed(page, 'mailbox-on-premises');
	expect(await checker.featureGroups()).toEqual([
		{
			state: 'blocked',
			label: `Blocked by: ${title('mailbox-unavailable')}`,
			features: all.filter((id) => id !== 'meet-now'),
		},
		{ state: 'ready', label: 'Ready', features: ['meet-now'] },
	]);
	await expect(page.locator('[data-finding="mailbox-unavailable"] .cl-cause')).toHaveText(
		/^Likeliest cause: On-premises: /,
	);
});

test('Check again, Sign out and Cancel look alike', async ({ page }) => {
	await diagnosed(page, 'ready');
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
	// Signed out, the next check waits on Microsoft's window, and Cancel is offered beside it.
	await page.getByRole('button', { name: 'Sign out' }).click();
	const checker = new CheckerPage(page);
	await checker.openPopup(() => checker.checkButton().click());
	expect(await look('Cancel')).toBe(checkAgain);
});
