import { describe, expect, it } from 'vitest';
import { inPackages, sideEffectFreePlugin } from '../../src/integrations/side-effect-free.ts';

describe('inPackages (which modules the bundler may drop when unused)', () => {
	it.each([
		[
			'a Graph client module',
			'/w/node_modules/@microsoft/microsoft-graph-client/lib/es/src/tasks/LargeFileUploadTask.js',
			true,
		],
		[
			'with a query',
			'/w/node_modules/@microsoft/microsoft-graph-client/lib/es/src/index.js?v=1',
			true,
		],
		[
			'a Windows path',
			'C:\\w\\node_modules\\@microsoft\\microsoft-graph-client\\lib\\es\\src\\Client.js',
			true,
		],
		[
			'MSAL (its package.json says so itself)',
			'/w/node_modules/@azure/msal-browser/dist/index.mjs',
			false,
		],
		[
			'a package whose name only starts alike',
			'/w/node_modules/@microsoft/microsoft-graph-client-extra/x.js',
			false,
		],
		['our own code', '/w/src/checker/graph-adapter.ts', false],
	])('%s: %s → %s', (_, id, expected) => expect(inPackages(id)).toBe(expected));
});

describe('sideEffectFreePlugin', () => {
	type Resolve = (source: string) => Promise<{ id: string; external?: boolean } | null>;
	const run = (consumer: 'client' | 'server', resolve: Resolve, source: string) => {
		const plugin = sideEffectFreePlugin() as unknown as {
			resolveId: (this: unknown, source: string, importer: string, options: object) => unknown;
		};
		return plugin.resolveId.call(
			{ environment: { config: { consumer } }, resolve },
			source,
			'/w/src/checker/graph-adapter.ts',
			{},
		);
	};
	const graph = '/w/node_modules/@microsoft/microsoft-graph-client/lib/es/src/index.js';
	it.each([
		[
			'the client build, a Graph client module',
			'client',
			graph,
			{ id: graph, moduleSideEffects: false },
		],
		['the server build', 'server', graph, null],
		[
			'the client build, another package',
			'client',
			'/w/node_modules/svelte/src/index-client.js',
			null,
		],
	] as const)('%s', async (_, consumer, id, expected) => {
		expect(await run(consumer, async () => ({ id }), '@microsoft/microsoft-graph-client')).toEqual(
			expected,
		);
	});
	it('leaves what nobody can resolve to the next resolver', async () =>
		expect(await run('client', async () => null, 'nowhere')).toBeNull());
});
