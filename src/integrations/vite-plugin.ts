// What the build steps that are Vite plugins share: the plugin type Astro's configuration takes,
// the integration that adds one plugin, a plugin for the browser's code only, and the escaping of
// a path for a hook's id filter.
import type { AstroIntegration } from 'astro';

export type Plugin = NonNullable<
	NonNullable<Parameters<typeof import('astro/config').defineConfig>[0]['vite']>['plugins']
>[number];

/** One plugin object (Astro's plugin option also allows false, lists and promises). */
export type PluginObject = Extract<Plugin, { name: string }>;

/**
 * A plugin for the browser's code only: Vite applies it in builds, to the client environment
 * alone, so its hooks never see the server build (which renders the pages in Node with the real
 * modules) and need not ask which build they are in.
 */
export const clientBuildPlugin = (plugin: PluginObject): Plugin => ({
	...plugin,
	apply: 'build',
	applyToEnvironment: (environment) => environment.config.consumer === 'client',
});

/** An Astro integration that adds one Vite plugin (the plugin's `apply` says when it runs). */
export const vitePluginIntegration = (name: string, plugin: () => Plugin): AstroIntegration => ({
	name,
	hooks: {
		'astro:config:setup': ({ updateConfig }) => {
			updateConfig({ vite: { plugins: [plugin()] } });
		},
	},
});

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
