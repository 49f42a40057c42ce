// Every page finished: no unrendered {…} expression in any built page, last-updated dates, copy
// buttons on code, the static consent link going where the checker's does, the 404 page,
// robots.txt, the favicon, the permissions table on a phone, search for "refresh token", the
// consent helper's focus after each look-up, and print styles without the site's chrome.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './article-test.ts';
import { app, registry } from '../../src/registry/index.ts';
import { HelpCentrePage, sitemapPaths } from './help-centre.ts';

const dist = process.env['E2E_DIST'] ?? 'dist';

/**
 * An expression MDX or a template left unrendered: `{name}`, `{a.b}`, `{f(x)}`, `{a[0].b}`. Code
 * braces such as PowerShell's `@{ Scope = $scope }` or JSON's `{ "a": 1 }` are not expressions.
 */
const UNRENDERED = /\{\s*[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\([^{}]*\)|\[[^{}]*\])*\s*\}/g;

/** The visible text of an HTML page: no scripts, styles, tags or attributes. */
function visibleText(html: string): string {
	return html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<style\b[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, '')
		.replaceAll('&#123;', '{')
		.replaceAll('&#125;', '}');
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test.describe('no unrendered {…} expression', () => {
	const samples: [text: string, found: string[]][] = [
		['application id {app.applicationId} here', ['{app.applicationId}']],
		['release {latestRelease().id} and {tenant}', ['{latestRelease().id}', '{tenant}']],
		['Update-MgOauth2PermissionGrant -BodyParameter @{ Scope = $scope }', []],
		['{ "resourceAppId": "00000003" }', []],
	];
	for (const [text, found] of samples) {
		test(`the check finds ${found.length ? found.join(' and ') : 'nothing'} in “${text}”`, () => {
			expect([...text.matchAll(UNRENDERED)].map((m) => m[0])).toEqual(found);
		});
	}

	test('in any HTML page of the build', () => {
		const files = htmlFiles(dist);
		expect(files.length).toBeGreaterThan(10);
		const found = files.flatMap((file) =>
			[...visibleText(readFileSync(file, 'utf8')).matchAll(UNRENDERED)].map(
				(m) => `${relative(dist, file)}: ${m[0]}`,
			),
		);
		expect(found).toEqual([]);
	});
});

// Starlight renders the date into the page's footer on the server, so the served HTML says it: no
// browser needed to read it.
test('every article shows when it was last updated', async ({ request }) => {
	for (const path of sitemapPaths().filter(
		(p) => p.startsWith('/teams/') && p !== '/teams/checker/',
	)) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const footers = [...(await response.text()).matchAll(/<footer\b[^>]*>([\s\S]*?)<\/footer>/g)];
		const dates = footers.flatMap((footer) => [
			...footer[1]!.matchAll(/<time\b[^>]*\sdatetime="[^"]+"/g),
		]);
		expect(dates, path).toHaveLength(1);
	}
});

test.describe('code blocks have copy buttons', () => {
	for (const path of ['/teams/admin-consent/', '/teams/permissions/']) {
		test(path, async ({ article: page }) => {
			await page.goto(path);
			const blocks = page.locator('.sl-markdown-content .expressive-code');
			expect(await blocks.count()).toBeGreaterThan(0);
			await expect(
				page.locator('.sl-markdown-content pre:not(.expressive-code pre):not(.consent-helper pre)'),
			).toHaveCount(0);
			// Blocks in a closed <details> count too: their button is there once it opens.
			for (const block of await blocks.all())
				await expect(block.getByRole('button', { name: /copy/i, includeHidden: true })).toHaveCount(
					1,
				);
		});
	}
});

test('the static consent link goes where the checker signs in: the sandbox on this origin', async ({
	page,
	baseURL,
}) => {
	test.skip(process.env['PUBLIC_CHECKER_MODE'] === 'entra', 'entra builds link to Microsoft');
	await page.goto('/teams/permissions/');
	const link = page.locator('.sl-markdown-content a[rel="external"]', {
		hasText: `Grant admin consent for ${app.name}`,
	});
	const href = new URL((await link.getAttribute('href')) ?? '');
	expect(href.origin + href.pathname).toBe(`${baseURL}/sandbox/organizations/v2.0/adminconsent`);
	expect(href.searchParams.get('redirect_uri')).toBe(`${baseURL}${app.consentResultPath}`);
	expect(href.searchParams.get('client_id')).toBe(app.applicationId);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible(); // the sandbox's account picker
	expect(new URL(page.url()).pathname).toBe('/sandbox/organizations/v2.0/adminconsent');
});

test('the support address is a mailto: link', async ({ article: page }) => {
	for (const path of ['/teams/connect/', '/teams/troubleshooting/app-not-found/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: app.supportEmail }), path).toHaveAttribute(
			'href',
			`mailto:${app.supportEmail}`,
		);
	}
});

test('a missing page answers 404 with the way home and to the checker', async ({
	article: page,
}) => {
	const response = await page.goto('/teams/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.locator('main');
	await expect(main.getByRole('link', { name: /Help centre home/ })).toHaveAttribute('href', '/');
	await expect(main.getByRole('link', { name: /Check your connection/ })).toHaveAttribute(
		'href',
		'/teams/checker/',
	);
	expect(sitemapPaths()).not.toContain('/404/');
});

test('robots.txt allows the site and names the sitemap, which exists', async ({ request }) => {
	const robots = await request.get('/robots.txt');
	expect(robots.ok()).toBe(true);
	const text = await robots.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	const sitemap = new URL(/^Sitemap: (\S+)$/m.exec(text)?.[1] ?? '');
	expect(sitemap.origin).toBe(registry.app.helpCentreOrigin);
	expect((await request.get(sitemap.pathname)).ok()).toBe(true);
});

test('pages name a favicon that is served', async ({ article: page, request }) => {
	await page.goto('/teams/connect/');
	const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
	const icon = await request.get(href ?? '');
	expect(icon.ok()).toBe(true);
	expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('the home page title names the site once', async ({ article: page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Claras Help Centre');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the permissions table shows "Used for" without scrolling sideways', async ({
		article: page,
	}) => {
		await page.goto('/teams/permissions/');
		const region = page.getByRole('region', { name: 'Permissions Claras needs' });
		const usedFor = region.locator('tbody tr').first().locator('td[data-label="Used for"]');
		await usedFor.scrollIntoViewIfNeeded();
		await expect(usedFor).toBeInViewport();
		const box = (await usedFor.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(await region.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
		// Each stacked cell is labelled with its column's name.
		const label = await usedFor.evaluate((e) => getComputedStyle(e, '::before').content);
		expect(label).toContain('Used for');
	});
});

test('search finds "refresh token" on the permissions page', async ({ article: page }) => {
	const site = new HelpCentrePage(page);
	await site.open('/');
	const results = await site.search('refresh token');
	await expect(results.locator('a[href*="/teams/permissions/"]').first()).toBeVisible({
		timeout: 20_000,
	});
});

test('printed, an article leaves out the site chrome', async ({ article: page }) => {
	await page.goto('/teams/connect/');
	await page.emulateMedia({ media: 'print' });
	for (const chrome of [
		'header.header',
		'nav.sidebar',
		'site-search',
		'starlight-theme-select',
		'.pagination-links',
		'.main-pane footer',
		'.right-sidebar-container',
	]) {
		await expect(page.locator(chrome).first(), chrome).toBeHidden();
	}
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('[data-figure="consent-screen"]')).toBeVisible();
});
