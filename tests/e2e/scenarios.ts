// The sandbox's scenario table (sandbox/scenario-table.ts) as the end-to-end tests drive it: each
// account's expected answer comes from the table; only what a browser needs is added here, the
// clicks for the account's sign-in step, and derived where it can be: which accounts never get
// back to the checker, and which wait out the checker's Graph deadline.
import type { Page } from '@playwright/test';
import { staysOnEntraPage } from '../../sandbox/decide.ts';
import { accounts, type Expectation, type SignInStep } from '../../sandbox/scenarios.ts';
import { findings, type FindingId } from '../../src/registry/findings.ts';

export interface Expected extends Expectation {
	scenario: string;
	/** What the user does in the sign-in window after picking the account, if anything. */
	inPopup?: (popup: Page) => Promise<void>;
	/**
	 * The spec that checks this account instead, when the checker never gets an answer to show:
	 * Entra keeps a personal account on its own AADSTS500200 page, and a Conditional Access block
	 * on its AADSTS53003 page (sandbox/decide.ts; sign-in.spec.ts).
	 */
	checkedIn?: string;
	/**
	 * Graph never answers this account, so its check ends on the checker's own deadline: the tests
	 * fast-forward the page's clock past it (CheckerPage.fastForwardToVerdict) instead of waiting.
	 */
	waitsOutDeadline?: true;
}

const press = (name: string | RegExp) => async (popup: Page) =>
	popup.getByRole('button', { name }).click();
export const returnWithout = press('Return to the application without granting consent');

/** The sandbox's buttons for each sign-in step (sandbox/pages/). */
const steps: Record<SignInStep, (popup: Page) => Promise<void>> = {
	'decline-consent': press('Cancel'),
	'return-without-consent': returnWithout,
	'accept-consent': press('Accept'),
	'approve-mfa': press(/Approve on my phone/),
};

export const expectations: readonly Expected[] = accounts.map((account) => ({
	scenario: account.scenario,
	...account.expect,
	...(account.expect.step ? { inPopup: steps[account.expect.step] } : {}),
	...(staysOnEntraPage(account) ? { checkedIn: 'sign-in.spec.ts' } : {}),
	...(account.graph === 'silent' ? { waitsOutDeadline: true as const } : {}),
}));

/** A finding's "How to fix" link: the fix page the findings catalogue names. */
export const fixLink = (id: FindingId): string => findings[id].fix;
