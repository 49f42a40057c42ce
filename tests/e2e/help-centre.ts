// A small page object for the help centre: open a page, read its heading and links, search.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
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
 * Waits until every Astro island on the page has hydrated. Until then the page shows the
 * server-rendered placeholder, against which an absence assertion passes for the wrong reason.
 * Astro removes `ssr` from an <astro-island> once its component has rendered in the browser
 * (node_modules/astro/dist/runtime/server/astro-island.js, `this.removeAttribute("ssr")`).
 */
export async function islandsHydrated(page: Page): Promise<void> {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * axe on a page, reporting violations in full and nothing else: the specs assert on violations
 * only, and leaving out the detail of passes and incomplete checks makes each run about 15% faster
 * (axe-core's `resultTypes` option, https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter).
 */
export const axe = (page: Page): AxeBuilder =>
	new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

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
