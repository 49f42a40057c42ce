// The browser build leaves out library code the checker can never reach
// (src/integrations/unreached-code.ts). That is safe only while each stubbed module is reached
// only behind a setting the checker never uses, and while each stand-in exports what the library
// imports from the module it replaces: these tests read the installed packages, so an upgrade of
// MSAL or the Graph client that changes either fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	STUBS,
	stubbedModules,
	stubPath,
	unreachedCodePlugin,
} from '../../src/integrations/unreached-code.ts';
import { expectClientBuildOnly, type ClientBuildPlugin } from './client-build-plugin.ts';

const root = join(import.meta.dirname, '../..');
const modules = join(root, 'node_modules');
const read = (path: string) => readFileSync(join(modules, path), 'utf8');
const source = (file: string) => readFileSync(join(root, file), 'utf8');
const exportsOf = (code: string) =>
	[
		...code.matchAll(/^export \{([^}]*)\}/gm),
		...code.matchAll(/^export (?:class|(?:async )?function) (\w+)/gm),
	].flatMap((m) =>
		m[1]!.split(',').map((name) =>
			name
				.trim()
				.split(/\s+as\s+/)
				.pop()!,
		),
	);
/** Every module file of a package's folder (where the stub's file lives), as package paths. */
const siblings = (pkg: string, file: string) => {
	const top = file
		.split('/')
		.slice(0, file.startsWith('lib/') ? 3 : 1)
		.join('/');
	return readdirSync(join(modules, pkg, top), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.m?js$/.test(name))
		.map((name) => `${pkg}/${top}/${name.replaceAll('\\', '/')}`);
};
/** The names a module imports from `target` (a package path), by relative specifiers. */
const importsFrom = (path: string, target: string) =>
	[...read(path).matchAll(/^import \{([^}]*)\} from ['"](\.[^'"]*)['"];?$/gm)]
		.filter(([, , specifier]) => {
			const resolved = posix.join(posix.dirname(path), specifier!);
			return resolved === target || `${resolved}.js` === target;
		})
		.flatMap((m) => m[1]!.split(',').map((name) => name.trim()));

describe.each(STUBS.map((stub) => [stubPath(stub), stub] as const))(
	'the stub for %s',
	(path, stub) => {
		const stubExports = exportsOf(stub.code);

		it('exports exactly what the real module exports', () => {
			expect(stubExports.sort()).toEqual(exportsOf(read(path)).sort());
		});

		it('is what the plugin answers for it, in the client build only', () => {
			const plugin = unreachedCodePlugin() as unknown as ClientBuildPlugin & {
				load: { filter: { id: RegExp }; handler: (id: string) => unknown };
			};
			const id = `/w/node_modules/${path}`;
			expect(plugin.load.filter.id.test(id)).toBe(true);
			expect(plugin.load.filter.id.test(`${id}?v=1`)).toBe(true);
			expect(plugin.load.handler(id)).toBe(stub.code);
			expectClientBuildOnly(plugin);
		});

		it('is imported, and its static methods called, only for what it has', () => {
			const importers = siblings(stub.package, stub.file).filter((other) => other !== path);
			const imported = importers.flatMap((other) => importsFrom(other, path));
			expect(imported.length).toBeGreaterThan(0);
			for (const name of imported) expect(stubExports).toContain(name);
			// And every static method the importers call on an import is one the stand-in has.
			for (const name of imported) {
				const called = importers.flatMap((other) =>
					[...read(other).matchAll(new RegExp(`\\b${name}\\.(\\w+)\\(`, 'g'))].map((m) => m[1]!),
				);
				for (const method of called)
					expect(stub.code, `${name}.${method}`).toMatch(
						new RegExp(`static (async )?${method}\\(`),
					);
			}
		});

		it('imports only modules of its own package that exist', () => {
			for (const [, specifier] of stub.code.matchAll(/from ["']([^"']+)["']/g)) {
				const resolved = posix.join(posix.dirname(path), specifier!);
				expect(() => read(resolved.endsWith('.js') ? resolved : `${resolved}.js`)).not.toThrow();
			}
		});
	},
);

it('matches no other module of the stubbed packages', () => {
	const packages = [...new Set(STUBS.map((stub) => stub.package))];
	const stubbed = new Set(STUBS.map(stubPath));
	const others = packages
		.flatMap((pkg) => STUBS.filter((s) => s.package === pkg).flatMap((s) => siblings(pkg, s.file)))
		.filter((path) => !stubbed.has(path));
	expect(others.length).toBeGreaterThan(100);
	expect(others.filter((path) => stubbedModules.test(`/w/node_modules/${path}`))).toEqual([]);
});

describe('each stubbed module is reached only behind a setting the checker never uses', () => {
	const msal = (file: string) => read(`@azure/msal-browser/dist/${file}`);
	const adapter = source('src/checker/msal-adapter.ts');

	it('the platform broker: looked for only with allowPlatformBroker, which the checker sets false', () => {
		const controller = msal('controllers/StandardController.mjs');
		// The one call that could find a broker sits behind the setting, in initialize().
		expect(controller.match(/getPlatformAuthProvider\(/g)).toHaveLength(1);
		expect(controller).toMatch(
			/if \(allowPlatformBroker\) \{\s*try \{[^}]*this\.platformAuthProvider = await getPlatformAuthProvider\(/,
		);
		// Every broker client is made only with a provider found: the nearest `if` before each
		// `new PlatformAuthInteractionClient(` tests the provider (that it is set, or that it is not and throws).
		for (const file of ['controllers/StandardController.mjs', 'protocol/Authorize.mjs']) {
			const code = msal(file);
			const made = [...code.matchAll(/new PlatformAuthInteractionClient\(/g)];
			expect(made.length, file).toBeGreaterThan(0);
			for (const at of made) {
				const guard = [...code.slice(0, at.index).matchAll(/\bif \((.*)\) \{$/gm)].at(-1)?.[1];
				expect(guard, file).toMatch(/platformAuthProvider/);
			}
		}
		expect(adapter).toMatch(/allowPlatformBroker: false/);
	});

	it("the localStorage cache: made only for cacheLocation 'localStorage'; the checker's is sessionStorage", () => {
		const all = siblings('@azure/msal-browser', 'dist/cache/LocalStorage.mjs').filter(
			(path) => !path.endsWith('/LocalStorage.mjs'),
		);
		const makers = all.filter((path) => read(path).includes('new LocalStorage('));
		expect(makers).toEqual(['@azure/msal-browser/dist/cache/BrowserCacheManager.mjs']);
		const manager = msal('cache/BrowserCacheManager.mjs');
		expect(manager.match(/new LocalStorage\(/g)).toHaveLength(1);
		expect(manager).toMatch(/case BrowserCacheLocation\.LocalStorage:\s*return new LocalStorage\(/);
		// The temporary cache (sign-in state in flight) is always session storage.
		expect(manager).toMatch(
			/this\.temporaryCacheStorage = getStorageImplementation\(clientId, BrowserCacheLocation\.SessionStorage,/,
		);
		expect(adapter).toMatch(/cacheLocation: 'sessionStorage'/);
	});

	it('acquireTokenByCode: its client is made only there, and the checker never calls it', () => {
		const controller = msal('controllers/StandardController.mjs');
		/** The name of the method (four spaces in) whose body holds the text at `index`. */
		const methodAt = (index: number) =>
			[...controller.slice(0, index).matchAll(/^ {4}(?:async )?(\w+)\(.*\) \{$/gm)].at(-1)?.[1];
		const callers = (text: string) =>
			[...controller.matchAll(new RegExp(text, 'g'))].map((m) => methodAt(m.index));
		expect(callers('new SilentAuthCodeClient\\(')).toEqual(['createSilentAuthCodeClient']);
		expect(callers('this\\.createSilentAuthCodeClient\\(')).toEqual(['acquireTokenByCodeAsync']);
		expect(callers('this\\.acquireTokenByCodeAsync\\(')).toEqual(['acquireTokenByCode']);
		const makers = siblings('@azure/msal-browser', 'dist/index.mjs').filter(
			(path) =>
				!path.endsWith('/SilentAuthCodeClient.mjs') &&
				read(path).includes('new SilentAuthCodeClient('),
		);
		expect(makers).toEqual(['@azure/msal-browser/dist/controllers/StandardController.mjs']);
		const checker = readdirSync(join(root, 'src/checker')).map((file) =>
			source(`src/checker/${file}`),
		);
		for (const code of checker) expect(code).not.toMatch(/acquireTokenByCode/);
	});

	it('the popup relay: used only with auth.popupRelayUri, which the checker never sets', () => {
		const popup = msal('interaction_client/PopupClient.mjs');
		const uses = [...popup.matchAll(/\b(?:buildPopupRelayUrl|waitForPopupRelayResponse)\(/g)];
		expect(uses.length).toBeGreaterThan(0);
		for (const use of uses)
			expect(popup.slice(use.index - 600, use.index)).toMatch(/popupRelayUri/);
		const users = siblings('@azure/msal-browser', 'dist/popup_relay/relayClient.mjs').filter(
			(path) =>
				!path.includes('/popup_relay/') &&
				/\b(?:buildPopupRelayUrl|waitForPopupRelayResponse)\(/.test(read(path)),
		);
		expect(users).toEqual(['@azure/msal-browser/dist/interaction_client/PopupClient.mjs']);
		expect(msal('config/Configuration.mjs')).toMatch(/popupRelayUri: "",/);
		expect(source('src/checker/config.ts') + adapter).not.toMatch(/popupRelayUri/);
	});

	it('proof-of-possession and DPoP: made only for those schemes, which the checker never asks for', () => {
		const files = [
			...siblings('@azure/msal-common', 'dist-browser/crypto/PopTokenGenerator.mjs'),
			...siblings('@azure/msal-browser', 'dist/index.mjs'),
		].filter(
			// The generators themselves, the stubbed broker client, and SignedHttpRequest: a class of
			// MSAL's own for signed HTTP requests, which the checker never imports.
			(path) =>
				!/\/(PopTokenGenerator|DpopProofGenerator|PlatformAuthInteractionClient|SignedHttpRequest)\.mjs$/.test(
					path,
				),
		);
		let made = 0;
		for (const path of files) {
			const code = read(path);
			for (const at of code.matchAll(/new (PopTokenGenerator|DpopProofGenerator)\(/g)) {
				made++;
				const scheme = at[1] === 'PopTokenGenerator' ? 'POP' : 'DPOP';
				// The branch it sits in tests the scheme (an `if`, an early return or a switch's `case`).
				expect(code.slice(Math.max(0, at.index - 600), at.index), `${path}: ${at[0]}`).toMatch(
					new RegExp(`AuthenticationScheme\\.${scheme}\\b`),
				);
			}
		}
		expect(made).toBeGreaterThanOrEqual(5);
		const checker = readdirSync(join(root, 'src/checker')).map((file) =>
			source(`src/checker/${file}`),
		);
		for (const code of checker)
			expect(code).not.toMatch(/authenticationScheme|popKid|SignedHttpRequest/);
	});

	it("the Graph client's default middleware: built only for an authProvider; the checker gives its own middleware", () => {
		const graph = (file: string) => read(`@microsoft/microsoft-graph-client/lib/es/src/${file}`);
		const callers = siblings('@microsoft/microsoft-graph-client', 'lib/es/src/Client.js').filter(
			(path) =>
				!path.endsWith('/HTTPClientFactory.js') &&
				read(path).includes('createWithAuthenticationProvider('),
		);
		expect(callers.map((path) => path.split('/').pop())).toEqual(['Client.js']);
		expect(graph('Client.js')).toMatch(
			/else if \(clientOptions\.authProvider !== undefined\) \{\s*httpClient = HTTPClientFactory\.createWithAuthenticationProvider\(/,
		);
		// Its code, comments left out.
		const graphAdapter = source('src/checker/graph-adapter.ts').replace(
			/^\s*(\/\/|\/?\*).*$/gm,
			'',
		);
		expect(graphAdapter).toMatch(/Client\.initWithMiddleware\(\{[^}]*middleware: \[/);
		expect(graphAdapter).not.toMatch(/authProvider\s*[:,}]|Client\.init\(/);
	});
});
