// Builds the consent helper's kit from the registry at build time (see admin-kit.ts for why the
// island gets data rather than the registry).
import { azureCliScript, powerShellScript } from '../derive/index.ts';
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { TENANT_PLACEHOLDER, type AdminKit } from './admin-kit.ts';

/**
 * Where consent goes, as the checker's configuration says (src/checker/config.ts `CheckerConfig`).
 * Passed in by the page that renders the helper, so src/admin/ never imports the checker.
 */
export interface ConsentConfig {
	msal: { auth: { clientId: string } };
	consentAuthorityOrigin: string;
}

/** The kit for a registry (the real one by default) and the checker's configuration. */
export function buildAdminKit(
	registry: Registry = defaultRegistry,
	config: ConsentConfig,
): AdminKit {
	const {
		name,
		entraName,
		applicationId,
		consentResultPath,
		connectPath,
		connectButton,
		reconnectButton,
		supportEmail,
	} = registry.app;
	return {
		app: {
			name,
			entraName,
			applicationId,
			consentResultPath,
			connectPath,
			connectButton,
			reconnectButton,
			supportEmail,
		},
		permissions: registry.permissions.map(
			({ claim, consentText, reason, adminConsentRequired, inAccessToken }) => ({
				claim,
				consentText,
				reason,
				adminConsentRequired,
				inAccessToken,
			}),
		),
		consent: {
			clientId: config.msal.auth.clientId,
			authorityOrigin: config.consentAuthorityOrigin,
		},
		powerShell: powerShellScript({ tenant: TENANT_PLACEHOLDER }, registry),
		azureCli: azureCliScript({ tenant: TENANT_PLACEHOLDER }, registry),
	};
}
