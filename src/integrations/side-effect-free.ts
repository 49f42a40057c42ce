// The Graph client's package.json does not say `sideEffects: false`, so the bundler keeps every
// module its index re-exports, used or not: in the checker's after-press chunk that was the large
// file upload tasks (LargeFileUploadTask, OneDriveLargeFileUploadTask, their FileUpload, Range and
// UploadResult classes), which the checker never calls. Its ES modules only declare classes and
// constants (node_modules/@microsoft/microsoft-graph-client/lib/es/src/index.js and what it
// re-exports), so this plugin tells the bundler so, for the client build only; what the checker
// does import is kept, and Vite's own package.json reading still decides for every other package.
import type { AstroIntegration } from 'astro';
import {
	clientBuildPlugin,
	escapeRegExp,
	vitePluginIntegration,
	type Plugin,
} from './vite-plugin.ts';

/** Packages whose modules have no side effects although their package.json does not say so. */
export const SIDE_EFFECT_FREE: readonly string[] = ['@microsoft/microsoft-graph-client'];

/** Matches a resolved module id (path separators as `/`) inside one of `packages`. */
export const packagePattern = (packages: readonly string[] = SIDE_EFFECT_FREE): RegExp =>
	new RegExp(`/node_modules/(?:${packages.map(escapeRegExp).join('|')})/`);

export function sideEffectFreePlugin(packages: readonly string[] = SIDE_EFFECT_FREE): Plugin {
	const pattern = packagePattern(packages);
	return clientBuildPlugin({
		name: 'claras:side-effect-free',
		// A filtered hook: the bundler calls it only for these packages' modules, never for the
		// rest of the build (a hook without a filter is called from Rust into Node for every module).
		transform: {
			filter: { id: pattern },
			handler(code) {
				// The code unchanged (`map: null` keeps its source map); only the flag is new.
				return { code, map: null, moduleSideEffects: false };
			},
		},
	});
}

export const sideEffectFree = (): AstroIntegration =>
	vitePluginIntegration('claras:side-effect-free', sideEffectFreePlugin);
