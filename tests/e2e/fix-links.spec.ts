// Every finding's fix path exists in the built site, and its #anchor (when it has one) lands on an
// element with that id: a finding can never send someone to a missing page or section.
import { expect, test } from '@playwright/test';
import { findingIds, findings } from '../../src/registry/findings.ts';
import { HelpCentrePage } from './help-centre.ts';

test.describe('finding fix paths', () => {
	for (const id of findingIds) {
		const fix = findings[id].fix;
		test(`${id} → ${fix} exists`, async ({ page }) => {
			const [path, anchor] = fix.split('#') as [string, string | undefined];
			const site = new HelpCentrePage(page);
			await site.open(path);
			await expect(site.heading()).toHaveCount(1);
			if (anchor) await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
		});
	}
});
