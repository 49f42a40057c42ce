// @ts-check
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://help.claras.ai',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Claras Help Centre',
			description: 'Connect Microsoft Teams to Claras, and fix a connection that does not work.',
			defaultLocale: 'root',
			locales: { root: { label: 'English', lang: 'en-AU' } },
			sidebar: [
				{ label: 'Advisers', items: [{ label: 'Connect Microsoft Teams', link: '/teams/connect/' }] },
			],
		}),
		svelte(),
	],
});
