// @ts-check
// The help centre: Starlight for the articles (Pagefind search is Starlight's default and stays on),
// Svelte for the one interactive island, the connection checker.
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import { getCheckerConfig } from './src/checker/config.ts';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts.ts';
import { noBuildPrebundle } from './src/integrations/no-build-prebundle.ts';
import { preparedRegistry } from './src/integrations/prepared-registry.ts';
import { sideEffectFree } from './src/integrations/side-effect-free.ts';

// Content Security Policy (Astro's, a <meta> per page with hashes of its scripts and styles). The
// checker talks only to its own origin (sandbox mode) or, in entra mode, to Microsoft's sign-in and
// Graph hosts as well. (Checker helper.)
const env = {
	...loadEnv(process.env['NODE_ENV'] ?? 'production', process.cwd(), 'PUBLIC_'),
	...process.env,
};
// A bad checker setting fails the build here, naming the variable, not the first check in a browser.
getCheckerConfig(env, 'http://localhost');
const entra = env['PUBLIC_CHECKER_MODE'] === 'entra';
const authorityOrigin = entra
	? new URL(env['PUBLIC_ENTRA_AUTHORITY'] || 'https://login.microsoftonline.com/organizations')
			.origin
	: '';
const microsoft = entra ? ` ${authorityOrigin} https://graph.microsoft.com` : '';
// `const` keeps each entry a template-literal type, as Astro's CspDirective expects.
const cspDirectives = /** @type {const} */ ([
	"default-src 'self'",
	`connect-src 'self'${microsoft}`,
	`frame-src 'self'${entra ? ` ${authorityOrigin}` : ''}`,
	"img-src 'self' data:",
	"font-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
]);

// Machinery pages (MSAL's redirect bridge, the sandbox's MSAL test page): served, never indexed.
const unlisted = ['/auth/redirect/', '/sandbox-test/'];

export default defineConfig({
	site: 'https://help.claras.ai',
	trailingSlash: 'always',
	// Stylesheets as files: Astro's CSP leaves the hashes of styles inlined from MDX-embedded
	// components out of style-src, so inlined island styles were blocked. (Admin helper.)
	build: { inlineStylesheets: 'never' },
	// Starlight sizes icons with style attributes, so styles allow 'unsafe-inline' (styles cannot
	// run code); scripts stay hash-only, Starlight's inline ones added by cspInlineScripts().
	security: {
		csp: {
			directives: [...cspDirectives],
			styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
		},
	},
	integrations: [
		starlight({
			title: 'Claras Help Centre',
			description: 'Connect Microsoft Teams to Claras, and fix a connection that does not work.',
			components: { MarkdownContent: './src/components/overrides/MarkdownContent.astro' },
			defaultLocale: 'root',
			// Page finish (site helper): dates from git, with a fallback in src/route-middleware.ts for
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
		svelte(),
		cspInlineScripts(),
		// The checker's bundle gets the registry as prepared plain data, with no zod (issue 12).
		preparedRegistry(),
		// No Svelte dependency pre-bundling in a build: only `astro dev` uses it (issue 12).
		noBuildPrebundle(),
		// The Graph client's unused modules (file upload tasks) left out of the checker's bundle.
		sideEffectFree(),
	],
});
