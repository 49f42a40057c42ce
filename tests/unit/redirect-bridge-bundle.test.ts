// The redirect page's bridge is MSAL's own self-contained build of it
// (src/integrations/redirect-bridge-bundle.ts): these tests read the installed package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BRIDGE,
	bridgeBundle,
	redirectBridgeBundlePlugin,
} from '../../src/integrations/redirect-bridge-bundle.ts';

const msal = join(import.meta.dirname, '../../node_modules/@azure/msal-browser');
const versionOf = (code: string) => /^\/\*! @azure\/msal-browser v([\d.]+) /.exec(code)?.[1];

describe("MSAL's self-contained redirect bridge", () => {
	const file = bridgeBundle();
	const code = readFileSync(file, 'utf8');

	it("is the file MSAL's package names for the bridge's require condition", () => {
		expect(file.replaceAll('\\', '/')).toMatch(
			/node_modules\/@azure\/msal-browser\/lib\/redirect-bridge\/msal-redirect-bridge\.cjs$/,
		);
	});

	it('is the same MSAL version as the ES modules the checker is built from', () => {
		const modules = readFileSync(join(msal, 'dist/redirect_bridge/index.mjs'), 'utf8');
		expect(versionOf(code)).toBeDefined();
		expect(versionOf(code)).toBe(versionOf(modules));
		expect(versionOf(code)).toBe(
			(JSON.parse(readFileSync(join(msal, 'package.json'), 'utf8')) as { version: string }).version,
		);
	});

	it('stands alone: it requires nothing, and exports the one function the redirect page calls', () => {
		expect(code).not.toMatch(/\brequire\(/);
		expect([...code.matchAll(/^exports\.(\w+) = /gm)].map((m) => m[1])).toEqual([
			'broadcastResponseToMainFrame',
		]);
		const page = readFileSync(
			join(import.meta.dirname, '../../src/pages/auth/redirect.astro'),
			'utf8',
		);
		expect(page).toContain(`import { broadcastResponseToMainFrame } from '${BRIDGE}';`);
	});

	it('is what the plugin resolves the bridge to, in the client build only', () => {
		const { resolveId } = redirectBridgeBundlePlugin() as unknown as {
			resolveId: { filter: { id: RegExp }; handler: (this: unknown, id: string) => unknown };
		};
		expect(resolveId.filter.id.test(BRIDGE)).toBe(true);
		expect(resolveId.filter.id.test('@azure/msal-browser')).toBe(false);
		const client = { environment: { config: { consumer: 'client' } } };
		const server = { environment: { config: { consumer: 'server' } } };
		expect(resolveId.handler.call(client, BRIDGE)).toBe(file);
		expect(resolveId.handler.call(server, BRIDGE)).toBeNull();
	});
});
