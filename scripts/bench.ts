// `npm run bench`: builds the help centre and a plain Starlight page in the same run, then prints
// the build times and, for each contract page, the bytes of HTML, JS and CSS (raw and gzip) beside
// the plain page. An article must load no script a plain Starlight page does not load (exit 1 if
// one does); the checker, and any article that hydrates an island, show their extra bytes instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench-results');
const siteDir = join(out, 'site');
const baselineDir = join(out, 'baseline');
const astro = join(root, 'node_modules', '.bin', 'astro');

/** The pages measured: DESIGN.md's contract pages. All but the checker are articles. */
const pages: { path: string; article: boolean }[] = [
	{ path: '/', article: true },
	{ path: '/teams/connect/', article: true },
	{ path: '/teams/admin-consent/', article: true },
	{ path: '/teams/reconnect/', article: true },
	{ path: '/teams/permissions/', article: true },
	{ path: '/teams/faq/mailbox-unavailable/', article: true },
	{ path: '/teams/faq/need-admin-approval/', article: true },
	{ path: '/teams/checker/', article: false },
];
const BASELINE_PAGE = '/plain/';

function build(label: string, args: string[]): number {
	const started = performance.now();
	try {
		execFileSync(astro, ['build', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
	} catch (error) {
		const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
		console.error(`The ${label} build failed:\n${stderr.trim().split('\n').slice(-20).join('\n')}`);
		process.exit(2);
	}
	return (performance.now() - started) / 1000;
}

interface Size {
	raw: number;
	gzip: number;
}
const size = (text: string): Size => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** A built asset by its site path. */
function asset(dist: string, sitePath: string): string {
	return readFileSync(join(dist, decodeURIComponent(sitePath.split(/[?#]/)[0]!)), 'utf8');
}

/** Every JS file a module pulls in through static imports, itself included. */
function moduleGraph(dist: string, sitePath: string, seen = new Set<string>()): Set<string> {
	if (seen.has(sitePath)) return seen;
	seen.add(sitePath);
	const code = asset(dist, sitePath);
	for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) {
		const specifier = match[1]!;
		const target = specifier.startsWith('/') ? specifier : join(dirname(sitePath), specifier);
		if (existsSync(join(dist, target))) moduleGraph(dist, target, seen);
	}
	return seen;
}

interface PageBytes {
	html: Size;
	js: Size;
	css: Size;
	scripts: number;
	/** The page hydrates an interactive component (an Astro island). */
	island: boolean;
	/** The scripts the page itself loads, by name without the content hash. */
	entries: string[];
	/** How many inline scripts it carries. */
	inline: number;
}

/** `/_astro/Search.astro_astro_type_script_index_0_lang.D6kdV2AE.js` -> `Search.astro_..._lang` */
const entryName = (src: string) => src.split('/').pop()!.replace(/\.[\w-]+\.js$/, '');

/** Measures one built page: its HTML, the JS it loads (inline and module graph), its CSS. */
function measure(dist: string, path: string): PageBytes {
	const html = asset(dist, `${path}index.html`);
	const jsFiles = new Set<string>();
	const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
	for (const src of sources) moduleGraph(dist, src, jsFiles);
	const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	const cssFiles = new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	return {
		html: size(html),
		js: sum([...[...jsFiles].map((file) => size(asset(dist, file))), ...inlineJs.map(size)]),
		css: sum([...[...cssFiles].map((file) => size(asset(dist, file))), ...inlineCss.map(size)]),
		scripts: jsFiles.size + inlineJs.length,
		island: html.includes('<astro-island'),
		entries: sources.map(entryName).sort(),
		inline: inlineJs.length,
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const pair = (s: Size) => `${kb(s.raw)} / ${kb(s.gzip)}`;

rmSync(out, { recursive: true, force: true });
console.log('Building the help centre and the plain Starlight baseline (one after the other)...');
const siteSeconds = build('help centre', ['--outDir', siteDir]);
const baselineSeconds = build('baseline', ['--root', 'bench/baseline', '--outDir', baselineDir]);

const baseline = measure(baselineDir, BASELINE_PAGE);
const rows = [
	{ page: `${BASELINE_PAGE} (plain Starlight)`, bytes: baseline, verdict: 'baseline' },
	...pages.map(({ path, article }) => {
		const bytes = measure(siteDir, path);
		const extra = bytes.js.raw - baseline.js.raw;
		const added = bytes.entries.filter((entry) => !baseline.entries.includes(entry));
		const moreInline = bytes.inline > baseline.inline;
		let verdict: string;
		if (!article) verdict = `checker: +${kb(extra)} KB JS`;
		else if (bytes.island) verdict = `island: +${kb(extra)} KB JS`;
		else if (added.length > 0 || moreInline) verdict = `FAIL: loads ${added.join(', ') || 'more inline scripts'}`;
		else verdict = extra > 0 ? `ok: Starlight's scripts only (chunking +${kb(extra)} KB)` : 'ok: no extra JS';
		return { page: path, bytes, verdict };
	}),
];

const header = ['page', 'HTML KB raw / gz', 'JS KB raw / gz', 'scripts', 'CSS KB raw / gz', 'JS vs plain page'];
const table = [header, ...rows.map(({ page, bytes, verdict }) => [page, pair(bytes.html), pair(bytes.js), String(bytes.scripts), pair(bytes.css), verdict])];
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');

console.log(`\nBuild time: help centre ${siteSeconds.toFixed(1)} s, plain Starlight baseline ${baselineSeconds.toFixed(1)} s\n`);
console.log(line(table[0]!));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

const failures = rows.filter((row) => row.verdict.startsWith('FAIL'));
if (failures.length > 0) {
	console.log(`\n${failures.length} article page(s) load scripts a plain Starlight page does not.`);
	process.exit(1);
}
console.log(
	"\nArticles load only the scripts a plain Starlight page loads. A small byte difference is Vite's chunking: the site's\n" +
		'islands share a helper chunk with Starlight\'s search script, so the same code is split across one more file.',
);
const islands = rows.filter((row) => row.verdict.startsWith('island'));
if (islands.length > 0) console.log(`Articles that hydrate an island: ${islands.map((row) => row.page).join(', ')}.`);
