// Finding the JavaScript a built page loads, from its HTML and the built modules alone: the scripts
// it names, the modules its Astro islands hydrate with, everything those import statically (loaded
// with the page) and, separately, what they reach only through dynamic import() (loaded later).
// Pure: every function reads built files through a `Read` callback, so tests pass a fake.
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A built file's text by its site path (`/_astro/x.js`); undefined when there is no such file. */
export type Read = (sitePath: string) => string | undefined;

export interface Size {
	raw: number;
	gzip: number;
}

export const size = (text: string): Size => ({
	raw: Buffer.byteLength(text),
	gzip: gzipSync(text).length,
});
export const sum = (sizes: readonly Size[]): Size =>
	sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** `/_astro/Search.astro_astro_type_script_index_0_lang.D6kdV2AE.js` → `Search.astro_..._lang` */
export const entryName = (src: string): string =>
	src
		.split('/')
		.pop()!
		.replace(/\.[\w-]+\.js$/, '');

/** HTML text or an attribute value with its character references read (`&amp;`, `&#x26;`, `&#39;`…). */
export const decodeEntities = (text: string): string =>
	text
		.replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');

/** The modules an `<astro-island>` loads when it hydrates: its component, its renderer, and any before-hydration script. */
export function islandModules(html: string): string[] {
	const out: string[] = [];
	for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1];
			if (value) out.push(decodeEntities(value));
		}
	}
	return [...new Set(out)];
}

/** What a page's HTML loads as it opens: external scripts (and module preloads), islands, inline scripts. */
export interface PageScripts {
	/** `<script src>` and `<link rel="modulepreload">` URLs, in page order. */
	sources: string[];
	/** Modules named by `<astro-island>` elements. */
	islands: string[];
	/** The text of each inline script (JSON data blocks left out). */
	inline: string[];
}

export function pageScripts(html: string): PageScripts {
	const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) =>
		decodeEntities(m[1]!),
	);
	const preloads = [
		...html.matchAll(/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g),
	].map((m) => decodeEntities(m[1]!));
	const inline = [
		...html.matchAll(
			/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
		),
	].map((m) => m[1]!);
	return { sources: [...new Set([...scripts, ...preloads])], islands: islandModules(html), inline };
}

/** Specifiers of a module's static imports and re-exports (`import x from`, `import "x"`, `export * from`). */
export function staticImports(code: string): string[] {
	return [
		...code.matchAll(
			/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]([^"'`]+)["'`]/g,
		),
	].map((m) => m[1]!);
}

/**
 * Specifiers a module loads on demand: `import("./x.js")` with a literal path, and the files of
 * Vite's `__vite__mapDeps` preload list (written relative to the site root, so returned as `/…`).
 */
export function dynamicImports(code: string): string[] {
	const literal = [...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+?)\1\s*\)/g)].map((m) => m[2]!);
	const list =
		/__vite__mapDeps\b[\s\S]*?\[((?:\s*["'`][^"'`]*["'`]\s*,?)+)\]/.exec(code)?.[1] ?? '';
	const preload = [...list.matchAll(/["'`]([^"'`]+)["'`]/g)].map(
		(m) => `/${m[1]!.replace(/^\/+/, '')}`,
	);
	return [...new Set([...literal, ...preload])];
}

/** A specifier as a site path, relative to the importing module; undefined for bare names. */
export function resolveSpecifier(from: string, specifier: string): string | undefined {
	const path = specifier.split(/[?#]/)[0]!;
	if (path.startsWith('/')) return posix.normalize(path);
	if (path.startsWith('./') || path.startsWith('../')) return posix.join(posix.dirname(from), path);
	return undefined;
}

/** Every JS module the entries pull in through static imports, the entries included. */
export function staticGraph(
	read: Read,
	entries: Iterable<string>,
	seen = new Set<string>(),
): Set<string> {
	const visit = (sitePath: string) => {
		if (seen.has(sitePath)) return;
		const code = read(sitePath);
		if (code === undefined) return;
		seen.add(sitePath);
		for (const specifier of staticImports(code)) {
			const target = resolveSpecifier(sitePath, specifier);
			if (target?.endsWith('.js')) visit(target);
		}
	};
	for (const entry of entries) visit(entry);
	return seen;
}

/**
 * The JS modules the entries reach only through dynamic import() (with everything those import
 * statically, and their own dynamic imports in turn), leaving out what `loaded` already holds.
 */
export function deferredGraph(
	read: Read,
	entries: Iterable<string>,
	loaded: ReadonlySet<string>,
): Set<string> {
	const start = staticGraph(read, entries);
	const reached = new Set(start);
	const queue = [...reached];
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		for (const specifier of dynamicImports(read(file) ?? '')) {
			const target = resolveSpecifier(file, specifier);
			if (!target?.endsWith('.js') || reached.has(target)) continue;
			const before = new Set(reached);
			staticGraph(read, [target], reached);
			queue.push(...[...reached].filter((added) => !before.has(added)));
		}
	}
	return new Set([...reached].filter((file) => !start.has(file) && !loaded.has(file)));
}

/** What a built chunk carries, by marks its libraries leave in their code. */
export function chunkLibraries(code: string): string[] {
	const libraries: string[] = [];
	if (
		code.includes('@azure/msal-browser') ||
		code.includes('msal-browser') ||
		code.includes('msal.js.browser')
	)
		libraries.push('MSAL');
	// The Graph client's Client constructor names its error for a client with no middleware; its
	// telemetry marks (`graph-js`, `SdkVersion`) are left out with its default middleware.
	if (code.includes('InvalidMiddlewareChain')) libraries.push('Graph client');
	// zod keeps its internals on `._zod` (minifiers keep property names); `__zod_globalConfig`, zod's
	// config global that a page may set without loading zod, is not zod.
	if (/\._zod\b/.test(code)) libraries.push('zod');
	return libraries;
}
