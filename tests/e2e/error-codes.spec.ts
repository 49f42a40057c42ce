// /teams/error-codes/ and the "Microsoft showed me a code" look-up: every code in the error-code map
// is on the reference and on the page that fixes it (read from the build), search finds codes on
// their fix pages, and the look-up answers known, unknown and malformed codes on both pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { codeFamilies, errorCodeRows, fixPage } from '../../src/derive/error-codes.ts';
import { axe, HelpCentrePage } from './help-centre.ts';

const dist = process.env['E2E_DIST'] ?? 'dist';
const built = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const rows = errorCodeRows();
const row = (key: string) => {
	const found = rows.find((r) => r.key === key);
	if (!found)
		throw new Error(`the error-code map no longer has "${key}"; pick another code for this test`);
	return found;
};

test.describe('the built pages', () => {
	const reference = built('teams/error-codes');
	/** The HTML of the code's own entry on the reference: from its anchor to the next entry. */
	const entryHtml = (anchor: string) =>
		reference.slice(reference.indexOf(`id="${anchor}"`)).split('<article')[0]!;

	for (const r of rows) {
		test(`${r.code} (${r.family}) is on /teams/error-codes/#${r.anchor} and on ${fixPage(r.fix)}`, () => {
			expect(reference).toContain(`id="${r.anchor}"`);
			const entry = entryHtml(r.anchor);
			expect(entry).toMatch(new RegExp(`<code[^>]*>${r.code}</code>`));
			expect(entry).toContain(`href="${r.fix}"`);
			const covered = built(fixPage(r.fix).slice(1)).split('data-codes-covered')[1];
			expect(covered, `${fixPage(r.fix)} has no "Codes this page covers"`).toBeDefined();
			expect(covered).toContain(`data-code="${r.code}"`);
		});
	}

	test('the reference has a heading for every family', () => {
		for (const family of Object.values(codeFamilies))
			expect(reference).toContain(`>${family.title}</h2>`);
	});
});

// One page load for every query, each a named step. Clearing the box before the dialog closes
// empties the results, so each query's results are its own, not the last query's left showing.
test('search finds the fix page and the reference for the codes the checker prints most', async ({
	page,
}) => {
	const site = new HelpCentrePage(page);
	await site.open('/');
	// The page each code must lead to comes from the map.
	for (const [query, key] of [
		['AADSTS65001', '65001'],
		['90094', '90094'],
		['50020', '50020'],
	] as const) {
		await test.step(`"${query}" finds its fix page and the reference`, async () => {
			const results = await site.search(query);
			await expect(results.locator(`a[href^="${fixPage(row(key).fix)}"]`).first()).toBeVisible();
			await expect(results.locator('a[href^="/teams/error-codes/"]').first()).toBeVisible();
			await results.getByPlaceholder('Search').fill('');
			await expect(results.locator('a[href^="/teams/error-codes/"]')).toHaveCount(0);
			await page.keyboard.press('Escape');
			await expect(results).toBeHidden();
		});
	}
});

/** The look-up's form and answer, by role and name. */
function lookup(page: Page) {
	const box = page.getByRole('region', { name: 'Microsoft showed me a code' });
	return {
		box,
		answer: box.getByRole('status'),
		async ask(code: string) {
			await box.getByRole('textbox', { name: 'The code, or the whole error message' }).fill(code);
			await box.getByRole('button', { name: 'Explain this code' }).click();
		},
	};
}

// Known codes as typed three ways, a code for each other family, an unknown code and a malformed
// entry, asked one after another on one page load, each a named step. Consecutive questions have
// different answers, so an answer that failed to update would fail the next step.
const known = [
	{ typed: 'AADSTS50011', key: '50011' },
	{ typed: 'interaction_in_progress', key: 'interaction_in_progress' },
	{ typed: '50011', key: '50011' },
	{ typed: 'MailboxNotEnabledForRESTAPI', key: 'MailboxNotEnabledForRESTAPI' },
	{ typed: 'aadsts50011', key: '50011' },
] as const;

for (const path of ['/teams/error-codes/', '/teams/checker/']) {
	test(`the look-up on ${path} explains known codes, and answers unknown and malformed ones`, async ({
		page,
	}) => {
		await new HelpCentrePage(page).open(path);
		const { answer, ask, box } = lookup(page);

		for (const { typed, key } of known) {
			await test.step(`explains ${typed}: meaning${key === '50011' ? ', who acts' : ''} and the fix`, async () => {
				await ask(typed);
				const expected = row(key);
				if (key === '50011') {
					await expect(answer).toContainText('AADSTS50011');
					await expect(answer).toContainText(expected.who);
				}
				await expect(answer).toContainText(expected.meaning);
				await expect(answer.getByRole('link', { name: expected.fixTitle })).toHaveAttribute(
					'href',
					expected.fix,
				);
			});
		}

		await test.step('says it does not know an unknown code, and links Microsoft’s explanation', async () => {
			const unknown = String(
				Math.max(...rows.filter((r) => r.family === 'aadsts').map((r) => Number(r.key))) + 1,
			);
			await ask(`AADSTS${unknown}`);
			await expect(answer).toContainText(`We do not know the code AADSTS${unknown}`);
			await expect(answer.getByRole('link', { name: /Microsoft’s explanation/ })).toHaveAttribute(
				'href',
				`https://login.microsoftonline.com/error?code=${unknown}`,
			);
		});

		await test.step('says what to type for a malformed entry, and passes axe with an answer shown', async () => {
			await ask('hello world');
			await expect(answer).toContainText('does not look like a Microsoft code');
			await expect(answer).toContainText('AADSTS50011');
			await expect(box.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
			const { violations } = await axe(page).include('[data-code-lookup-host]').analyze();
			expect(
				violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			).toEqual([]);
		});
	});
}

test('/teams/error-codes/?code=50020 answers on arrival', async ({ page }) => {
	await new HelpCentrePage(page).open('/teams/error-codes/?code=50020');
	await expect(lookup(page).answer).toContainText(row('50020').meaning);
});

test('the look-up answers offline: it needs nothing from the network', async ({ page }) => {
	const requests: string[] = [];
	await new HelpCentrePage(page).open('/teams/checker/');
	// The checker's own code arrives in the background once the page is idle (so a press opens the
	// Microsoft window at once); wait for it, so any request after this one would be the look-up's.
	await expect(page.locator('[data-checker-ready]')).toHaveCount(1, { timeout: 20_000 });
	// Starlight may load its search UI script when idle; a data request or a page load would be ours.
	page.on('request', (request) => {
		if (
			['fetch', 'xhr', 'document'].includes(request.resourceType()) ||
			/checker|mount|msal/i.test(request.url())
		)
			requests.push(request.url());
	});
	await page.context().setOffline(true);
	await lookup(page).ask('65001');
	await expect(lookup(page).answer).toContainText(row('65001').meaning);
	expect(requests).toEqual([]);
});

// The look-up with a known code's answer shown. The rest of the page is Starlight's and the
// reference's, which site.spec.ts's sweep already runs axe over on every page of the sitemap.
test('/teams/error-codes/ passes axe with a known code explained', async ({ page }) => {
	await new HelpCentrePage(page).open('/teams/error-codes/');
	await lookup(page).ask('AADSTS65001');
	await expect(lookup(page).answer).toContainText(row('65001').meaning);
	const { violations } = await axe(page).include('[data-code-lookup-host]').analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
	).toEqual([]);
});
