// The bench's plain Starlight baseline with as many pages as the help centre: one page
// per site article, written into bench/baseline/src/content/docs/articles/ from the article's own
// text with the site's components and expressions taken out (a plain Starlight site has neither),
// Starlight's own components (Steps, Aside, CardGrid…) kept, and the code blocks the article's
// built page shows added as fenced blocks. Padded with copies to the count.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeEntities } from './assets.ts';

const STARLIGHT = '@astrojs/starlight/components';

/** An article as a plain Starlight page: frontmatter and Markdown, Starlight components only. */
export function plainArticle(source: string): string {
	const [, frontmatter = '', written = source] =
		/^(---\n[\s\S]*?\n---\n)?([\s\S]*)$/.exec(source) ?? [];
	// An import over several lines (`import {\n\tA,\n} from '…';`) read as one line.
	const body = written.replace(/^import\s*\{[^}]*\}\s*from\s*['"][^'"]+['"];?$/gm, (statement) =>
		statement.replace(/\s*\n\s*/g, ' '),
	);
	const local = new Set<string>();
	for (const [, names = '', from = ''] of body.matchAll(
		/^import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?$/gm,
	)) {
		if (from !== STARLIGHT)
			for (const name of names.replace(/[{}]/g, '').split(','))
				local.add(
					name
						.trim()
						.split(/\s+as\s+/)
						.pop()!,
				);
	}
	let fenced = false;
	let inTag: string | undefined;
	const lines: string[] = [];
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced) {
			lines.push(line);
			continue;
		}
		if (inTag) {
			if (/\/?>\s*$/.test(line)) inTag = undefined; // the end of a multi-line tag
			continue;
		}
		if (/^(import|export)\s/.test(line)) {
			if (line.includes(STARLIGHT)) lines.push(line);
			continue;
		}
		const tag = /^\s*<\/?([A-Z][\w.]*)/.exec(line)?.[1];
		if (tag && local.has(tag)) {
			if (!/>\s*$/.test(line)) inTag = tag;
			continue;
		}
		// Site components inside a line, and `{expressions}` that name the site's registry.
		lines.push(
			line
				.replace(/<([A-Z][\w.]*)\b[^>]*\/>/g, (all, name: string) =>
					local.has(name) ? 'the app' : all,
				)
				// An expression as an attribute's value (`href={…}`) becomes a plain value, not bare text.
				.replace(/(\s[\w-]+)=\{[^{}\n]*\}/g, '$1="#"')
				.replace(/\{[^{}\n]*\}/g, 'Claras'),
		);
	}
	return `${frontmatter}${lines.join('\n')}`;
}

function* articles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name.localeCompare(b.name),
	)) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* articles(path);
		else if (/\.mdx?$/.test(entry.name)) yield path;
	}
}

/** A code block a built page shows. */
export interface CodeBlock {
	language: string;
	code: string;
}

/**
 * The code blocks a built page shows, as their text: Expressive Code writes each as
 * `<pre data-language="…">` with one `ec-line` element a line. The site's components render
 * some (the admin commands, the manifest snippet) that the plain article cannot carry as
 * components, so the baseline page gets them as fenced blocks: the same content, highlighted by
 * the same Expressive Code.
 */
export function codeBlocks(html: string): CodeBlock[] {
	return [...html.matchAll(/<pre\b[^>]*\bdata-language="([^"]*)"[^>]*>([\s\S]*?)<\/pre>/g)].map(
		([, language = 'txt', inner = '']) => ({
			language,
			code: inner
				.split(/<div class="ec-line[^"]*">/)
				.slice(1)
				.map((line) => decodeEntities(line.replace(/<[^>]+>/g, '')).replace(/\n$/, ''))
				.join('\n'),
		}),
	);
}

/** A code block as Markdown, fenced with more backticks than it holds in a row. */
export function fenced({ language, code }: CodeBlock): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	return `${fence}${language}\n${code}\n${fence}`;
}

/** The built page of an article: `teams/connect.mdx` → `teams/connect/index.html`. */
export const builtPagePath = (article: string): string => {
	const route = article.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	return route ? `${route}/index.html` : 'index.html';
};

/**
 * Writes `count` pages into the baseline from the site's articles (`docsDir`), replacing what a
 * previous run wrote. The index page keeps its splash template, like the site's. Given the site's
 * built pages (`builtPage`, by path in the build), each baseline page also shows the code blocks
 * its article's built page shows.
 */
export function writeBaselinePages(
	docsDir: string,
	baselineRoot: string,
	count: number,
	builtPage: (path: string) => string | undefined = () => undefined,
): number {
	const out = join(baselineRoot, 'src', 'content', 'docs', 'articles');
	rmSync(out, { recursive: true, force: true });
	const sources = [...articles(docsDir)];
	if (sources.length === 0)
		throw new Error(`No articles in ${docsDir} to build the baseline from.`);
	for (let i = 0; i < count; i++) {
		const source = sources[i % sources.length]!;
		const copy = Math.floor(i / sources.length);
		const name = relative(docsDir, source)
			.replace(/\.mdx?$/, '')
			.replaceAll('/', '-');
		const file = join(out, `${name}${copy ? `-${copy}` : ''}.mdx`);
		mkdirSync(out, { recursive: true });
		const blocks = codeBlocks(builtPage(builtPagePath(relative(docsDir, source))) ?? '');
		const code = blocks.map((block) => `\n${fenced(block)}\n`).join('');
		writeFileSync(file, `${plainArticle(readFileSync(source, 'utf8'))}${code}`);
	}
	return count;
}
