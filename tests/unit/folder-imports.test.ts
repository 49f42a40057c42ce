// Folders under src/ name roles (ARCHITECTURE.md says which may import which). A cycle between
// two of them means neither can be read or changed alone, so this walks every relative import in
// src/ and fails on any cycle between folders, naming one import of each edge in it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const SOURCE = /\.(ts|svelte|astro|mdx)$/;
// `import x from '…'`, `import '…'`, `export … from '…'` and `import('…')`, type-only or not:
// a type import ties two folders' designs together as much as a value import does.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return SOURCE.test(entry.name) ? [path] : [];
	});
}

const topFolders = new Set(
	readdirSync(src, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name),
);

/**
 * The folder a file belongs to. A feature's views live in src/components/<feature>/ and count as
 * part of that feature: its mount script must import them, and they render its state.
 */
export function folderOf(file: string): string | undefined {
	const parts = relative(src, file).split(/[\\/]/);
	if (parts.length < 2 || parts[0]?.startsWith('..')) return undefined;
	if (parts[0] === 'components' && parts.length > 2 && topFolders.has(parts[1]!)) return parts[1];
	return parts[0];
}

/** Edges between folders, each with one import that makes it. */
export function folderEdges(paths: readonly string[]): Map<string, Map<string, string>> {
	const edges = new Map<string, Map<string, string>>();
	for (const file of paths) {
		const from = folderOf(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
			const target = resolve(dirname(file), specifier!);
			const to = folderOf(target);
			if (!from || !to || from === to) continue;
			const out = edges.get(from) ?? new Map<string, string>();
			if (!out.has(to)) out.set(to, `${relative(root, file)} imports ${specifier}`);
			edges.set(from, out);
		}
	}
	return edges;
}

/** Every cycle through `start`, as the folders in order (depth-first; the graph is small). */
export function cyclesThrough(edges: Map<string, Map<string, string>>, start: string): string[][] {
	const found: string[][] = [];
	const walk = (path: string[]) => {
		for (const next of edges.get(path.at(-1)!)?.keys() ?? []) {
			if (next === start) found.push([...path, start]);
			// Only folders after `start` in name order, so each cycle is reported once, from its least folder.
			else if (next > start && !path.includes(next)) walk([...path, next]);
		}
	};
	walk([start]);
	return found;
}

const edges = folderEdges(files(src));

describe('folders under src/', () => {
	it.each([...topFolders].sort())('%s is in no import cycle with another folder', (folder) => {
		const cycles = cyclesThrough(edges, folder).map((cycle) =>
			cycle
				.slice(1)
				.map((to, i) => `${cycle[i]} → ${to} (${edges.get(cycle[i]!)!.get(to)})`)
				.join('; '),
		);
		expect(cycles).toEqual([]);
	});

	it.each([
		['a two-folder cycle', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
		['a three-folder cycle', { a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c', 'a']]],
		['a chain', { a: ['b'], b: ['c'] }, []],
	])('the walk finds %s', (_, graph, expected) => {
		const map = new Map(
			Object.entries(graph).map(([from, tos]) => [
				from,
				new Map(tos.map((to) => [to, `${from} imports ${to}`])),
			]),
		);
		expect(cyclesThrough(map, 'a')).toEqual(expected);
	});
});
