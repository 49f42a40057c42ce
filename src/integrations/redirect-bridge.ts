// MSAL's redirect bridge for the redirect page (/auth/redirect/), as the one self-contained,
// minified script MSAL publishes for it, written into the page (src/pages/auth/redirect.astro).
//
// Why not import it: from MSAL's ES modules the bridge brings MSAL's default configuration (for
// one timeout constant), which brings much of MSAL, and the bundler shared all that with the
// checker in one chunk: the popup loaded about 23 KB gzip to hand back the sign-in answer, and the
// checker paid for the split with hundreds of names imported across chunks. MSAL builds the same
// version's bridge with only what it needs: lib/redirect-bridge/, beside the CommonJS file its
// package names for `@azure/msal-browser/redirect-bridge` under `require`. The minified one (about
// 3 KB gzip) is a UMD script that defines `msalRedirectBridge` in a page.
//
// Why inline: the popup is a new window on every sign-in, and the page is served no-store. With
// the bridge in the page as a classic script, it runs as the HTML arrives: one round trip fewer
// before the window hands back the answer and closes (400 ms on a 400 ms link). The build's CSP
// step hashes it like every inline script (src/integrations/csp-inline-scripts.ts).
// tests/unit/redirect-bridge.test.ts checks the file; every end-to-end popup sign-in runs it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const BRIDGE = '@azure/msal-browser/redirect-bridge';

/** The bridge's self-contained CommonJS file, as the package's `require` condition names it. */
export const bridgeBundle = (): string => createRequire(import.meta.url).resolve(BRIDGE);

/** The minified UMD build beside it. */
export const bridgeScriptFile = (): string =>
	join(dirname(bridgeBundle()), 'msal-redirect-bridge.min.js');

/** The global the UMD script defines in a page. */
export const BRIDGE_GLOBAL = 'msalRedirectBridge';

/** The script's text, ready to write into a page (MSAL's source-map comment left out). */
export function bridgeScript(): string {
	const code = readFileSync(bridgeScriptFile(), 'utf8')
		.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '')
		.trim();
	if (/<\/script/i.test(code))
		throw new Error(`${bridgeScriptFile()} holds "</script": it cannot be written into a page.`);
	return code;
}
