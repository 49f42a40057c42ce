import { describe, expect, it } from 'vitest';
import { packagePattern, sideEffectFreePlugin } from '../../src/integrations/side-effect-free.ts';
import { preparedIds, preparedRegistryPlugin } from '../../src/integrations/prepared-registry.ts';
import { expectClientBuildOnly, type ClientBuildPlugin } from './client-build-plugin.ts';

const GRAPH = '/w/node_modules/@microsoft/microsoft-graph-client/lib/es/src';

describe('packagePattern (which modules the bundler may drop when unused)', () => {
	it.each([
		['a Graph client module', `${GRAPH}/tasks/LargeFileUploadTask.js`, true],
		['with a query', `${GRAPH}/index.js?v=1`, true],
		[
			'MSAL (its package.json says so itself)',
			'/w/node_modules/@azure/msal-browser/dist/index.mjs',
			false,
		],
		[
			'a package whose name only starts alike',
			'/w/node_modules/@microsoft/microsoft-graph-client-x/a.js',
			false,
		],
		['our own code', '/w/src/checker/graph-adapter.ts', false],
	])('%s: %s → %s', (_, id, expected) => expect(packagePattern().test(id)).toBe(expected));
});

describe('sideEffectFreePlugin', () => {
	const plugin = sideEffectFreePlugin() as unknown as ClientBuildPlugin & {
		transform: {
			filter: { id: RegExp };
			handler: (code: string, id: string) => unknown;
		};
	};
	const { transform } = plugin;
	it('is called for the listed packages only', () => {
		expect(transform.filter.id.test(`${GRAPH}/Client.js`)).toBe(true);
		expect(transform.filter.id.test('/w/node_modules/svelte/src/index-client.js')).toBe(false);
	});
	it('the client build: same code, no side effects', () => {
		expect(transform.handler('export const a = 1;', GRAPH)).toEqual({
			code: 'export const a = 1;',
			map: null,
			moduleSideEffects: false,
		});
	});
	it('the server build: left alone', () => expectClientBuildOnly(plugin));
});

describe('preparedIds (the registry modules the browser gets as prepared data)', () => {
	const pattern = preparedIds(['/w/src/registry/index.ts', '/w/src/registry/findings.ts']);
	it.each([
		['/w/src/registry/index.ts', true],
		['/w/src/registry/findings.ts?v=3', true],
		['/w/src/registry/index.tsx', false],
		['/w/src/registry/error-codes.ts', false],
		['/x/w/src/registry/index.ts', false],
	])('%s → %s', (id, expected) => expect(pattern.test(id)).toBe(expected));
});

describe('preparedRegistryPlugin', () => {
	it('runs in the client build only: the server build renders with the real registry', () =>
		expectClientBuildOnly(preparedRegistryPlugin() as unknown as ClientBuildPlugin));
});
