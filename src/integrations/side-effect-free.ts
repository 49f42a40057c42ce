// The Graph client's package.json does not say `sideEffects: false`, so the bundler keeps every
// module its index re-exports, used or not: in the checker's after-press chunk that was the large
// file upload tasks (LargeFileUploadTask, OneDriveLargeFileUploadTask, their FileUpload, Range and
// UploadResult classes), which the checker never calls. Its ES modules only declare classes and
// constants (node_modules/@microsoft/microsoft-graph-client/lib/es/src/index.js and what it
// re-exports), so this plugin tells the bundler so, for the client build only; what the checker
// does import is kept, and Vite's own package.json reading still decides for every other package.
import type { AstroIntegration } from 'astro';

type Plugin = NonNullable<
	NonNullable<Parameters<typeof import('astro/config').defineConfig>[0]['vite']>['plugins']
>[number];

/** Packages whose modules have no side effects although their package.json does not say so. */
export const SIDE_EFFECT_FREE: readonly string[] = ['@microsoft/microsoft-graph-client'];

/** Whether a resolved module id belongs to one of `packages`. */
export function inPackages(id: string, packages: readonly string[] = SIDE_EFFECT_FREE): boolean {
	const path = id.split('?')[0]!.replaceAll('\\', '/');
	return packages.some((name) => path.includes(`/node_modules/${name}/`));
}

export function sideEffectFreePlugin(): Plugin {
	return {
		name: 'claras:side-effect-free',
		enforce: 'pre',
		apply: 'build',
		async resolveId(source, importer, options) {
			if (this.environment?.config.consumer !== 'client' || source.startsWith('\0')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			if (!resolved || resolved.external || !inPackages(resolved.id)) return null;
			return { ...resolved, moduleSideEffects: false };
		},
	};
}

export function sideEffectFree(): AstroIntegration {
	return {
		name: 'claras:side-effect-free',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [sideEffectFreePlugin()] } });
			},
		},
	};
}
