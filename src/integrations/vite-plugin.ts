// What the build steps that are Vite plugins share: the plugin type Astro's configuration takes,
// the integration that adds one plugin, and the escaping of a path for a hook's id filter.
import type { AstroIntegration } from 'astro';

export type Plugin = NonNullable<
	NonNullable<Parameters<typeof import('astro/config').defineConfig>[0]['vite']>['plugins']
>[number];

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
