// Builds carry only what their mode needs: the build under test (a sandbox build) has the
// sandbox's MSAL test page and its script; an entra build, made once here, has the same site
// without them, and its header CSP names Microsoft's hosts instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './help-centre.ts';

const sandboxDist = process.env['E2E_DIST'] ?? 'dist';
const entraDist = join(mkdtempSync(join(tmpdir(), 'claras-entra-')), 'dist');

/** Every file in a build, as paths relative to it. */
const filesIn = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** The files of a build that name the sandbox's test page, by path or in their text. */
const sandboxOnly = (dir: string) =>
	filesIn(dir).filter(
		(file) =>
			file.includes('sandbox-test') ||
			(/\.(html|js|css|json|xml)$/.test(file) &&
				/sandbox-test|data-site-origin-link/.test(readFileSync(join(dir, file), 'utf8'))),
	);

const connectSrc = (dir: string) =>
	/connect-src ([^;]*)/.exec(readFileSync(join(dir, '_headers'), 'utf8'))?.[1] ?? '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
	test.setTimeout(300_000);
	execFileSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', entraDist],
		{
			env: {
				...process.env,
				PUBLIC_CHECKER_MODE: 'entra',
				PUBLIC_ENTRA_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
				PUBLIC_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/organizations',
			},
			stdio: 'pipe',
		},
	);
});

test('the sandbox build has the MSAL test page, served, and its script', async ({ request }) => {
	expect(existsSync(join(sandboxDist, 'sandbox-test', 'index.html'))).toBe(true);
	expect(sandboxOnly(sandboxDist).some((file) => file.startsWith('_astro/'))).toBe(true);
	expect((await request.get('/sandbox-test/')).status()).toBe(200);
});

test('the entra build has the same pages but no sandbox page, script or origin rewriting', () => {
	expect(sitemapPaths(entraDist)).toEqual(sitemapPaths(sandboxDist));
	expect(sandboxOnly(entraDist)).toEqual([]);
});

test("each build's header CSP lets the checker reach its own sign-in hosts only", () => {
	expect(connectSrc(sandboxDist)).toBe("'self'");
	expect(connectSrc(entraDist)).toBe(
		"'self' https://login.microsoftonline.com https://graph.microsoft.com",
	);
});
