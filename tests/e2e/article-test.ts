// `test` for read-only checks of built articles: each worker keeps one browser page for them and
// each test navigates it, so a check pays for neither a new browser context nor a cold cache, and
// the renderer keeps what it compiled: axe-core, injected again into each page by `axe()` in
// help-centre.ts, takes about 0.1 s instead of 0.4 s (the accessibility sweep: about 0.7 s a page
// instead of 1.9 s). Only tests that change nothing a later test could see belong here: nothing
// signs in, stores or listens. Each test still gets its own layout: the page is set to the test's
// `viewport` and `colorScheme` (from `test.use`, else Playwright's defaults) and to screen media
// before the test runs.
import { test as base, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config.ts';

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export const test = base.extend<{ article: Page }, { sharedArticle: Page }>({
	sharedArticle: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ baseURL });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	article: async ({ sharedArticle, viewport, colorScheme }, use) => {
		await sharedArticle.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
		await sharedArticle.emulateMedia({ media: 'screen', colorScheme: colorScheme ?? 'light' });
		await use(sharedArticle);
	},
});

export { expect } from '@playwright/test';
