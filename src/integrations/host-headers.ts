// After the build (and after cspInlineScripts has completed each page's <meta> CSP), writes the
// response headers the site must be served with for the static hosts people use: `_headers`
// (Netlify, Cloudflare Pages) and `staticwebapp.config.json` (Azure Static Web Apps).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CspHosts } from '../checker/config.ts';
import { hostHeaderRules } from '../hosting/headers.ts';
import {
	HEADERS_FILE,
	netlifyHeaders,
	STATIC_WEB_APP_FILE,
	staticWebAppConfig,
} from '../hosting/host-files.ts';
import { siteScriptSources } from '../hosting/script-sources.ts';

export function hostHeaders(hosts: CspHosts): AstroIntegration {
	return {
		name: 'claras:host-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const rules = hostHeaderRules({ hosts, scriptSources: await siteScriptSources(root) });
				await writeFile(join(root, HEADERS_FILE), netlifyHeaders(rules));
				await writeFile(
					join(root, STATIC_WEB_APP_FILE),
					`${JSON.stringify(staticWebAppConfig(rules), null, '\t')}\n`,
				);
				logger.info(`response headers written to ${HEADERS_FILE} and ${STATIC_WEB_APP_FILE}`);
			},
		},
	};
}
