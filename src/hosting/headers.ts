// The response headers the help centre must be served with, defined once. The pages' <meta> CSP
// takes its directives from here (astro.config.mjs), the build writes the rules for static hosts
// (src/integrations/host-headers.ts) and the local server sends them (server/static.ts).
import { REDIRECT_PATH, type CspHosts } from '../checker/config.ts';

/** One host rule: a path (exact, or a prefix ending in `*`) and the headers its responses get. */
export interface HeaderRule {
	path: string;
	headers: Readonly<Record<string, string>>;
}

type PageDirective = `${
	| 'default-src'
	| 'connect-src'
	| 'frame-src'
	| 'img-src'
	| 'font-src'
	| 'object-src'
	| 'base-uri'} ${string}`;

/**
 * Starlight sizes icons and Shiki colours code with style attributes, so styles allow
 * 'unsafe-inline' (styles cannot run code). Scripts never do.
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** The hashed assets Astro writes: their names change with their content, so they never go stale. */
export const HASHED_ASSETS = '/_astro/*';

/**
 * Powerful features no page here uses, switched off so that nothing (an embedded frame, a script
 * that slipped in) can ask for them. https://www.w3.org/TR/permissions-policy/
 */
export const PERMISSIONS_POLICY = [
	'accelerometer',
	'camera',
	'geolocation',
	'gyroscope',
	'magnetometer',
	'microphone',
	'payment',
	'usb',
]
	.map((feature) => `${feature}=()`)
	.join(', ');

/**
 * The directives a page's <meta> CSP and the header CSP share. Astro adds script-src (with the
 * hashes of that page's scripts) and style-src to the meta one.
 */
export function pageCspDirectives(hosts: CspHosts): PageDirective[] {
	return [
		"default-src 'self'",
		`connect-src ${["'self'", ...hosts.connect].join(' ')}`,
		`frame-src ${["'self'", ...hosts.frame].join(' ')}`,
		"img-src 'self' data:",
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
	];
}

export interface HeaderOptions {
	hosts: CspHosts;
	/**
	 * The header CSP's script-src. A browser enforces the header policy and a page's <meta> one
	 * together, so a script runs only if both allow it: the header lists every source any page's
	 * meta lists ('self' and the sha256 of each inline script in the build, never
	 * 'unsafe-inline'), and each page's meta narrows that to its own scripts. One host-level
	 * list, because static hosts match headers by path pattern, not per page.
	 */
	scriptSources: readonly string[];
	/** Where forms may submit (and redirect) to; the site's own origin unless given. */
	formAction?: readonly string[];
}

/**
 * The header Content Security Policy: the page directives plus what a <meta> policy cannot carry
 * (frame-ancestors) or the pages leave open (form-action). Framing is `'self'`, not `'none'`: MSAL's
 * silent sign-in (`ssoSilent`, the checker's retry after a cancel) loads Microsoft's authorize
 * page in a hidden iframe that lands on the redirect bridge, which must render inside this site's
 * own page. Static hosts add up the headers of every rule a path matches (Cloudflare Pages joins
 * them, so two CSPs would both be enforced), so the bridge cannot be given its own framing rule.
 * https://learn.microsoft.com/entra/identity-platform/msal-js-avoid-page-reloads
 */
export function headerCsp(options: HeaderOptions): string {
	return [
		...pageCspDirectives(options.hosts),
		// Search (Pagefind) compiles its WebAssembly index in a Worker, which no <meta> policy
		// reaches: the header one is its only policy. 'wasm-unsafe-eval' allows WebAssembly only,
		// never JavaScript eval. https://pagefind.app/docs/hosting/
		`script-src ${[...options.scriptSources, "'wasm-unsafe-eval'"].join(' ')}`,
		`style-src ${STYLE_SOURCES.join(' ')}`,
		"frame-ancestors 'self'",
		`form-action ${(options.formAction ?? ["'self'"]).join(' ')}`,
	].join('; ');
}

/**
 * Every rule, most general first. No header name appears in two rules: hosts differ in how they
 * combine a header that several matching rules set (Cloudflare Pages joins the values, Azure
 * Static Web Apps lets the route win), so none may depend on it.
 */
export function hostHeaderRules(options: HeaderOptions): HeaderRule[] {
	return [
		{
			path: '/*',
			headers: {
				'Content-Security-Policy': headerCsp(options),
				// For browsers without frame-ancestors; SAMEORIGIN for the reason headerCsp gives.
				'X-Frame-Options': 'SAMEORIGIN',
				'X-Content-Type-Options': 'nosniff',
				// The checker's address can carry the adviser's login_hint: other sites see only the origin.
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy': PERMISSIONS_POLICY,
				'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
			},
		},
		{ path: HASHED_ASSETS, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
		// MSAL's redirect bridge: never cached (it carries a one-time answer) and sent without
		// Cross-Origin-Opener-Policy, which would cut the popup off from the checker that opened it.
		// The README's bridge notes; node_modules/@azure/msal-browser/dist/redirect_bridge/index.mjs.
		{ path: REDIRECT_PATH, headers: { 'Cache-Control': 'no-store' } },
	];
}

/** Whether a rule's path matches a request path (`*` only at the end, as every host allows). */
export function pathMatches(rulePath: string, urlPath: string): boolean {
	return rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : urlPath === rulePath;
}

/** The headers a response for `urlPath` carries: those of every rule that matches it. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
	return Object.assign(
		{},
		...rules.filter((rule) => pathMatches(rule.path, urlPath)).map((rule) => rule.headers),
	);
}
