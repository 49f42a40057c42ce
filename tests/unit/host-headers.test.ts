// The response headers have one source (src/hosting/headers.ts): the `_headers` file, the Azure
// Static Web Apps configuration and what the local server sends all carry the same values, and
// the README's Deploy table says the same.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspHosts, getCheckerConfig } from '../../src/checker/config.ts';
import { deployTable } from '../../src/hosting/deploy-table.ts';
import { headersFor, hostHeaderRules, pathMatches } from '../../src/hosting/headers.ts';
import {
	HEADERS_FILE,
	netlifyHeaders,
	parseNetlifyHeaders,
	STATIC_WEB_APP_FILE,
	staticWebAppConfig,
} from '../../src/hosting/host-files.ts';
import { createStaticHandler } from '../../server/static.ts';

const SITE = 'https://help.example';
const entra = getCheckerConfig(
	{
		PUBLIC_CHECKER_MODE: 'entra',
		PUBLIC_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/contoso.com',
	},
	SITE,
);
const rules = hostHeaderRules({
	hosts: cspHosts(entra, SITE),
	scriptSources: ["'self'", "'sha256-AAAA'", "'sha256-BBBB'"],
});
const headersText = netlifyHeaders(rules);
const swa = staticWebAppConfig(rules);

/** Paths a browser asks for: a page, a hashed asset, the bridge, the search index, a 404. */
const paths = [
	'/teams/checker/',
	'/_astro/runtime.abc123.js',
	'/auth/redirect/',
	'/pagefind/pagefind.js',
	'/no-such-page/',
];

const lower = (headers: Readonly<Record<string, string>>) =>
	Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((part) => part.trim())
		.find((part) => part.startsWith(`${name} `));

describe('the one source', () => {
	test('sets no header in two rules one path can match, since hosts combine such headers differently', () => {
		const bare = (path: string) => path.replace(/\*$/, '');
		const overlap = (a: string, b: string) => pathMatches(a, bare(b)) || pathMatches(b, bare(a));
		const clashes = rules.flatMap((a, i) =>
			rules.slice(i + 1).flatMap((b) =>
				overlap(a.path, b.path)
					? Object.keys(a.headers)
							.filter((name) => name.toLowerCase() in lower(b.headers))
							.map((name) => `${name} in ${a.path} and ${b.path}`)
					: [],
			),
		);
		expect(clashes).toEqual([]);
	});

	test.each(paths)(
		'keeps %s out of foreign frames, scripts to the build, forms on the site',
		(path) => {
			expect(directive(csp(path), 'frame-ancestors')).toBe("frame-ancestors 'self'");
			expect(headersFor(rules, path)['X-Frame-Options']).toBe('SAMEORIGIN');
			expect(directive(csp(path), 'script-src')).toBe(
				"script-src 'self' 'sha256-AAAA' 'sha256-BBBB' 'wasm-unsafe-eval'",
			);
			expect(directive(csp(path), 'form-action')).toBe("form-action 'self'");
		},
	);

	test("lets the checker reach the build's sign-in authority and Graph, and nothing else", () => {
		expect(directive(csp('/'), 'connect-src')).toBe(
			"connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com",
		);
		expect(directive(csp('/'), 'frame-src')).toBe(
			"frame-src 'self' https://login.microsoftonline.com",
		);
	});

	test.each([
		['/_astro/runtime.abc123.js', 'public, max-age=31536000, immutable'],
		['/auth/redirect/', 'no-store'],
		['/teams/checker/', undefined],
	])('caches %s as %s', (path, cacheControl) => {
		expect(headersFor(rules, path)['Cache-Control']).toBe(cacheControl);
	});

	test.each([
		['/*', '/teams/checker/', true],
		['/_astro/*', '/_astro/a.js', true],
		['/_astro/*', '/teams/_astro/a.js', false],
		['/auth/redirect/', '/auth/redirect/', true],
		['/auth/redirect/', '/auth/redirect/x', false],
	])('matches rule %s against %s: %s', (rule, path, matches) => {
		expect(pathMatches(rule, path)).toBe(matches);
	});

	test('never sends Cross-Origin-Opener-Policy to the redirect bridge', () => {
		const names = Object.keys(headersFor(rules, '/auth/redirect/')).map((n) => n.toLowerCase());
		expect(names).not.toContain('cross-origin-opener-policy');
	});
});

describe.each([
	['a sandbox build served with the sandbox', {}, [], []],
	[
		'a sandbox build for a sandbox on another port',
		{ PUBLIC_SANDBOX_ORIGIN: 'http://localhost:4322' },
		['http://localhost:4322'],
		['http://localhost:4322'],
	],
	[
		'an entra build',
		{ PUBLIC_CHECKER_MODE: 'entra' },
		['https://login.microsoftonline.com', 'https://graph.microsoft.com'],
		['https://login.microsoftonline.com'],
	],
])('the CSP hosts of %s', (_, env, connect, frame) => {
	test('are the origins the checker is configured to reach, beyond its own', () => {
		expect(
			cspHosts(getCheckerConfig(env, 'http://localhost:4321'), 'http://localhost:4321'),
		).toEqual({
			connect,
			frame,
		});
	});
});

describe('the host files', () => {
	test(`${HEADERS_FILE} reads back as the same rules`, () => {
		expect(parseNetlifyHeaders(headersText)).toEqual(rules);
	});

	test(`${STATIC_WEB_APP_FILE} holds the global rule as globalHeaders and each other rule as a route`, () => {
		const [global, ...others] = rules;
		expect(swa.globalHeaders).toEqual(global?.headers);
		expect(swa.routes).toEqual(
			others.map((rule) => ({
				route: rule.path === '/auth/redirect/' ? '/auth/redirect/index.html' : rule.path,
				headers: rule.headers,
			})),
		);
	});

	test(`a header line outside any rule is named, with the fix`, () => {
		expect(() =>
			parseNetlifyHeaders('  X-Frame-Options: DENY\n'),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: _headers line 1: expected "Name: value" under a path, found "X-Frame-Options: DENY". Build again to regenerate it.]`,
		);
	});

	test('a line longer than Cloudflare Pages reads fails the build, naming the limit', () => {
		const long = hostHeaderRules({
			hosts: { connect: [], frame: [] },
			scriptSources: Array.from(
				{ length: 60 },
				(_, i) => `'sha256-${String(i).padStart(43, 'x')}='`,
			),
		});
		expect(() => netlifyHeaders(long)).toThrow(/Cloudflare Pages reads at most 2000/);
	});
});

describe('the local server', () => {
	let server: Server;
	let base: string;

	beforeAll(async () => {
		const root = mkdtempSync(join(tmpdir(), 'host-headers-'));
		const files = [
			'teams/checker/index.html',
			'_astro/runtime.abc123.js',
			'auth/redirect/index.html',
			'pagefind/pagefind.js',
			'404.html',
		];
		for (const file of files) {
			mkdirSync(dirname(join(root, file)), { recursive: true });
			writeFileSync(join(root, file), 'x');
		}
		writeFileSync(join(root, HEADERS_FILE), headersText);
		writeFileSync(join(root, STATIC_WEB_APP_FILE), JSON.stringify(swa));
		const handle = createStaticHandler({ root });
		server = createServer((req, res) => void handle(req, res));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	test.each(paths)('sends %s exactly the headers the rules give it', async (path) => {
		const answer = await fetch(`${base}${path}`, { method: 'HEAD' });
		const expected = headersFor(rules, path);
		for (const [name, value] of Object.entries(expected))
			expect(answer.headers.get(name)).toBe(value);
		// Nothing beyond the rules but what any file server sends.
		const sent = [...answer.headers.keys()].filter(
			(name) =>
				!['content-type', 'content-length', 'date', 'connection', 'keep-alive'].includes(name),
		);
		expect(sent.sort()).toEqual(
			Object.keys(expected)
				.map((n) => n.toLowerCase())
				.sort(),
		);
	});

	test.each([HEADERS_FILE, STATIC_WEB_APP_FILE])(
		'does not serve the host file %s',
		async (file) => {
			expect((await fetch(`${base}/${file}`)).status).toBe(404);
		},
	);
});

describe('the README', () => {
	test('Deploy section shows the headers the source defines', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		// On a mismatch, paste the expected table into the README's Deploy section.
		expect(readme).toContain(deployTable());
	});
});
