// The browser build's MSAL has no platform broker code (src/integrations/msal-without-broker.ts).
// That is safe only while the installed MSAL looks for a broker when the application allows one
// and never otherwise, and while the stubs export what MSAL imports from the modules they replace:
// these tests read the installed package, so an MSAL upgrade that changes either fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BROKER_STUBS,
	brokerModules,
	msalWithoutBrokerPlugin,
} from '../../src/integrations/msal-without-broker.ts';

const dist = join(import.meta.dirname, '../../node_modules/@azure/msal-browser/dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const exportsOf = (code: string) =>
	[...code.matchAll(/^export \{([^}]*)\}/gm), ...code.matchAll(/^export class (\w+)/gm)].flatMap(
		(m) =>
			m[1]!.split(',').map((name) =>
				name
					.trim()
					.split(/\s+as\s+/)
					.pop()!,
			),
	);
const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
	file.endsWith('.mjs'),
);

describe.each(Object.keys(BROKER_STUBS))('the stub for %s', (file) => {
	it('exports exactly what the real module exports', () => {
		expect(exportsOf(BROKER_STUBS[file]!).sort()).toEqual(exportsOf(read(file)).sort());
	});

	it('is what the plugin answers for it, in the client build only', () => {
		const { load } = msalWithoutBrokerPlugin() as unknown as {
			load: { filter: { id: RegExp }; handler: (this: unknown, id: string) => unknown };
		};
		const id = `/w/node_modules/@azure/msal-browser/dist/${file}`;
		expect(load.filter.id.test(id)).toBe(true);
		const client = { environment: { config: { consumer: 'client' } } };
		const server = { environment: { config: { consumer: 'server' } } };
		expect(load.handler.call(client, id)).toBe(BROKER_STUBS[file]);
		expect(load.handler.call(server, id)).toBeNull();
	});

	it('is imported by name only for what it exports', () => {
		const base = file.split('/').pop()!;
		const imported = modules.flatMap((module) =>
			[
				...read(module).matchAll(
					new RegExp(`^import \\{([^}]*)\\} from '[^']*/${base.replace('.', '\\.')}';`, 'gm'),
				),
			].flatMap((m) => m[1]!.split(',').map((name) => name.trim())),
		);
		expect(imported.length).toBeGreaterThan(0);
		for (const name of imported) expect(exportsOf(BROKER_STUBS[file]!)).toContain(name);
	});
});

it('matches no other MSAL module', () => {
	const others = modules.filter((file) => !(file in BROKER_STUBS));
	expect(
		others.filter((file) => brokerModules.test(`/w/node_modules/@azure/msal-browser/dist/${file}`)),
	).toEqual([]);
});

it('MSAL looks for a broker only when the application allows one, and the checker never does', () => {
	const controller = read('controllers/StandardController.mjs');
	// The one call that could find a broker sits behind the setting, in initialize().
	expect(controller.match(/getPlatformAuthProvider\(/g)).toHaveLength(1);
	expect(controller).toMatch(
		/if \(allowPlatformBroker\) \{\s*try \{[^}]*this\.platformAuthProvider = await getPlatformAuthProvider\(/,
	);
	// Every broker client is made only with a provider found: the nearest `if` before each
	// `new PlatformAuthInteractionClient(` tests the provider (that it is set, or that it is not and throws).
	for (const file of ['controllers/StandardController.mjs', 'protocol/Authorize.mjs']) {
		const code = read(file);
		const made = [...code.matchAll(/new PlatformAuthInteractionClient\(/g)];
		expect(made.length, file).toBeGreaterThan(0);
		for (const at of made) {
			const guard = [...code.slice(0, at.index).matchAll(/\bif \((.*)\) \{$/gm)].at(-1)?.[1];
			expect(guard, file).toMatch(/platformAuthProvider/);
		}
	}
	const adapter = readFileSync(
		join(import.meta.dirname, '../../src/checker/msal-adapter.ts'),
		'utf8',
	);
	expect(adapter).toMatch(/allowPlatformBroker: false/);
});
