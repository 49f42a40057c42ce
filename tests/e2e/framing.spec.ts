// No page of the site or the sandbox can be framed by another site (clickjacking): a page on
// another loopback origin frames each in turn, and Chromium refuses every one. The same page
// frames a page of its own origin first, to show that a frame that loads is told apart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config.ts';
import { buildAdminConsentUrl } from '../../src/derive/consent-link.ts';
import { app, permissions } from '../../src/registry/index.ts';
import { sitemapPaths } from './help-centre.ts';

/**
 * Another origin on this machine, served by a real server: a page Playwright fulfils has no
 * address, so Chromium's local network access checks would refuse its frames for that alone.
 */
let FOREIGN = '';
let foreign: Server;

test.beforeAll(async () => {
	foreign = createServer((_, res) =>
		res
			.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
			.end('<!doctype html><title>Another site</title>'),
	);
	// A port of the system's choosing: the ports next to this worker's belong to the other workers' servers.
	await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
	FOREIGN = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => foreign.close(() => resolve())));
const redirectUri = `${baseURL}/auth/redirect/`;

/** The sandbox's own pages: home, the account picker, and admin consent (a sign-in first). */
const sandboxPages = [
	`${baseURL}/sandbox/`,
	`${baseURL}/sandbox/organizations/oauth2/v2.0/authorize?${new URLSearchParams({
		client_id: app.applicationId,
		redirect_uri: redirectUri,
		response_type: 'code',
		scope: permissions.map((p) => p.claim).join(' '),
		code_challenge: 'x'.repeat(43),
		code_challenge_method: 'S256',
	})}`,
	buildAdminConsentUrl({
		tenant: 'organizations',
		applicationId: app.applicationId,
		permissions: [...permissions],
		redirectUri: `${baseURL}${app.consentResultPath}`,
		authorityOrigin: `${baseURL}/sandbox`,
	}),
];

/** Frames `url` in the foreign page and says whether the document loaded inside the frame. */
async function framed(page: Page, url: string): Promise<boolean> {
	await page.evaluate(
		(src) =>
			new Promise<void>((resolve) => {
				document.querySelector('iframe')?.remove();
				const frame = document.createElement('iframe');
				frame.addEventListener('load', () => resolve(), { once: true });
				frame.src = src;
				document.body.append(frame);
			}),
		url,
	);
	const frame = await page
		.locator('iframe')
		.elementHandle()
		.then((handle) => handle?.contentFrame());
	// Chromium puts a refused frame on its error page, chrome-error://chromewebdata/.
	return frame?.url() === url;
}

test('another site can frame none of the help centre or sandbox pages', async ({
	page,
	request,
}) => {
	test.setTimeout(120_000);
	// The picker and consent URLs are real sandbox pages, not its error page for a bad request.
	for (const url of sandboxPages.slice(1)) expect((await request.get(url)).status()).toBe(200);

	await page.goto(`${FOREIGN}/`);
	expect(await framed(page, `${FOREIGN}/own-page`)).toBe(true);

	const pages = [...sitemapPaths().map((path) => `${baseURL}${path}`), ...sandboxPages];
	expect(pages.length).toBeGreaterThan(10);
	const loaded: string[] = [];
	for (const url of pages) if (await framed(page, url)) loaded.push(url);
	expect(loaded).toEqual([]);
});
