// What Entra does once it knows who is signing in: refuse (Conditional Access, wrong kind of
// account), issue a code, or ask for consent, and whether the consent screen, "Need admin
// approval" or the admin consent request form is what this user sees.
import { app, permissions, type Permission } from '../src/registry/index.ts';
import { entraErrors, type EntraError } from './entra-errors.ts';
import type { ResolvedTenant } from './metadata.ts';
import { emailOf, identityProviderOf, tenantOf, type Account } from './scenarios.ts';
import { missingPermissions, parseScopes } from './scopes.ts';
import type { AuthorizeRequest, SandboxState } from './state.ts';

export type Outcome =
	| { kind: 'code' }
	/** `page`: Entra shows it on its own error page and never redirects (unless prompt=none). */
	| { kind: 'error'; error: EntraError; page?: true }
	/** The consent screen; `organisation` offers "Consent on behalf of your organisation". */
	| { kind: 'consent'; permissions: Permission[]; organisation: boolean }
	/** "Need admin approval"; `workflow` shows the request form. */
	| { kind: 'admin-approval'; permissions: Permission[]; workflow: boolean };

/**
 * Whether an account's interactive sign-in at /organizations stops on Entra's own error page (below),
 * so the checker hears nothing back: a personal account (500200) and a Conditional Access block
 * (53003). The end-to-end tests follow these accounts in sign-in.spec.ts (tests/e2e/scenarios.ts).
 */
export const staysOnEntraPage = (account: Account): boolean =>
	tenantOf(account).consumer === true || account.blockedBy === 'conditional-access';

export function decide(
	account: Account,
	request: AuthorizeRequest,
	resolved: ResolvedTenant,
	state: SandboxState,
): Outcome {
	const tenant = tenantOf(account);
	const personal = tenant.consumer === true;
	const wrongAudience =
		resolved.kind === 'tenant'
			? resolved.tenant.id !== tenant.id
			: (resolved.audience === 'organizations' && personal) ||
				(resolved.audience === 'consumers' && !personal);
	// A personal account at /organizations: Entra stops on its own page with AADSTS500200.
	if (wrongAudience && personal && resolved.kind === 'audience') {
		return {
			kind: 'error',
			error: entraErrors.personalAccountNotSupported(emailOf(account)),
			page: true,
		};
	}
	// An account from another directory at a tenant's authority: Entra stops on its own page with
	// AADSTS50020 and sends nothing back ("AAD does not return a response and just shows the html
	// page with the error", AzureAD/azure-activedirectory-library-for-js#501; "it shows the exception
	// in the popup", MicrosoftDocs/entra-docs#503). Admin consent, by contrast, redirects it
	// (admin-consent.ts).
	if (wrongAudience) {
		const name = resolved.kind === 'tenant' ? resolved.tenant.name : 'Microsoft Services';
		return {
			kind: 'error',
			error: entraErrors.accountNotInTenant(
				emailOf(account),
				identityProviderOf(account),
				name,
				app.applicationId,
				app.entraName,
			),
			page: true,
		};
	}
	// A Conditional Access block in a browser stops on Entra's own error page, which carries the
	// details ("For problems signing in when using a web browser, the error page itself has detailed
	// information… clicking More Details in the initial error page", entra-docs
	// identity/conditional-access/troubleshoot-conditional-access.md; in MSAL.NET #3966 the app got
	// nothing back). So the checker never hears of it from the window: the adviser cancels, and the
	// code Microsoft showed leads to the fix (sign-in-unfinished, the error code page). A refresh
	// token still gets 53003 back (token-endpoint.ts).
	if (account.blockedBy === 'conditional-access')
		return { kind: 'error', error: entraErrors.conditionalAccess(), page: true };

	const requested = parseScopes(request.scopes);
	const granted = state.grantedTo(account);
	const missing = missingPermissions(requested, granted);
	const forceConsent = request.prompt === 'consent';
	if (!missing.length && !forceConsent) return { kind: 'code' };

	// What the user would be asked to consent to: what is missing or, when consent is forced
	// (prompt=consent), everything requested, granted or not.
	const all = requested.isDefault ? [...permissions] : requested.permissions;
	const shown = forceConsent ? all : missing;
	// Personal accounts have no organisation and no admin: they always consent for themselves. A
	// work account that is not an admin may never consent to a permission that needs an admin, even
	// one an admin already granted for the organisation: Entra answers "Need admin approval".
	const needsAdmin =
		!personal && (shown.some((p) => p.adminConsentRequired) || !tenant.userConsent);
	// prompt=none never says why consent is missing: Entra answers 65001 consent_required, also for
	// a user who may not consent (AzureAD/microsoft-authentication-library-for-js#3413).
	if (request.prompt === 'none')
		return { kind: 'error', error: entraErrors.consentRequired(app.applicationId, app.entraName) };
	if (account.admin) return { kind: 'consent', permissions: shown, organisation: !personal };
	if (needsAdmin)
		return { kind: 'admin-approval', permissions: shown, workflow: tenant.adminConsentWorkflow };
	return { kind: 'consent', permissions: shown, organisation: false };
}
