// The script sources the pages' <meta> CSPs allow, gathered from the build: the header CSP's
// script-src is their union (see HeaderOptions.scriptSources in src/hosting/headers.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const META_POLICY = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The script-src sources of one document's <meta> CSP, or none when it has no such meta. */
export function metaScriptSources(html: string): string[] {
	const policy = META_POLICY.exec(html)?.[1] ?? '';
	const directive = policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([name]) => name === 'script-src');
	return directive?.slice(1) ?? [];
}

/** Every HTML file under `dir`, at any depth. */
export async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/**
 * Every script source any page in `dir` allows, 'self' first, in a stable order. A build whose
 * pages carry no CSP at all is a broken build: that is an error, not an empty list.
 */
export async function siteScriptSources(dir: string): Promise<string[]> {
	const sources = new Set<string>();
	let pages = 0;
	for await (const file of htmlFiles(dir)) {
		const found = metaScriptSources(await readFile(file, 'utf8'));
		if (found.length > 0) pages += 1;
		for (const source of found) sources.add(source);
	}
	if (pages === 0)
		throw new Error(
			`No page in ${dir} has a Content Security Policy <meta> with script-src: check security.csp in astro.config.mjs.`,
		);
	const self = sources.delete("'self'");
	return [...(self ? ["'self'"] : []), ...[...sources].sort()];
}
