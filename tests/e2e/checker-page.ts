// A small page object for the connection checker and the sandbox's sign-in screens.
import {
	expect,
	type APIRequestContext,
	type Locator,
	type Page,
	type TestInfo,
} from '@playwright/test';
import { DEFAULT_DEADLINE_MS } from '../../src/checker/batch.ts';
import type { Expected } from './scenarios.ts';

/** Resets the sandbox (grants, sessions, faults) to the scenarios' starting point. */
export async function resetSandbox(request: APIRequestContext): Promise<void> {
	expect((await request.post('/sandbox/_reset')).status()).toBe(204);
}

/** Sets the sandbox's knobs (sandbox/faults.ts): Graph faults (`{ unavailable: 3 }`) or the browser's. */
export async function setFaults(
	request: APIRequestContext,
	faults: Record<string, number | boolean>,
): Promise<void> {
	expect((await request.post('/sandbox/_faults', { data: faults })).ok()).toBe(true);
}

/** The sandbox account picker's button for a scenario account (its e-mail starts with the id). */
export function accountButton(page: Page, scenario: string): Locator {
	return page.getByRole('button', { name: new RegExp(`(^|\\s)${scenario}@`) });
}

export class CheckerPage {
	readonly page: Page;
	constructor(page: Page) {
		this.page = page;
	}

	async open(): Promise<void> {
		await this.page.goto('/teams/checker/');
	}

	/**
	 * The Svelte island, once mounted. The page starts with a plain-HTML button (and an empty status
	 * line) that the island replaces on a press (src/checker/mount.ts): until then an absence
	 * assertion about the checker passes against that placeholder for the wrong reason.
	 */
	island(): Locator {
		return this.page.locator('[data-checker]').getByRole('region', { name: 'Connection checker' });
	}

	/** Waits for the island to have mounted: call it before asserting that something is absent. */
	async mounted(): Promise<void> {
		await expect(this.island()).toBeAttached();
	}

	checkButton(): Locator {
		return this.page.getByRole('button', { name: 'Check my connection' });
	}

	/** The checker's own status line (the page has other live regions, such as the code look-up's). */
	status(): Locator {
		return this.page.locator('[data-checker]').getByRole('status').first();
	}

	/** The verdict heading the result starts with (focus moves to it). */
	verdict(): Locator {
		return this.page.getByRole('heading', {
			level: 2,
			name: /^(Ready|Action needed|Microsoft is not answering)/,
		});
	}

	/** The sentence with the next step, right under the verdict. */
	nextStep(): Locator {
		return this.page.locator('[data-next-step]');
	}

	/** The verdict's icon: decorative, the heading's words carry the meaning. */
	verdictIcon(): Locator {
		return this.page.locator('.cl-verdict svg');
	}

	/** Each group of features: its label (state and what blocks it) and the feature ids in it. */
	async featureGroups(): Promise<{ state: string; label: string; features: string[] }[]> {
		return this.page.locator('[data-group]').evaluateAll((groups) =>
			groups.map((group) => ({
				state: group.getAttribute('data-group') ?? '',
				label:
					group.querySelector('.cl-group-label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
				features: [...group.querySelectorAll('[data-feature]')].map(
					(item) => item.getAttribute('data-feature') ?? '',
				),
			})),
		);
	}

	/** Each feature row's state (`ready`, `blocked`, `unverified`), by feature id. */
	async featureStates(): Promise<Record<string, string>> {
		const rows = await this.page
			.locator('[data-feature]')
			.evaluateAll((items) =>
				items.map((item) => [
					item.getAttribute('data-feature') ?? '',
					item.getAttribute('data-state') ?? '',
				]),
			);
		return Object.fromEntries(rows);
	}

	findingIds(): Promise<string[]> {
		return this.page
			.locator('[data-finding]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-finding') ?? ''));
	}

	/** Presses a button that opens the sign-in popup; returns the popup. */
	async openPopup(press: () => Promise<void>): Promise<Page> {
		const popup = this.page.waitForEvent('popup');
		await press();
		return popup;
	}

	/** Presses "Check my connection" and signs in as a scenario account in the popup. */
	async signInAs(scenario: string, inPopup?: (popup: Page) => Promise<void>): Promise<void> {
		const popup = await this.openPopup(() => this.checkButton().click());
		await accountButton(popup, scenario).click();
		if (inPopup) await inPopup(popup);
	}

	/** Signs in as a scenario account and waits for the verdict. */
	async checkAs(
		scenario: string,
		inPopup?: (popup: Page) => Promise<void>,
		timeout = 20_000,
	): Promise<void> {
		await this.signInAs(scenario, inPopup);
		await expect(this.verdict()).toBeVisible({ timeout });
	}

	/**
	 * Once signed in, fast-forwards the page's clock until the verdict shows: for a check that waits
	 * out the checker's own Graph deadline (DEFAULT_DEADLINE_MS in src/checker/batch.ts). The checker
	 * still waits the whole deadline in page time; the test does not wait it in real time. Needs
	 * `page.clock.install()` before open(); sign-in must be over first, or MSAL's own timers would
	 * run ahead too.
	 */
	async fastForwardToVerdict(): Promise<void> {
		await expect(this.status()).toHaveText(/Checking what Claras can reach/);
		await expect(async () => {
			await this.page.clock.fastForward(DEFAULT_DEADLINE_MS);
			await expect(this.verdict()).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: 20_000 });
	}

	async pressAndWaitForVerdict(name: string | RegExp, timeout = 20_000): Promise<void> {
		await this.page.getByRole('button', { name }).click();
		await expect(this.verdict()).toBeVisible({ timeout });
	}
}

/**
 * Opens the checker and checks as a scenario account until its verdict shows. An account whose
 * Graph never answers gets the page's clock installed before the page loads and fast-forwarded
 * past the deadline, so the test does not wait 15 s of real time for it.
 */
export async function diagnosed(page: Page, expected: Expected): Promise<CheckerPage> {
	const checker = new CheckerPage(page);
	if (expected.waitsOutDeadline) await page.clock.install();
	await checker.open();
	if (expected.waitsOutDeadline) {
		await checker.signInAs(expected.scenario, expected.inPopup);
		await checker.fastForwardToVerdict();
	} else await checker.checkAs(expected.scenario, expected.inPopup);
	return checker;
}

/** The result's layouts: a phone's and a desktop's width, each in light and dark. */
export const layouts = [
	{ width: 390, height: 844, colorScheme: 'light' },
	{ width: 390, height: 844, colorScheme: 'dark' },
	{ width: 1280, height: 900, colorScheme: 'light' },
	{ width: 1280, height: 900, colorScheme: 'dark' },
] as const;

/** A whole-page picture of a result, for a person to look at (test-results/ is not committed). */
export async function screenshot(
	page: Page,
	testInfo: TestInfo,
	scenario: string,
	width: number,
	colorScheme: string,
): Promise<void> {
	const file = `test-results/screenshots/${scenario}-${width}-${colorScheme}.png`;
	await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
	testInfo.annotations.push({ type: 'screenshot', description: file });
}
