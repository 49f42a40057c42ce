// The redirect page (/auth/redirect/) gets MSAL's redirect bridge as the one self-contained file
// MSAL publishes for it, instead of from MSAL's ES modules. From the modules, the bridge imports
// MSAL's default configuration (for DEFAULT_REDIRECT_TIMEOUT_MS), which brings much of MSAL with
// it, and the bundler puts everything the bridge and the checker both use in one shared chunk:
// the popup loaded about 23 KB gzip to hand back the sign-in answer, and the checker paid for the
// split with hundreds of names imported across chunks. MSAL's package maps the `require` condition
// of `@azure/msal-browser/redirect-bridge` to lib/redirect-bridge/msal-redirect-bridge.cjs: the
// same version's bridge, bundled by MSAL with only what it needs (about 3 KB gzip), sharing nothing
// with the checker. tests/unit/redirect-bridge-bundle.test.ts checks that file; every end-to-end
// popup sign-in goes through it.
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import { vitePluginIntegration, type Plugin } from './vite-plugin.ts';

export const BRIDGE = '@azure/msal-browser/redirect-bridge';

/** The bridge's self-contained CommonJS file, as the package's `require` condition names it. */
export const bridgeBundle = (): string => createRequire(import.meta.url).resolve(BRIDGE);

export function redirectBridgeBundlePlugin(): Plugin {
	const file = bridgeBundle();
	return {
		name: 'claras:redirect-bridge-bundle',
		enforce: 'pre',
		apply: 'build',
		resolveId: {
			filter: { id: /^@azure\/msal-browser\/redirect-bridge$/ },
			handler(id) {
				if (id !== BRIDGE || this.environment?.config.consumer !== 'client') return null;
				return file;
			},
		},
	};
}

export const redirectBridgeBundle = (): AstroIntegration =>
	vitePluginIntegration('claras:redirect-bridge-bundle', redirectBridgeBundlePlugin);
