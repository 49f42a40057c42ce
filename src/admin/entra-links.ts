// Where an admin grants consent by hand in the Microsoft Entra admin centre: the click path and
// shortcuts, typed once. The consent helper, the checker's hand-off and the admin consent article
// (src/components/EntraClickPath.astro) all read the path from here. The blade addresses are the
// admin centre's own (community-documented); the click path is the fallback when a shortcut changes.
import { ENTRA_ADMIN_CENTRE } from '../microsoft.ts';
import { ENTRA_REQUESTS_URL } from './approval-request.ts';

/** The admin centre's menu, from its home to the list the app is found in. */
export const ENTRA_TO_APP_LIST = ['Entra ID', 'Enterprise apps', 'All applications'] as const;
/** Inside the app: the blade, then the button (it reads "Grant admin consent for <organisation>"). */
export const ENTRA_IN_APP = ['Permissions', 'Grant admin consent'] as const;
/** The Enterprise apps › All applications list. */
export const ENTRA_ALL_APPLICATIONS_URL = `${ENTRA_ADMIN_CENTRE}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`;

export interface EntraShortcut {
	label: string;
	url: string;
}

/** The clicks from the admin centre's home to the Grant admin consent button, for an app. */
export function entraConsentPath(kit: { app: { entraName: string } }): string[] {
	return [...ENTRA_TO_APP_LIST, kit.app.entraName, ...ENTRA_IN_APP];
}

/**
 * Shortcuts into the admin centre for this app. Only list pages: the Enterprise app's own Permissions
 * blade needs its service principal's object id, which differs per tenant and cannot be known here.
 */
export function entraShortcuts(kit: { app: { applicationId: string } }): EntraShortcut[] {
	return [
		{
			label: 'Enterprise apps › Admin consent requests',
			url: ENTRA_REQUESTS_URL,
		},
		{
			label: `Enterprise apps › All applications (search for ${kit.app.applicationId})`,
			url: ENTRA_ALL_APPLICATIONS_URL,
		},
	];
}
