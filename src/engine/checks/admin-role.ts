// Admin role: an admin whose own sign-in works may have consented only for themselves (the consent
// screen's "Consent on behalf of your organisation" left unticked), so colleagues can still meet
// "Need admin approval". Advice only: it blocks nothing and never makes a report not ready.
import type { Check } from '../context.ts';

/**
 * Directory roles that can grant tenant-wide consent to delegated Microsoft Graph permissions, by
 * role template id (entra-docs identity/enterprise-apps/grant-admin-consent.md, "Prerequisites";
 * ids from identity/role-based-access-control/permissions-reference.md). Global Administrator
 * and Privileged Role Administrator can grant any permission; Cloud Application Administrator and
 * Application Administrator all but Graph application permissions, which Claras does not ask for.
 */
export const CONSENT_ROLES = [
	{ name: 'Global Administrator', templateId: '62e90394-69f5-4237-9190-012177145e10' },
	{ name: 'Privileged Role Administrator', templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814' },
	{ name: 'Cloud Application Administrator', templateId: '158c047a-c907-4556-b7ef-446551a6b5f7' },
	{ name: 'Application Administrator', templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3' },
] as const;

const BY_TEMPLATE_ID = new Map<string, string>(
	CONSENT_ROLES.map((role) => [role.templateId, role.name]),
);

/**
 * The consent-granting roles named in the `wids` claim. Entra puts `wids` (the user's directory role
 * template ids) in tokens only when the app registration's manifest sets `groupMembershipClaims` to
 * "DirectoryRole" or "All" (entra-docs identity-platform access-token-claims-reference.md, `wids`):
 * without it the claim is absent and this check stays silent.
 */
export function consentRolesIn(wids: unknown): string[] {
	if (!Array.isArray(wids)) return [];
	const names = wids
		.filter((id): id is string => typeof id === 'string')
		.map((id) => BY_TEMPLATE_ID.get(id.toLowerCase()));
	return [...new Set(names.filter((name): name is string => name !== undefined))];
}

export const adminRoleCheck: Check = ({ trace, signedInAtWork }) => {
	if (!signedInAtWork || trace.signIn.outcome !== 'success') return [];
	const roles = consentRolesIn(trace.signIn.idTokenClaims['wids']);
	if (roles.length === 0) return [];
	return [
		{
			id: 'colleagues-need-consent',
			details: `The account holds the ${roles.join(', ')} role, which can grant consent for the whole organisation.`,
		},
	];
};
