// Builds the consent helper's kit from the registry at build time (see admin-kit.ts for why the
// island gets data rather than the registry).
import { getCheckerConfig, type CheckerConfig } from '../checker/config.ts';
import { azureCliScript, powerShellScript } from '../derive/index.ts';
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { SITE_ORIGIN_PLACEHOLDER, TENANT_PLACEHOLDER, type AdminKit } from './admin-kit.ts';

/** The kit for a registry (the real one by default) and the checker's configuration (from the environment by default). */
export function buildAdminKit(
	registry: Registry = defaultRegistry,
	config: Pick<CheckerConfig, 'msal' | 'consentAuthorityOrigin'> = getCheckerConfig(
		undefined,
		SITE_ORIGIN_PLACEHOLDER,
	),
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
