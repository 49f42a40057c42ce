import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	builtPagePath,
	codeBlocks,
	fenced,
	plainArticle,
	writeBaselinePages,
} from '../../scripts/bench/baseline.ts';
import type { PageBytes } from '../../scripts/bench/pages.ts';
import { articleVerdict, LAUNCHERS } from '../../scripts/bench/targets.ts';
import {
	chunkLibraries,
	deferredGraph,
	dynamicImports,
	islandModules,
	pageScripts,
	resolveSpecifier,
	staticGraph,
	staticImports,
	type Read,
} from '../../scripts/bench/assets.ts';

/** Built files as Vite/Rolldown writes them (minified), keyed by site path. */
const files: Record<string, string> = {
	'/_astro/Launcher.js':
		'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/mount.js","_astro/client.js","_astro/mount.css"])))=>i.map(i=>d[i]);\n' +
		'import"./keys.js";import{t as e}from"./preload-helper.js";function t(){e(()=>import(`./mount.js`),__vite__mapDeps([0,1,2]))}',
	'/_astro/keys.js': 'var e=`claras.checker.redirect`;export{e as t};',
	'/_astro/preload-helper.js': 'var e=`modulepreload`;export{e as t};',
	'/_astro/mount.js':
		'import{a as e}from"./client.js";export*from"./present.js";const r=()=>import("./runtime.js");',
	'/_astro/client.js': 'export const a=1;',
	'/_astro/present.js': 'export const p=2;',
	'/_astro/runtime.js':
		'import{n as o}from"./config.js";var A=class{constructor(t){let e=Error();e.name=`InvalidMiddlewareChain`;throw e}};',
	'/_astro/config.js': 'var s=`@azure/msal-browser`;export{s as n};',
	'/_astro/Island.js': 'import{a}from"./client.js";export default a;',
	'/_astro/client.svelte.js': 'export default {};',
};
const read: Read = (path) => files[path];

describe('islandModules', () => {
	it.each([
		['no island', '<main><p>Text</p></main>', []],
		[
			'an island with component and renderer',
			'<astro-island uid="x" component-url="/_astro/Island.js" component-export="default" renderer-url="/_astro/client.svelte.js" props="{}" client="visible">',
			['/_astro/Island.js', '/_astro/client.svelte.js'],
		],
		[
			'two islands sharing a renderer, one with a before-hydration script',
			'<astro-island component-url="/_astro/A.js" renderer-url="/_astro/r.js" before-hydration-url="/_astro/b.js"></astro-island><astro-island component-url="/_astro/B.js" renderer-url="/_astro/r.js">',
			['/_astro/A.js', '/_astro/r.js', '/_astro/b.js', '/_astro/B.js'],
		],
	])('finds the modules of %s', (_name, html, expected) => {
		expect(islandModules(html)).toEqual(expected);
	});
});

describe('pageScripts', () => {
	it('separates script files, module preloads, islands and inline scripts, leaving JSON data out', () => {
		const html =
			'<script type="module" src="/_astro/page.js"></script><link rel="modulepreload" href="/_astro/pre.js">' +
			'<script>window.x=1</script><script type="application/ld+json">{}</script>' +
			'<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.svelte.js"></astro-island>';
		expect(pageScripts(html)).toEqual({
			sources: ['/_astro/page.js', '/_astro/pre.js'],
			islands: ['/_astro/Island.js', '/_astro/client.svelte.js'],
			inline: ['window.x=1'],
		});
	});
});

describe('import discovery', () => {
	it.each([
		[
			'side-effect and named imports',
			files['/_astro/Launcher.js']!,
			['./keys.js', './preload-helper.js'],
		],
		['a re-export', files['/_astro/mount.js']!, ['./client.js', './present.js']],
		[
			'no import in a dynamic import() or a string',
			'const a=()=>import(`./x.js`);const b="import";',
			[],
		],
	])('staticImports reads %s', (_name, code, expected) => {
		expect(staticImports(code)).toEqual(expected);
	});

	it.each([
		[
			'a literal import() and the preload list',
			files['/_astro/Launcher.js']!,
			['./mount.js', '/_astro/mount.js', '/_astro/client.js', '/_astro/mount.css'],
		],
		['a quoted import()', files['/_astro/mount.js']!, ['./runtime.js']],
		['a computed import() (left out)', 'import(`${base}pagefind.js`)', []],
	])('dynamicImports reads %s', (_name, code, expected) => {
		expect(dynamicImports(code)).toEqual(expected);
	});

	it.each([
		['/_astro/a.js', './b.js', '/_astro/b.js'],
		['/_astro/a.js', '../c.js?v=1', '/c.js'],
		['/_astro/a.js', '/_astro/d.js', '/_astro/d.js'],
		['/_astro/a.js', 'svelte', undefined],
	])('resolveSpecifier(%s, %s) is %s', (from, specifier, expected) => {
		expect(resolveSpecifier(from, specifier)).toBe(expected);
	});
});

describe('module graphs', () => {
	const initial = staticGraph(read, ['/_astro/Launcher.js']);

	it('loads with the page only what the entry imports statically', () => {
		expect([...initial].sort()).toEqual([
			'/_astro/Launcher.js',
			'/_astro/keys.js',
			'/_astro/preload-helper.js',
		]);
	});

	it('counts an island’s component and renderer with their static imports', () => {
		expect(
			[...staticGraph(read, ['/_astro/Island.js', '/_astro/client.svelte.js'])].sort(),
		).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/client.svelte.js']);
	});

	it('follows dynamic imports, transitively, for what arrives later', () => {
		expect([...deferredGraph(read, ['/_astro/Launcher.js'], initial)].sort()).toEqual([
			'/_astro/client.js',
			'/_astro/config.js',
			'/_astro/mount.js',
			'/_astro/present.js',
			'/_astro/runtime.js',
		]);
	});

	it('names the libraries a chunk carries', () => {
		expect(
			['/_astro/runtime.js', '/_astro/config.js', '/_astro/client.js'].map((file) =>
				chunkLibraries(read(file)!),
			),
		).toEqual([['Graph client'], ['MSAL'], []]);
	});

	it.each([
		['zod (its internals on ._zod)', 'function t(e,n){e._zod.def=n;e._zod.run=r}', ['zod']],
		[
			"zod's config global set without zod, which is not zod",
			'globalThis.__zod_globalConfig={...globalThis.__zod_globalConfig,jitless:!0}',
			[],
		],
	])('recognises %s', (_, code, libraries) => {
		expect(chunkLibraries(code)).toEqual(libraries);
	});
});

describe('the code blocks a built page shows, for its baseline page', () => {
	// Expressive Code's markup for a two-line PowerShell block and an empty-lined shell one.
	const html =
		'<p>Run:</p><pre data-language="powershell" class="wrap"><code>' +
		'<div class="ec-line"><div class="code"><span style="--0:#fff">Connect-MgGraph</span> -Scopes <span>&#x22;A &#x26; B&#x22;</span></div></div>' +
		'<div class="ec-line"><div class="code">$sp = Get-X &lt;id&gt;</div></div>' +
		'</code></pre><pre data-language="sh"><code><div class="ec-line"><div class="code">az login</div></div>' +
		'<div class="ec-line"><div class="code">\n</div></div><div class="ec-line highlight"><div class="code">echo `x`</div></div></code></pre>';

	it('reads each block as its language and its lines of text', () => {
		expect(codeBlocks(html)).toEqual([
			{ language: 'powershell', code: 'Connect-MgGraph -Scopes "A & B"\n$sp = Get-X <id>' },
			{ language: 'sh', code: 'az login\n\necho `x`' },
		]);
		expect(codeBlocks('<pre><code>not Expressive Code</code></pre>')).toEqual([]);
	});

	it('fences a block with more backticks than it holds', () => {
		expect(fenced({ language: 'sh', code: 'echo ```' })).toBe('````sh\necho ```\n````');
		expect(fenced({ language: 'json', code: '{}' })).toBe('```json\n{}\n```');
	});

	it('finds the built page of an article', () => {
		expect(builtPagePath('teams/connect.mdx')).toBe('teams/connect/index.html');
		expect(builtPagePath('teams/admin-consent/result.mdx')).toBe(
			'teams/admin-consent/result/index.html',
		);
		expect(builtPagePath('index.mdx')).toBe('index.html');
		expect(builtPagePath('teams/faq/index.md')).toBe('teams/faq/index.html');
	});

	it("gives each baseline page the code its article's built page shows", () => {
		const docs = mkdtempSync(join(tmpdir(), 'docs-'));
		const baseline = mkdtempSync(join(tmpdir(), 'baseline-'));
		mkdirSync(join(docs, 'teams'));
		writeFileSync(join(docs, 'teams', 'admin.mdx'), '---\ntitle: Admin\n---\n\nText.\n');
		writeFileSync(join(docs, 'teams', 'plain.mdx'), '---\ntitle: Plain\n---\n\nText.\n');
		const pages: Record<string, string> = { 'teams/admin/index.html': html };
		writeBaselinePages(docs, baseline, 2, (path) => pages[path]);
		const written = (name: string) =>
			readFileSync(join(baseline, 'src/content/docs/articles', name), 'utf8');
		expect(written('teams-admin.mdx')).toBe(
			'---\ntitle: Admin\n---\n\nText.\n' +
				'\n```powershell\nConnect-MgGraph -Scopes "A & B"\n$sp = Get-X <id>\n```\n' +
				'\n```sh\naz login\n\necho `x`\n```\n',
		);
		expect(written('teams-plain.mdx')).toBe('---\ntitle: Plain\n---\n\nText.\n');
	});
});

describe('plainArticle (the baseline page made from a site article)', () => {
	it('keeps the frontmatter, the text and Starlight components; drops site components, their imports and expressions', () => {
		const article = [
			'---',
			'title: Connect',
			'---',
			'',
			"import { Steps } from '@astrojs/starlight/components';",
			"import AppId from '../../components/AppId.astro';",
			"import { app } from '../../registry/index.ts';",
			'import {',
			'\tENTRA_APPS,',
			'\tENTRA_IN_APP,',
			"} from '../../admin/entra-links.ts';",
			'',
			'<Steps>',
			'1. Search for **{app.entraName}** by its id <AppId />.',
			'2. Go to <a href={links.apps}>All applications</a>.',
			'</Steps>',
			'',
			'<AppId',
			'\tsize="large"',
			'/>',
			'```js',
			'const x = { a: 1 };',
			'```',
		].join('\n');
		expect(plainArticle(article)).toBe(
			[
				'---',
				'title: Connect',
				'---',
				'',
				"import { Steps } from '@astrojs/starlight/components';",
				'',
				'<Steps>',
				'1. Search for **Claras** by its id the app.',
				'2. Go to <a href="#">All applications</a>.',
				'</Steps>',
				'',
				'```js',
				'const x = { a: 1 };',
				'```',
			].join('\n'),
		);
	});
});

describe('articleVerdict (an article against the plain page)', () => {
	const sized = (raw: number, gzip = raw) => ({ raw, gzip });
	const zero = sized(0);
	const page = (over: Partial<PageBytes>): PageBytes => ({
		html: zero,
		js: sized(7000),
		css: zero,
		scripts: 0,
		islandJs: zero,
		islands: [],
		entries: ['page'],
		entrySizes: {},
		inline: 1,
		sandboxInline: 0,
		sandboxInlineJs: zero,
		initialFiles: new Set(),
		initialLibraries: [],
		...over,
	});
	const plain = page({});
	const launcher = LAUNCHERS['/teams/admin-consent/']!;

	it('leaves out Expressive Code’s script and the sandbox build’s consent-link script', () => {
		const article = page({
			js: sized(7000 + 1900 + 1200 + 200),
			entries: ['page', launcher.entry, 'ec'],
			entrySizes: { ec: sized(1200) },
			inline: 2,
			sandboxInline: 1,
			sandboxInlineJs: sized(200),
		});
		expect(articleVerdict('/teams/admin-consent/', article, plain, ['island.js'])).toMatchObject({
			ok: true,
		});
		// The same bytes, all the launcher's, are over its budget.
		expect(
			articleVerdict(
				'/teams/admin-consent/',
				page({ ...article, entrySizes: {}, sandboxInlineJs: zero, sandboxInline: 0 }),
				plain,
				['island.js'],
			).ok,
		).toBe(false);
	});

	it('fails a page with an inline script of its own', () => {
		expect(articleVerdict('/teams/connect/', page({ inline: 2 }), plain)).toEqual({
			ok: false,
			text: 'FAIL: more inline scripts',
		});
	});
});
