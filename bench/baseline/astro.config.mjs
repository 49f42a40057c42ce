// @ts-check
// The bench's baseline: a plain Starlight site with no customisation beyond the locale, built in the
// same run as the help centre: one ordinary page to compare bytes against, and as many pages as the
// site has (written into src/content/docs/articles/ by scripts/bench/baseline.ts) to compare build time.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://baseline.invalid',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Baseline',
			defaultLocale: 'root',
			locales: { root: { label: 'English', lang: 'en-AU' } },
			sidebar: [
				{ label: 'Pages', items: [{ label: 'A plain page', link: '/plain/' }] },
				{ label: 'Articles', items: [{ autogenerate: { directory: 'articles' } }] },
			],
		}),
	],
});
