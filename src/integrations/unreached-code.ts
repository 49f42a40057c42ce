// Library modules the checker can never reach, left out of the browser build. A bundler keeps a
// class as soon as reachable code names it, even in a branch that only runs with a setting the
// checker never uses, so MSAL and the Graph client bring code a check cannot run: about 15 KB gzip
// of the JS a check loads. This plugin answers those modules, in the client build only, with small
// stand-ins that export the same names and say so if anything ever reaches them.
//
// Each entry says which setting keeps its module out of reach, and where the library decides.
// tests/unit/unreached-code.test.ts reads the installed packages: the stand-ins must export what
// the real modules export, and each branch must still sit behind the setting the checker never
// uses, so a library upgrade that changes either fails there. The end-to-end tests sign in and
// probe Graph through the libraries built this way. To use one of these features, delete its
// entry here (and its test), then change the setting.
import type { AstroIntegration } from 'astro';
import {
	clientBuildPlugin,
	escapeRegExp,
	vitePluginIntegration,
	type Plugin,
} from './vite-plugin.ts';

export interface Stub {
	/** The package, as in node_modules. */
	package: string;
	/** The module inside the package. */
	file: string;
	/** The module's stand-in. */
	code: string;
}

const unreached = (what: string, why: string) =>
	JSON.stringify(`${what} is not in this build (src/integrations/unreached-code.ts): ${why}`);

const MSAL = '@azure/msal-browser';
const MSAL_COMMON = '@azure/msal-common';
const GRAPH = '@microsoft/microsoft-graph-client';
const POP = unreached(
	"MSAL's proof-of-possession and DPoP tokens",
	'the checker asks for bearer tokens (no authenticationScheme).',
);
const BROKER = unreached(
	"MSAL's platform broker",
	'the checker sets allowPlatformBroker to false.',
);

export const STUBS: readonly Stub[] = [
	// MSAL signs in through a platform broker (Windows' WAM, by a browser extension or Edge's DOM
	// API) only when the application sets `system.allowPlatformBroker`; src/checker/msal-adapter.ts
	// sets it false. StandardController.initialize looks for a broker (getPlatformAuthProvider) only
	// `if (allowPlatformBroker)`, so `platformAuthProvider` stays undefined, and every
	// `new PlatformAuthInteractionClient(…)` (controllers/StandardController.mjs,
	// protocol/Authorize.mjs) sits behind a test that it is set. isPlatformAuthAllowed only tests
	// `instanceof PlatformAuthDOMHandler`.
	{
		package: MSAL,
		file: 'dist/interaction_client/PlatformAuthInteractionClient.mjs',
		code: `export class PlatformAuthInteractionClient {
	constructor() { throw new Error(${BROKER}); }
}`,
	},
	{
		package: MSAL,
		file: 'dist/broker/nativeBroker/PlatformAuthExtensionHandler.mjs',
		code: `export class PlatformAuthExtensionHandler {
	static async createProvider() { return undefined; }
}`,
	},
	{
		package: MSAL,
		file: 'dist/broker/nativeBroker/PlatformAuthDOMHandler.mjs',
		code: `export class PlatformAuthDOMHandler {
	static async createProvider() { return undefined; }
}`,
	},
	// BrowserCacheManager's getStorageImplementation makes a LocalStorage only for
	// `cacheLocation: 'localStorage'`; the adapter always sets 'sessionStorage' (a shared computer
	// must not keep anyone's tokens), and MSAL's temporary cache is always session storage.
	{
		package: MSAL,
		file: 'dist/cache/LocalStorage.mjs',
		code: `export class LocalStorage {
	constructor() { throw new Error(${unreached("MSAL's localStorage cache", "the checker's cache is sessionStorage.")}); }
}`,
	},
	// Redeeming an authorisation code the application got elsewhere (a hybrid SPA: the server signs
	// in, the browser redeems): StandardController makes this client only in acquireTokenByCodeAsync,
	// which only acquireTokenByCode calls. The checker signs in with popups and redirects of its own,
	// and never calls acquireTokenByCode.
	{
		package: MSAL,
		file: 'dist/interaction_client/SilentAuthCodeClient.mjs',
		code: `export class SilentAuthCodeClient {
	constructor() { throw new Error(${unreached("MSAL's acquireTokenByCode", 'the checker signs in with popups and redirects.')}); }
}`,
	},
	// A popup relay (MSAL v5's `auth.popupRelayUri`, a page of the identity provider's that relays
	// the answer where the opener cannot read the popup) is used only when that address is set:
	// PopupClient calls the relay client only behind `popupRelayUri`, which is "" by default and
	// which src/checker/config.ts never sets. The checker's popup comes back to its own redirect page.
	{
		package: MSAL,
		file: 'dist/popup_relay/relayClient.mjs',
		code: `const unreached = () => { throw new Error(${unreached("MSAL's popup relay", 'the checker sets no popupRelayUri.')}); };
export function buildPopupRelayUrl() { unreached(); }
export async function waitForPopupRelayResponse() { unreached(); }`,
	},
	// Proof-of-possession and DPoP tokens: MSAL makes these generators only for a request whose
	// `authenticationScheme` is POP or DPOP, or for a cached token of that type (which only such a
	// request gets). The checker asks for plain bearer tokens: it never sets authenticationScheme.
	{
		package: MSAL_COMMON,
		file: 'dist-browser/crypto/PopTokenGenerator.mjs',
		code: `export class PopTokenGenerator {
	constructor() { throw new Error(${POP}); }
}`,
	},
	{
		package: MSAL_COMMON,
		file: 'dist-browser/crypto/DpopProofGenerator.mjs',
		code: `export class DpopProofGenerator {
	constructor() { throw new Error(${POP}); }
}
export function normalizeDpopResourceRequestContext() { throw new Error(${POP}); }`,
	},
	// The Graph client builds its default middleware chain (authentication, retry, redirect,
	// telemetry) only for `Client.init({ authProvider })`: the Client constructor calls
	// createWithAuthenticationProvider only when `authProvider` is given. src/checker/graph-adapter.ts
	// gives `middleware` (its own token and fetch steps), never an authProvider.
	{
		package: GRAPH,
		file: 'lib/es/src/HTTPClientFactory.js',
		code: `import { HTTPClient } from "./HTTPClient";
export class HTTPClientFactory {
	static createWithAuthenticationProvider() {
		throw new Error(${unreached("The Graph client's default middleware", 'the checker gives the client its own middleware (src/checker/graph-adapter.ts).')});
	}
	static createWithMiddleware(...middleware) { return new HTTPClient(...middleware); }
}`,
	},
];

/** A stub's key: its module path under node_modules. */
export const stubPath = ({ package: name, file }: Pick<Stub, 'package' | 'file'>): string =>
	`${name}/${file}`;

const byPath = new Map(STUBS.map((stub) => [stubPath(stub), stub]));

/** Matches the resolved ids of the stubbed modules (path separators as `/`), capturing the path. */
export const stubbedModules = new RegExp(
	`/node_modules/(${[...byPath.keys()].map(escapeRegExp).join('|')})(?:\\?|$)`,
);

export function unreachedCodePlugin(): Plugin {
	return clientBuildPlugin({
		name: 'claras:unreached-code',
		enforce: 'pre',
		load: {
			// A filtered hook: called for the stubbed modules only.
			filter: { id: stubbedModules },
			handler(id) {
				const path = stubbedModules.exec(id.replaceAll('\\', '/'))?.[1];
				return (path && byPath.get(path)?.code) ?? null;
			},
		},
	});
}

export const unreachedCode = (): AstroIntegration =>
	vitePluginIntegration('claras:unreached-code', unreachedCodePlugin);
