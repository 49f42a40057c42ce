// Build time: `astro build` first syncs content through a Vite dev server, and there
// vite-plugin-svelte's optimizer (setup-optimizer.js, `apply: 'serve'`) pre-bundles twenty Svelte
// entry points for the server, svelte/compiler among them: seconds of esbuild/rolldown work on a
// fresh checkout or CI, whose result a static build never uses (plain Starlight has no Svelte, so
// it never pays it). For build and sync only, this turns the dev optimizer off; `astro dev` keeps it.
import type { AstroIntegration } from 'astro';
import type { Plugin } from './vite-plugin.ts';

/** A Vite plugin that, after every other plugin has configured an environment, empties its optimizer. */
export function noPrebundlePlugin(): Plugin {
	return {
		name: 'claras:no-build-prebundle',
		enforce: 'post',
		configEnvironment(_name, config) {
			config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
		},
	};
}

export function noBuildPrebundle(): AstroIntegration {
	return {
		name: 'claras:no-build-prebundle',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build' || command === 'sync')
					updateConfig({ vite: { plugins: [noPrebundlePlugin()] } });
			},
		},
	};
}
