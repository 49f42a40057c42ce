// The only place where the sandbox and real Microsoft Entra ID differ: the MSAL configuration, the
// Graph root, the hosts the token may go to, and where admin consent is sent. Everything else in
// the checker runs the same code path in both modes.
//
// Why the sandbox needs no certificate, honestly:
// - MSAL insists that the *authority string* is `https:` (`authority_uri_insecure`). The authority
//   is MSAL's name for the identity provider (its cache key, and by default where it discovers
//   endpoints); it is not the address MSAL must talk to. In sandbox mode the authority names the
//   sandbox by its real host and path (`https://localhost:4321/sandbox/organizations`), the host is
//   declared in `knownAuthorities` (so MSAL skips Microsoft's instance discovery, which is offline
//   here), and `authorityMetadata` hands MSAL the sandbox's OpenID configuration: the actual
//   authorize, token, logout and keys endpoints on `http://localhost`. MSAL documents this option
//   for exactly this: use the endpoints given instead of fetching metadata. Nothing is patched,
//   no check is turned off, and nothing is intercepted.
// - `http://localhost` is a secure context in every browser (W3C Secure Contexts: loopback is
//   "potentially trustworthy"), so PKCE (crypto.subtle), sessionStorage and BroadcastChannel work,
//   and no certificate exists to warn about.
// - The Graph client's own AuthenticationHandler gives the token only to https Graph hosts, so the
//   checker uses its own middleware that attaches it to `tokenHosts`, in both modes: Microsoft
//   Graph in entra mode, this site's own origin (where the sandbox lives) in sandbox mode.
import type { Configuration } from '@azure/msal-browser';
import { ENTRA_AUTHORITY_ORIGIN, GRAPH_HOST, GRAPH_V1_ROOT } from '../microsoft.ts';
import { ValidationError } from '../registry/friendly-errors.ts';
import { app, permissions } from '../registry/index.ts';
import { REDIRECT_BRIDGE_PATH } from '../site-paths.ts';

/** The SPA redirect URI path: the MSAL redirect bridge page (src/pages/auth/redirect.astro). */
export const REDIRECT_PATH = REDIRECT_BRIDGE_PATH;
/** Where the sandbox is mounted on the site's origin (scripts/serve.ts). */
export const SANDBOX_PATH = '/sandbox';

const MODES = ['sandbox', 'entra'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** Whether `value` is a URL with the given protocol (and, if given, a host the test accepts). */
const isUrl = (value: string, protocol: string, host?: RegExp) => {
	const url = URL.parse(value);
	return url !== null && url.protocol === protocol && (!host || host.test(url.hostname));
};

/**
 * Each setting: what it means, and the rule it must meet. Checked by hand rather than with zod:
 * this module runs in the checker's bundle, which carries no zod so that a check loads less code
 * and needs no `eval` under the CSP (tests/unit/engine-registry.test.ts walks its imports).
 */
const rules = {
	/** `sandbox` (default): sign in to the local sandbox. `entra`: sign in to Microsoft Entra ID. */
	PUBLIC_CHECKER_MODE: {
		test: (v: string) => (MODES as readonly string[]).includes(v),
		must: 'must be one of "sandbox", "entra"',
	},
	/** The application (client) id; defaults to the Claras app. */
	PUBLIC_ENTRA_CLIENT_ID: {
		test: (v: string) => UUID.test(v),
		must: 'must be a UUID (the application id)',
	},
	/** The Entra authority; its last path segment is the tenant (`organizations`, a GUID or a domain). */
	PUBLIC_ENTRA_AUTHORITY: { test: (v: string) => isUrl(v, 'https:'), must: 'must be an https URL' },
	/**
	 * Sandbox mode only: where the sandbox runs when it is not on the site's own origin, e.g.
	 * `http://localhost:4322` for `astro dev` with `npm run sandbox`. Loopback only.
	 */
	PUBLIC_SANDBOX_ORIGIN: {
		test: (v: string) => isUrl(v, 'http:', LOOPBACK),
		must: 'must be an http URL on a loopback host (localhost, 127.0.0.1 or [::1])',
	},
} as const;

export type CheckerMode = (typeof MODES)[number];

export interface CheckerConfig {
	mode: CheckerMode;
	/** Pass to `createStandardPublicClientApplication`. */
	msal: Configuration;
	/** The Graph v1.0 root, e.g. `https://graph.microsoft.com/v1.0`. */
	graphBaseUrl: string;
	/** Hosts (`host` or `host:port`) the access token may be attached to; nothing else gets it. */
	tokenHosts: readonly string[];
	/**
	 * The base that admin consent and tenant look-ups hang `/{tenant}/v2.0/…` on: Microsoft's login
	 * origin, or the sandbox's base URL (`http://localhost:4321/sandbox`).
	 */
	consentAuthorityOrigin: string;
	/** The scopes to sign in with: every permission in the registry. */
	scopes: readonly string[];
}

type Env = Partial<Record<keyof typeof rules, string | undefined>>;

interface Settings {
	PUBLIC_CHECKER_MODE: CheckerMode;
	PUBLIC_ENTRA_CLIENT_ID: string;
	PUBLIC_ENTRA_AUTHORITY: string;
	PUBLIC_SANDBOX_ORIGIN?: string | undefined;
}

function readEnv(env: Env): Settings {
	// Empty strings (an unset variable in a .env file) mean "use the default".
	const given = (name: keyof typeof rules) => (env[name] === '' ? undefined : env[name]);
	const problems = (Object.keys(rules) as (keyof typeof rules)[]).flatMap((name) => {
		const value = given(name);
		return value === undefined || rules[name].test(value)
			? []
			: [`${name}: ${rules[name].must} (found ${JSON.stringify(value)})`];
	});
	if (problems.length > 0) {
		const hint =
			'set PUBLIC_CHECKER_MODE to "sandbox" or "entra", PUBLIC_ENTRA_CLIENT_ID to an application id and PUBLIC_ENTRA_AUTHORITY to an https authority, then build again.';
		throw new ValidationError(
			[
				'The checker configuration (environment variables) is invalid:',
				...problems.map((p) => `  - ${p}`),
				`Hint: ${hint}`,
			].join('\n'),
			problems,
		);
	}
	return {
		PUBLIC_CHECKER_MODE: (given('PUBLIC_CHECKER_MODE') ?? 'sandbox') as CheckerMode,
		PUBLIC_ENTRA_CLIENT_ID: given('PUBLIC_ENTRA_CLIENT_ID') ?? app.applicationId,
		PUBLIC_ENTRA_AUTHORITY:
			given('PUBLIC_ENTRA_AUTHORITY') ?? `${ENTRA_AUTHORITY_ORIGIN}/organizations`,
		PUBLIC_SANDBOX_ORIGIN: given('PUBLIC_SANDBOX_ORIGIN'),
	};
}

/**
 * The checker's configuration for this page. `env` defaults to Astro's `import.meta.env` and
 * `origin` to the page's origin (the sandbox lives on the site's own origin).
 */
export function getCheckerConfig(
	env: Env = publicEnv(),
	origin: string = location.origin,
): CheckerConfig {
	const settings = readEnv(env);
	const authority = new URL(settings.PUBLIC_ENTRA_AUTHORITY);
	const tenant = authority.pathname.split('/').filter(Boolean).at(-1) ?? 'organizations';
	const scopes = permissions.map((p) => p.claim);
	const cache = { cacheLocation: 'sessionStorage' } as const;
	const redirectUri = `${origin}${REDIRECT_PATH}`;

	if (settings.PUBLIC_CHECKER_MODE === 'entra') {
		return {
			mode: 'entra',
			msal: {
				auth: {
					clientId: settings.PUBLIC_ENTRA_CLIENT_ID,
					authority: authority.toString().replace(/\/+$/, ''),
					redirectUri,
				},
				cache,
			},
			graphBaseUrl: GRAPH_V1_ROOT,
			tokenHosts: [GRAPH_HOST],
			consentAuthorityOrigin: authority.origin,
			scopes,
		};
	}

	const site = new URL(settings.PUBLIC_SANDBOX_ORIGIN ?? origin);
	const sandboxBase = `${site.origin}${SANDBOX_PATH}`;
	const endpoints = `${sandboxBase}/${tenant}`;
	// The sandbox's own openid-configuration for this tenant, declared rather than fetched.
	const authorityMetadata = {
		issuer: `${endpoints}/v2.0`,
		authorization_endpoint: `${endpoints}/oauth2/v2.0/authorize`,
		token_endpoint: `${endpoints}/oauth2/v2.0/token`,
		end_session_endpoint: `${endpoints}/oauth2/v2.0/logout`,
		jwks_uri: `${endpoints}/discovery/v2.0/keys`,
	};
	return {
		mode: 'sandbox',
		msal: {
			auth: {
				clientId: settings.PUBLIC_ENTRA_CLIENT_ID,
				authority: `https://${site.host}${SANDBOX_PATH}/${tenant}`,
				knownAuthorities: [site.host],
				authorityMetadata: JSON.stringify(authorityMetadata),
				redirectUri,
			},
			cache,
		},
		graphBaseUrl: `${sandboxBase}/graph/v1.0`,
		tokenHosts: [site.host],
		consentAuthorityOrigin: sandboxBase,
		scopes,
	};
}

/** Origins beyond the site's own that a checker page talks to, for its Content Security Policy. */
export interface CspHosts {
	/** fetch: MSAL's token and metadata requests, Graph. */
	connect: readonly string[];
	/** MSAL's hidden iframe for silent sign-in (`ssoSilent`). */
	frame: readonly string[];
}

/**
 * The origins `config` sends the checker to, other than `siteOrigin`: none in a sandbox build
 * served with the sandbox, Microsoft's sign-in and Graph origins in an entra build.
 */
export function cspHosts(config: CheckerConfig, siteOrigin: string): CspHosts {
	const other = (url: string) => {
		const { origin } = new URL(url);
		return origin === siteOrigin ? [] : [origin];
	};
	const signIn = other(config.consentAuthorityOrigin);
	return {
		connect: [...new Set([...signIn, ...other(config.graphBaseUrl)])],
		frame: signIn,
	};
}

function publicEnv(): Env {
	// Read once: Vite writes the whole env object out for each `import.meta.env[…]`.
	const env = import.meta.env;
	return {
		PUBLIC_CHECKER_MODE: env['PUBLIC_CHECKER_MODE'],
		PUBLIC_ENTRA_CLIENT_ID: env['PUBLIC_ENTRA_CLIENT_ID'],
		PUBLIC_ENTRA_AUTHORITY: env['PUBLIC_ENTRA_AUTHORITY'],
		PUBLIC_SANDBOX_ORIGIN: env['PUBLIC_SANDBOX_ORIGIN'],
	};
}
