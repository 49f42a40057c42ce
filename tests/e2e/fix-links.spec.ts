// Every finding's fix path exists in the built site, and its #anchor (when it has one) lands on an
// element with that id: a finding can never send someone to a missing page or section. Plain HTTP
// against the built pages: the page's one <h1> and its ids are in the HTML the server sends.
import { expect, test } from '@playwright/test';
import { findingIds, findings } from '../../src/registry/findings.ts';
import { idsIn } from './help-centre.ts';

test.describe('finding fix paths', () => {
	for (const id of findingIds) {
		const fix = findings[id].fix;
		test(`${id} → ${fix} exists`, async ({ request }) => {
			const [path, anchor] = fix.split('#') as [string, string | undefined];
			const response = await request.get(path);
			expect(response.status(), `${path} answered`).toBe(200);
			const html = await response.text();
			expect(html.match(/<h1\b/g), `${path} has one top-level heading`).toHaveLength(1);
			if (anchor) expect(idsIn(html).filter((found) => found === anchor)).toHaveLength(1);
		});
	}
});
