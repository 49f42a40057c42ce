// @ts-check
// The bench's baseline: a plain Starlight site with one ordinary page and no customisation beyond
// the locale, built in the same run as the help centre so their bytes can be compared.
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
			sidebar: [{ label: 'Pages', items: [{ label: 'A plain page', link: '/plain/' }] }],
		}),
	],
});
