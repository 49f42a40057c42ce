// Where an admin grants consent by hand in the Microsoft Entra admin centre: the click path and
// shortcuts. The blade addresses are the admin centre's own (community-documented, see
// shared/reference section 2); the click path is the fallback when a shortcut changes.
import type { AdminKit } from './admin-kit.ts';
import { ENTRA_REQUESTS_URL } from './approval-request.ts';

export const ENTRA_ADMIN_CENTRE = 'https://entra.microsoft.com';

export interface EntraShortcut {
	label: string;
	url: string;
}

/** The clicks from the admin centre's home to the Grant admin consent button. */
export function entraConsentPath(kit: Pick<AdminKit, 'app'>): string[] {
	return [
		'Entra ID',
		'Enterprise apps',
		'All applications',
		kit.app.entraName,
		'Permissions',
		'Grant admin consent',
	];
}

/**
 * Shortcuts into the admin centre for this app. Only list pages: the Enterprise app's own Permissions
 * blade needs its service principal's object id, which differs per tenant and cannot be known here.
 */
export function entraShortcuts(kit: Pick<AdminKit, 'app'>): EntraShortcut[] {
	return [
		{
			label: 'Enterprise apps › Admin consent requests',
			url: ENTRA_REQUESTS_URL,
		},
		{
			label: `Enterprise apps › All applications (search for ${kit.app.applicationId})`,
			url: `${ENTRA_ADMIN_CENTRE}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`,
		},
	];
}
