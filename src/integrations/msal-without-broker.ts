// MSAL's platform broker code left out of the browser build. MSAL signs in through a platform
// broker (Windows' WAM, by a browser extension or Edge's DOM API) only when the application sets
// `system.allowPlatformBroker`; the checker never does (src/checker/msal-adapter.ts sets it
// false), yet the bundler keeps the broker's classes, because MSAL's controllers name them in
// code that only runs with a broker found: about 9 KB gzip of the JS a check loads. With the
// broker off, MSAL never looks for one (StandardController.initialize calls
// getPlatformAuthProvider only `if (allowPlatformBroker)`), so `platformAuthProvider` stays
// undefined and every `new PlatformAuthInteractionClient(…)` sits behind a check that it is set
// (node_modules/@azure/msal-browser/dist/controllers/StandardController.mjs, protocol/Authorize.mjs);
// isPlatformAuthAllowed only tests `instanceof PlatformAuthDOMHandler`. This plugin answers those
// three modules, in the client build only, with classes that say so if anything ever reaches them.
// The end-to-end tests sign in through the real MSAL built this way; tests/unit/msal-without-broker.test.ts
// checks that the stubbed modules still export what MSAL imports from them.
import type { AstroIntegration } from 'astro';
import { escapeRegExp, vitePluginIntegration, type Plugin } from './vite-plugin.ts';

const NOT_BUNDLED =
	"MSAL's platform broker is not in this build (src/integrations/msal-without-broker.ts): the checker sets allowPlatformBroker to false.";

/** Each stubbed module of @azure/msal-browser's dist/, by path, with the code that replaces it. */
export const BROKER_STUBS: Readonly<Record<string, string>> = {
	'interaction_client/PlatformAuthInteractionClient.mjs': `export class PlatformAuthInteractionClient {
	constructor() { throw new Error(${JSON.stringify(NOT_BUNDLED)}); }
}`,
	// No broker is ever found: getPlatformAuthProvider's answer when neither kind answers.
	'broker/nativeBroker/PlatformAuthExtensionHandler.mjs': `export class PlatformAuthExtensionHandler {
	static async createProvider() { return undefined; }
}`,
	'broker/nativeBroker/PlatformAuthDOMHandler.mjs': `export class PlatformAuthDOMHandler {
	static async createProvider() { return undefined; }
}`,
};

/** Matches the resolved ids of the stubbed modules (path separators as `/`). */
export const brokerModules = new RegExp(
	`/node_modules/@azure/msal-browser/dist/(${Object.keys(BROKER_STUBS).map(escapeRegExp).join('|')})(?:\\?|$)`,
);

export function msalWithoutBrokerPlugin(): Plugin {
	return {
		name: 'claras:msal-without-broker',
		enforce: 'pre',
		apply: 'build',
		load: {
			// A filtered hook: called for these three modules only.
			filter: { id: brokerModules },
			handler(id) {
				if (this.environment?.config.consumer !== 'client') return null;
				const file = brokerModules.exec(id.replaceAll('\\', '/'))?.[1];
				return file ? BROKER_STUBS[file]! : null;
			},
		},
	};
}

export const msalWithoutBroker = (): AstroIntegration =>
	vitePluginIntegration('claras:msal-without-broker', msalWithoutBrokerPlugin);
