// The redirect page's bridge is MSAL's own self-contained, minified build of it, written into the
// page (src/integrations/redirect-bridge.ts): these tests read the installed package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	BRIDGE_GLOBAL,
	bridgeBundle,
	bridgeScript,
	bridgeScriptFile,
} from '../../src/integrations/redirect-bridge.ts';

const msal = join(import.meta.dirname, '../../node_modules/@azure/msal-browser');
const versionOf = (code: string) => /^\/\*! @azure\/msal-browser v([\d.]+) /.exec(code)?.[1];

describe("MSAL's self-contained redirect bridge", () => {
	const script = bridgeScript();

	it("sits beside the file MSAL's package names for the bridge's require condition", () => {
		expect(bridgeBundle().replaceAll('\\', '/')).toMatch(
			/node_modules\/@azure\/msal-browser\/lib\/redirect-bridge\/msal-redirect-bridge\.cjs$/,
		);
		expect(bridgeScriptFile().replaceAll('\\', '/')).toMatch(
			/lib\/redirect-bridge\/msal-redirect-bridge\.min\.js$/,
		);
	});

	it('is the same MSAL version as the ES modules the checker is built from', () => {
		const modules = readFileSync(join(msal, 'dist/redirect_bridge/index.mjs'), 'utf8');
		const { version } = JSON.parse(readFileSync(join(msal, 'package.json'), 'utf8')) as {
			version: string;
		};
		expect(versionOf(script)).toBe(version);
		expect(versionOf(modules)).toBe(version);
	});

	it('defines the one function the page calls, on the global the page names, and needs nothing else', () => {
		const page: Record<string, unknown> = {};
		runInNewContext(script, Object.assign(page, { self: page, globalThis: page }));
		const bridge = page[BRIDGE_GLOBAL] as Record<string, unknown>;
		expect(Object.keys(bridge)).toEqual(['broadcastResponseToMainFrame']);
		expect(typeof bridge['broadcastResponseToMainFrame']).toBe('function');
		expect(script).not.toMatch(/\brequire\(|\bimport\(|^import /m);
	});

	it('can be written into a page as it is, and the redirect page does', () => {
		expect(script).not.toMatch(/<\/script/i);
		expect(script).not.toMatch(/sourceMappingURL/);
		const page = readFileSync(
			join(import.meta.dirname, '../../src/pages/auth/redirect.astro'),
			'utf8',
		);
		expect(page).toContain('<script is:inline set:html={bridge} />');
		expect(page).toContain('${BRIDGE_GLOBAL}.broadcastResponseToMainFrame()');
	});
});
