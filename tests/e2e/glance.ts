// The checker's result read at a glance, for the accounts whose result shows each kind of verdict:
// the next step under the verdict, an icon that carries no words of its own, the features grouped
// by what blocks them, the time of the check, and axe and the width in light and dark at a phone's
// and a desktop's width. checker.spec.ts runs these inside each account's own check, so no
// account is checked twice for them.
import { expect, type Page } from '@playwright/test';
import { findings, type FindingId } from '../../src/registry/findings.ts';
import { registry } from '../../src/registry/index.ts';
import { layouts, type CheckerPage } from './checker-page.ts';
import { axe } from './help-centre.ts';

const all = registry.features.map((f) => f.id);
const title = (id: FindingId) => findings[id].title;

export interface Glance {
	step?: RegExp;
	groups: { state: string; label: string; features: string[] }[];
	/** The likeliest cause the finding names, if the account's result names one. */
	cause?: { finding: FindingId; text: RegExp };
	/** Whether axe and the width are checked at every layout (once per kind of verdict). */
	layouts?: true;
}

export const glance: Readonly<Record<string, Glance>> = {
	ready: {
		step: /^Nothing to fix: in Claras, open My Profile and, under Integrations, select Connect next to Microsoft Teams/,
		groups: [{ state: 'ready', label: 'Ready', features: all }],
		layouts: true,
	},
	'needs-admin': {
		step: /^Send your IT admin the admin consent link below/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('admin-approval-required')}`, features: all },
		],
		layouts: true,
	},
	'no-teams-licence': {
		step: /^Email your IT admin this result: they fix “Your licence does not include Microsoft Teams”/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('teams-licence-missing')}`, features: all },
		],
		layouts: true,
	},
	'graph-down': {
		step: /^Nothing for you to fix: this is on Microsoft's side, so check again after \d{1,2}:\d{2}/,
		groups: [
			{ state: 'blocked', label: `Blocked by: ${title('graph-unavailable')}`, features: all },
		],
		layouts: true,
	},
	// A mailbox kept on-premises: four features blocked in one group, "Meet now" ready.
	'mailbox-on-premises': {
		groups: [
			{
				state: 'blocked',
				label: `Blocked by: ${title('mailbox-unavailable')}`,
				features: all.filter((id) => id !== 'meet-now'),
			},
			{ state: 'ready', label: 'Ready', features: ['meet-now'] },
		],
		cause: { finding: 'mailbox-unavailable', text: /^Likeliest cause: On-premises: / },
	},
};

async function seriousViolations(page: Page): Promise<string[]> {
	const results = await axe(page).include('main').analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks a shown result against its glance entry. */
export async function expectGlance(checker: CheckerPage, look: Glance): Promise<void> {
	const { page } = checker;
	if (look.step) await expect(checker.nextStep()).toHaveText(look.step);
	// The icon is decoration: hidden from assistive technology, so the words alone are announced.
	await expect(checker.verdictIcon()).toHaveAttribute('aria-hidden', 'true');
	await expect(checker.verdictIcon()).toHaveAccessibleName('');
	expect(await checker.featureGroups()).toEqual(look.groups);
	if (look.cause)
		await expect(page.locator(`[data-finding="${look.cause.finding}"] .cl-cause`)).toHaveText(
			look.cause.text,
		);
	// The time the check ran, in the reader's words, with the machine-readable moment beside it.
	const time = page.locator('.cl-checked time');
	await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
	await expect(time).not.toHaveText(/\d{4}-\d{2}-\d{2}T/);
	await expect(page.locator('.cl-checked')).toHaveText(/^(Signed in as \S+@\S+\. )?Checked \S/);
	if (!look.layouts) return;
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
}
