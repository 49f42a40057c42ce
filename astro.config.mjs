// @ts-check
// The help centre: Starlight for the articles (Pagefind search is Starlight's default and stays on),
// Svelte for the one interactive island, the connection checker.
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import { cspHosts, getCheckerConfig, REDIRECT_PATH } from './src/checker/config.ts';
import { pageCspDirectives, STYLE_SOURCES } from './src/hosting/headers.ts';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { noBuildPrebundle } from './src/integrations/no-build-prebundle.ts';
import { preparedRegistry } from './src/integrations/prepared-registry.ts';
import { sideEffectFree } from './src/integrations/side-effect-free.ts';
import { unreachedCode } from './src/integrations/unreached-code.ts';

// The checker's mode and the Microsoft hosts it talks to come from src/checker/config.ts (a bad
// setting fails the build here, naming the variable); the CSP directives and every other
// response header from src/hosting/headers.ts.
const env = {
	...loadEnv(process.env['NODE_ENV'] ?? 'production', process.cwd(), 'PUBLIC_'),
	...process.env,
};
const siteOrigin = 'http://localhost';
const checker = getCheckerConfig(env, siteOrigin);
const hosts = cspHosts(checker, siteOrigin);

/** The sandbox's MSAL test page (tests/e2e/sandbox.spec.ts). */
const SANDBOX_TEST_PATH = '/sandbox-test/';
// Machinery pages (MSAL's redirect bridge, the sandbox's MSAL test page): served, never indexed.
const unlisted = [REDIRECT_PATH, SANDBOX_TEST_PATH];

/** Pages only a sandbox build carries: an entra build has no sandbox to test against. */
const sandboxOnlyPages = () =>
	/** @type {import('astro').AstroIntegration} */ ({
		name: 'claras:sandbox-only-pages',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (checker.mode !== 'sandbox') return;
				injectRoute({
					pattern: SANDBOX_TEST_PATH,
					entrypoint: './tests/support/sandbox-test.astro',
				});
			},
		},
	});

export default defineConfig({
	site: 'https://help.claras.ai',
	trailingSlash: 'always',
	// Stylesheets as files: Astro's CSP leaves the hashes of styles inlined from MDX-embedded
	// components out of style-src, so inlined island styles were blocked.
	build: { inlineStylesheets: 'never' },
	// Starlight sizes icons with style attributes, so styles allow 'unsafe-inline' (styles cannot
	// run code); scripts stay hash-only, Starlight's inline ones added by cspInlineScripts().
	security: {
		csp: {
			directives: pageCspDirectives(hosts),
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	integrations: [
		starlight({
			title: 'Claras Help Centre',
			description: 'Connect Microsoft Teams to Claras, and fix a connection that does not work.',
			components: { MarkdownContent: './src/components/overrides/MarkdownContent.astro' },
			defaultLocale: 'root',
			// Page finish: dates from git, with a fallback in src/route-middleware.ts for
			// pages git has no history for; the favicon in public/; our own 404 (src/pages/404.astro).
			lastUpdated: true,
			routeMiddleware: './src/route-middleware.ts',
			favicon: '/favicon.svg',
			disable404Route: true,
			customCss: ['./src/styles/print.css'],
			locales: { root: { label: 'English', lang: 'en-AU' } },
			// Advisers and IT admins have different jobs, so each gets its own group.
			sidebar: [
				{
					label: 'For advisers',
					items: [
						{ label: 'Connect Microsoft Teams', link: '/teams/connect/' },
						{ label: 'Check your connection', link: '/teams/checker/' },
						{ label: 'Reconnect your account', link: '/teams/reconnect/' },
						{ label: 'Error codes Microsoft may show', link: '/teams/error-codes/' },
					],
				},
				{
					label: 'For IT admins',
					items: [
						{ label: 'Grant admin consent', link: '/teams/admin-consent/' },
						{ label: 'Permissions Claras needs', link: '/teams/permissions/' },
					],
				},
				{ label: 'Common questions', items: [{ autogenerate: { directory: 'teams/faq' } }] },
				{
					label: 'Troubleshooting',
					items: [{ autogenerate: { directory: 'teams/troubleshooting' } }],
				},
			],
		}),
		// Given here, Starlight skips its own sitemap; this one leaves out the machinery pages.
		sitemap({ filter: (page) => !unlisted.includes(new URL(page).pathname) }),
		// No window.__svelte version marker: one module fewer in every island's code.
		svelte({ compilerOptions: { discloseVersion: false } }),
		cspInlineScripts(),
		// After cspInlineScripts: the header CSP allows the scripts the completed <meta> ones allow.
		hostHeaders(hosts),
		sandboxOnlyPages(),
		// The checker's bundle gets the registry as prepared plain data, with no zod.
		preparedRegistry(),
		// No Svelte dependency pre-bundling in a build: only `astro dev` uses it.
		noBuildPrebundle(),
		// The Graph client's unused modules (file upload tasks) left out of the checker's bundle.
		sideEffectFree(),
		// MSAL's and the Graph client's code for settings the checker never uses (the platform
		// broker, a localStorage cache, the default middleware) out of the checker's bundle.
		unreachedCode(),
	],
});
