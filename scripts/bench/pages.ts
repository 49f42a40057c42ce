// Measures one built page: its HTML, the JS that loads with it (scripts, island modules and their
// static imports, inline scripts), its CSS, and the JS its own scripts load later on demand.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_ORIGIN_SCRIPT } from '../../src/derive/static-consent-link.ts';
import {
	chunkLibraries,
	deferredGraph,
	entryName,
	pageScripts,
	size,
	staticGraph,
	sum,
	type Read,
	type Size,
} from './assets.ts';

/** Reads built files of one output folder by site path. */
export function distReader(dist: string): Read {
	const cache = new Map<string, string | undefined>();
	return (sitePath) => {
		if (!cache.has(sitePath)) {
			const file = join(dist, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
			cache.set(
				sitePath,
				existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined,
			);
		}
		return cache.get(sitePath);
	};
}

export interface PageBytes {
	html: Size;
	/** The JS that loads with the page, before anyone clicks: scripts, islands, their static imports, inline. */
	js: Size;
	css: Size;
	/** How many scripts that is (files and inline). */
	scripts: number;
	/** The part of `js` that only the page's islands bring (their modules and imports not otherwise loaded). */
	islandJs: Size;
	/** The island modules the page hydrates (component and renderer URLs). */
	islands: string[];
	/** The scripts the page itself names, by name without the content hash. */
	entries: string[];
	/** Each of those scripts' own bytes (its file alone, not what it imports), by name. */
	entrySizes: Readonly<Record<string, Size>>;
	/** How many inline scripts it carries. */
	inline: number;
	/**
	 * How many of them only a sandbox build carries: the static consent link's fix-up to the page's
	 * own origin (SITE_ORIGIN_SCRIPT). An entra build, the one deployed, has none
	 * (tests/e2e/mode-builds.spec.ts); the bench builds in sandbox mode to sign in.
	 */
	sandboxInline: number;
	/** Their bytes, part of `js`: left out when an article is compared with the plain page. */
	sandboxInlineJs: Size;
	/** Every JS file loaded with the page. */
	initialFiles: Set<string>;
	/** Libraries (MSAL, Graph client) found in the JS loaded with the page. */
	initialLibraries: string[];
}

export function measure(read: Read, path: string): PageBytes {
	const html = read(`${path}index.html`);
	if (html === undefined) throw new Error(`The build has no ${path}index.html.`);
	const { sources, islands, inline } = pageScripts(html);
	const scriptFiles = staticGraph(read, sources);
	const initialFiles = staticGraph(read, islands, new Set(scriptFiles));
	const islandOnly = [...initialFiles].filter((file) => !scriptFiles.has(file));
	const cssFiles = new Set(
		[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
	);
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	const fileSize = (file: string) => size(read(file) ?? '');
	const sandboxOnly = inline.filter((text) => text.trim() === SITE_ORIGIN_SCRIPT.trim());
	return {
		html: size(html),
		js: sum([...[...initialFiles].map(fileSize), ...inline.map(size)]),
		css: sum([...[...cssFiles].map(fileSize), ...inlineCss.map(size)]),
		scripts: initialFiles.size + inline.length,
		islandJs: sum(islandOnly.map(fileSize)),
		islands,
		entries: sources.map(entryName).sort(),
		entrySizes: Object.fromEntries(sources.map((file) => [entryName(file), fileSize(file)])),
		inline: inline.length,
		sandboxInline: sandboxOnly.length,
		sandboxInlineJs: sum(sandboxOnly.map(size)),
		initialFiles,
		initialLibraries: [
			...new Set([...initialFiles].flatMap((file) => chunkLibraries(read(file) ?? ''))),
		],
	};
}

export interface DeferredChunk {
	file: string;
	size: Size;
	libraries: string[];
}

/**
 * The JS that the given entry scripts load only on demand (dynamic import), not with the page:
 * for the checker, what its launcher brings after the click.
 */
export function deferredChunks(
	read: Read,
	entries: readonly string[],
	page: PageBytes,
): DeferredChunk[] {
	return [...deferredGraph(read, entries, page.initialFiles)]
		.map((file) => ({
			file,
			size: size(read(file) ?? ''),
			libraries: chunkLibraries(read(file) ?? ''),
		}))
		.sort((a, b) => b.size.raw - a.size.raw);
}

/** The script URLs a page names that the plain page does not (by name without the hash). */
export function ownScripts(read: Read, path: string, baseline: PageBytes): string[] {
	const { sources } = pageScripts(read(`${path}index.html`) ?? '');
	return sources.filter((src) => !baseline.entries.includes(entryName(src)));
}
