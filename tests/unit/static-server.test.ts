// The static server behaves as a static host: directory redirects stay on this site, paths stay
// inside the build folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticHandler } from '../../server/static.ts';

let server: Server;
let base: string;

beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'static-'));
	mkdirSync(join(root, 'teams', 'connect'), { recursive: true });
	writeFileSync(join(root, 'teams', 'connect', 'index.html'), '<h1>Connect</h1>');
	writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
	const handle = createStaticHandler({ root });
	server = createServer((req, res) => void handle(req, res));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** GET with the path sent exactly as written (fetch would normalise "/./" away). */
function get(
	path: string,
): Promise<{ status: number; headers: { get: (name: string) => string | null } }> {
	return new Promise((resolve, reject) => {
		request(`${base}/`, { path }, (res) => {
			res.resume();
			resolve({
				status: res.statusCode ?? 0,
				headers: { get: (name) => (res.headers[name] as string | undefined) ?? null },
			});
		})
			.on('error', reject)
			.end();
	});
}

describe('the static server', () => {
	test('serves a page and redirects its slash-less address to it', async () => {
		expect((await get('/teams/connect/')).status).toBe(200);
		const redirect = await get('/teams/connect?x=1');
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/teams/connect/?x=1');
	});

	test.each([
		'/.//evil.example/..%2fteams/connect',
		'/teams/.//evil.example/..%2f..%2fteams/connect',
	])('never redirects off the site (%s)', async (path) => {
		const answer = await get(path);
		expect(answer.status).toBe(301);
		expect(answer.headers.get('location')).toMatch(/^\/[^/]/);
	});

	test.each(['/../package.json', '/%2e%2e/%2e%2e/etc/passwd'])(
		'keeps %s inside the build folder',
		async (path) => {
			expect([403, 404]).toContain((await get(path)).status);
		},
	);
});
