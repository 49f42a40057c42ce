// The admin consent link an article shows (no tenant named). It sends consent where the checker
// does: to Microsoft in entra builds, to the sandbox on this site's own origin in sandbox builds,
// for the client id the checker signs in as (src/checker/config.ts is the one place they differ;
// the page passes its configuration in, so src/derive/ never imports the checker).
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { SITE_ORIGIN_PLACEHOLDER } from '../site-paths.ts';
import { adminConsentUrl } from './admin-consent-url.ts';
import type { TenantOptions } from './tenant.ts';

/**
 * Sandbox builds only: puts the page's own origin in place of SITE_ORIGIN_PLACEHOLDER in the
 * consent links that carry it. Plain JavaScript, rendered inline (its hash joins the page's CSP),
 * so an entra build ships none of it.
 */
export const SITE_ORIGIN_SCRIPT = `for (const a of document.querySelectorAll('a[data-site-origin-link]')) {
	const placeholder = a.dataset.siteOriginLink;
	a.href = a.href.replaceAll(placeholder, location.origin).replaceAll(encodeURIComponent(placeholder), encodeURIComponent(location.origin));
}`;

export interface StaticConsentLink {
	href: string;
	/** Whether the link goes to the sandbox. */
	sandbox: boolean;
	/** In sandbox builds, the origin in `href` the page replaces with its own. */
	siteOrigin?: string | undefined;
}

/** What the link needs from the checker's configuration (src/checker/config.ts `CheckerConfig`). */
export interface StaticConsentConfig {
	mode: 'sandbox' | 'entra';
	msal: { auth: { clientId: string } };
	consentAuthorityOrigin: string;
}

export function staticConsentLink(
	options: TenantOptions,
	registry: Registry = defaultRegistry,
	config: StaticConsentConfig,
): StaticConsentLink {
	const sandbox = config.mode === 'sandbox';
	const href = adminConsentUrl(
		{
			...options,
			applicationId: config.msal.auth.clientId,
			authorityOrigin: config.consentAuthorityOrigin,
			...(sandbox ? { origin: SITE_ORIGIN_PLACEHOLDER } : {}),
		},
		registry,
	);
	return sandbox ? { href, sandbox, siteOrigin: SITE_ORIGIN_PLACEHOLDER } : { href, sandbox };
}
