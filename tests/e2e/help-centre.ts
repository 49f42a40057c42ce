// A small page object for the help centre: open a page, read its heading and links, search.
import type { Result, run } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The site paths in the built sitemap, e.g. `/teams/connect/`. Read from the build under test. */
export function sitemapPaths(dist = process.env['E2E_DIST'] ?? 'dist'): string[] {
	const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The href of every <a> in an HTML document, entities decoded. */
export function linksIn(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) =>
		match[1]!.replaceAll('&amp;', '&').replaceAll('&#38;', '&').replaceAll('&quot;', '"'),
	);
}

/** The id of every element in an HTML document, entities decoded. */
export function idsIn(html: string): string[] {
	return [...html.matchAll(/<[a-z][\w-]*\b[^>]*?\sid="([^"]*)"/g)].map((match) =>
		match[1]!.replaceAll('&amp;', '&').replaceAll('&#38;', '&').replaceAll('&quot;', '"'),
	);
}

/**
 * Waits until the admin consent result's Svelte view has mounted (src/admin/result-launch.ts marks
 * its host). Until then the page shows the plain placeholder, against which an absence assertion
 * passes for the wrong reason.
 */
export async function consentResultMounted(page: Page): Promise<void> {
	await expect(page.locator('[data-consent-result][data-mounted]')).toHaveCount(1);
}

/**
 * Whether the specs save pictures for a person to look at (test-results/screenshots/ and
 * test-results/figures/): `npm run screenshots` sets it. Nothing asserts on a picture, and taking
 * them (four whole-page pictures per checker account) was a quarter of the suite's time, so a
 * plain `npm test` leaves them out.
 */
export const screenshotsWanted = process.env['E2E_SCREENSHOTS'] === '1';

/** axe-core's own build, the one @axe-core/playwright would inject. */
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * axe on a page, reporting violations in full and nothing else (axe-core's `resultTypes`): the
 * specs assert on violations only. It injects axe-core into each frame once and calls `axe.run`
 * there, which is what @axe-core/playwright's AxeBuilder does in its legacy mode, less its
 * repetition: AxeBuilder compiles the 640 KB of axe-core twice per call (about 0.4 s each), and
 * by default a third time in a blank page it opens to merge the results, so a check that took
 * 0.7 s in the page took 1.8-2.7 s through it.
 * https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#api-name-axerun
 */
export function axe(page: Page) {
	const include: string[] = [];
	return {
		include(selector: string) {
			include.push(selector);
			return this;
		},
		async analyze(): Promise<{ violations: Result[] }> {
			// Expressive Code makes a code block that scrolls sideways focusable (tabindex and a
			// region role) from a ResizeObserver, 250 ms and an idle callback after layout (its
			// tabindex-js-module in dist/_astro/ec.*.js): until then axe reports
			// scrollable-region-focusable for what a reader never meets. Wait for it, 2 s at most;
			// if it never happens, axe reports it.
			await page
				.waitForFunction(
					() =>
						[...document.querySelectorAll('.expressive-code pre')].every(
							(pre) => pre.scrollWidth > pre.clientWidth === pre.hasAttribute('tabindex'),
						),
					null,
					{ timeout: 2000 },
				)
				.catch(() => undefined);
			for (const frame of page.frames()) {
				if (await frame.evaluate(() => 'axe' in window).catch(() => true)) continue;
				await frame.evaluate(axeSource);
			}
			return page.evaluate(
				({ include }) =>
					(window as unknown as { axe: { run: typeof run } }).axe.run(
						include.length ? { include } : document,
						{ resultTypes: ['violations'] },
					),
				{ include },
			);
		},
	};
}

export class HelpCentrePage {
	readonly page: Page;
	constructor(page: Page) {
		this.page = page;
	}

	async open(path: string): Promise<void> {
		const response = await this.page.goto(path);
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
	}

	/** The page's one top-level heading. */
	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** Opens Starlight's search and types a query; returns the dialog holding the results. */
	async search(query: string): Promise<Locator> {
		await this.page.getByRole('button', { name: 'Search' }).click();
		const dialog = this.page.getByRole('dialog');
		await dialog.getByPlaceholder('Search').fill(query);
		return dialog;
	}
}
