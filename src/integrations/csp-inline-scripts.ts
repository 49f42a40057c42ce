// Completes Astro's Content Security Policy <meta> after the build: Astro hashes the scripts it
// bundles, but not Starlight's `is:inline` snippets (theme, sidebar), which the browser would then
// refuse. This adds the sha256 of every inline script a page carries to that page's script-src.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../hosting/script-sources.ts';

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** The sha256 sources of a document's inline scripts (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
		hashes.add(
			`'sha256-${createHash('sha256')
				.update(match[2] ?? '')
				.digest('base64')}'`,
		);
	}
	return [...hashes];
}

/** Adds the page's missing inline-script hashes to the script-src of its CSP meta, if it has one. */
export function completePolicy(html: string): string {
	return html.replace(META, (_, open: string, policy: string, close: string) => {
		const missing = inlineScriptHashes(html).filter((hash) => !policy.includes(hash));
		if (!missing.length) return `${open}${policy}${close}`;
		const completed = /script-src/.test(policy)
			? policy.replace(/script-src([^;]*)/, (directive) => `${directive} ${missing.join(' ')}`)
			: `${policy.replace(/;?\s*$/, ';')} script-src 'self' ${missing.join(' ')};`;
		return `${open}${completed}${close}`;
	});
}

export function cspInlineScripts(): AstroIntegration {
	return {
		name: 'claras:csp-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const completed = completePolicy(html);
					if (completed !== html) await writeFile(file, completed);
				}
			},
		},
	};
}
