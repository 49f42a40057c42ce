// The browser gets the registry as plain data, prepared and validated at build time. Importing
// src/registry/index.ts or findings.ts validates them with zod at load, which in the checker's
// bundle cost 29 KB gzip of zod and a CSP `eval` violation (zod's JIT probe) on every check. In the
// client build only, this Vite plugin answers those imports (and codes.ts, the code maps without
// the words the browser does not need) with a module holding their exports as JSON: validated here
// in Node (a broken entry still fails the build with the registry's own message), and the same
// values the server-rendered pages use. Server code, tests and scripts keep importing the real
// modules.
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	clientBuildPlugin,
	escapeRegExp,
	vitePluginIntegration,
	type Plugin,
} from './vite-plugin.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The modules replaced, and how: `alias` exports are written as a property of an earlier export,
 * so the browser keeps the one object the real module shares (`permissions === registry.permissions`);
 * `omit` exports are left out, with why (a browser import of one fails the build: "not exported").
 */
export const PREPARED: Readonly<
	Record<
		string,
		{ alias?: Readonly<Record<string, string>>; omit?: Readonly<Record<string, string>> }
	>
> = {
	'src/registry/index.ts': {
		alias: {
			app: 'registry.app',
			permissions: 'registry.permissions',
			features: 'registry.features',
		},
	},
	'src/registry/findings.ts': {},
	'src/registry/codes.ts': {
		omit: {
			signInCodeMeanings:
				"the checker page's code look-up table carries them (src/checker/page-code-meanings.ts)",
		},
	},
};

const isSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

/**
 * The browser's version of one module: its data exports as JSON, its functions by their source
 * (each may refer only to the module's other exports: tests/unit/prepared-registry.test.ts runs
 * them), its zod schemas left out (a browser import of one fails the build: "not exported").
 */
export function preparedModule(file: string, exports: Record<string, unknown>): string {
	const { alias = {}, omit = {} } = PREPARED[file] ?? {};
	const lines = [
		`// Prepared at build time from ${file} by src/integrations/prepared-registry.ts. Plain data, already validated.`,
	];
	// A module namespace lists exports alphabetically: aliases and functions go after the data.
	const aliases: string[] = [];
	const functions: string[] = [];
	for (const [name, value] of Object.entries(exports)) {
		if (isSchema(value) || Object.hasOwn(omit, name)) continue;
		if (alias[name]) {
			aliases.push(`export const ${name} = ${alias[name]};`);
		} else if (typeof value === 'function') {
			functions.push(`export ${value.toString()}`);
		} else {
			const json = JSON.stringify(value);
			if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
				throw new Error(
					`${file}: the export "${name}" is not plain JSON data, so the browser cannot be given it prepared. Keep registry exports to plain data, or prepare it in src/integrations/prepared-registry.ts.`,
				);
			}
			// JSON.parse of a string literal is faster to load than the same object literal (V8).
			lines.push(`export const ${name} = JSON.parse(${JSON.stringify(json)});`);
		}
	}
	return [...lines, ...aliases, ...functions].join('\n') + '\n';
}

async function load(file: string): Promise<string> {
	// Node runs the real module (type stripping), so the registry is validated exactly as elsewhere.
	const exports = (await import(pathToFileURL(`${root}${file}`).href)) as Record<string, unknown>;
	return preparedModule(file, exports);
}

/** Matches the given absolute module paths (with forward slashes), with or without a query. */
export const preparedIds = (paths: Iterable<string>): RegExp =>
	new RegExp(
		`^(?:${[...paths].map((path) => escapeRegExp(path.replaceAll('\\', '/'))).join('|')})(?:\\?|$)`,
	);

export function preparedRegistryPlugin(): Plugin {
	const targets = new Map(Object.keys(PREPARED).map((file) => [`${root}${file}`, file]));
	// Builds only: Node caches the modules it imports, so `astro dev` would keep serving the
	// registry as it was at start-up; there the browser loads the real modules (zod included).
	return clientBuildPlugin({
		name: 'claras:prepared-registry',
		enforce: 'pre',
		load: {
			// Called for these files only, not from Rust into Node for every module of the build.
			filter: { id: preparedIds(targets.keys()) },
			async handler(id) {
				const file = targets.get(id.split('?')[0]!);
				return file ? load(file) : null;
			},
		},
	});
}

/** Adds the plugin to Astro's Vite configuration. */
export const preparedRegistry = (): AstroIntegration =>
	vitePluginIntegration('claras:prepared-registry', preparedRegistryPlugin);
