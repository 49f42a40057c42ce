// Words an IT admin sends on: the note to the practice once consent is granted, and the address
// of the consent helper prefilled for a tenant (what the checker's hand-off email links to).
// Built from the kit (the registry's data), so the permission list never goes stale. The adviser's
// email to IT itself is the checker's (src/checker/handoff.ts); it is not written twice.
import { ADMIN_CONSENT_PATH, CHECKER_PATH } from '../site-paths.ts';
import type { AdminKit } from './admin-kit.ts';

/** The query parameter that prefills the consent helper: `/teams/admin-consent/?tenant=contoso.com.au`. */
export const TENANT_QUERY_PARAM = 'tenant';

/** The consent helper's address, prefilled for a tenant when one is known. */
export function adminConsentPageUrl(origin: string, tenant?: string): string {
	const url = new URL(ADMIN_CONSENT_PATH, origin);
	if (tenant) url.searchParams.set(TENANT_QUERY_PARAM, tenant);
	return url.toString();
}

/** A message ready to send: subject, body, and a `mailto:` that opens it in the mail app. */
export interface MailTemplate {
	subject: string;
	body: string;
	mailto: string;
}

export interface PracticeNoteOptions {
	/** How the admin named the organisation: its domain, else its tenant id. */
	organisation: string;
	/** The help centre origin, for the checker link. */
	origin: string;
}

/** The admin's note to the practice after consenting: reconnect from your profile, then check. */
export function practiceNote(
	kit: Pick<AdminKit, 'app' | 'permissions'>,
	options: PracticeNoteOptions,
): MailTemplate {
	const { app } = kit;
	const subject = `${app.name} is approved for Microsoft Teams: please connect again`;
	const body = [
		'Hello everyone,',
		'',
		`I have granted admin consent for ${app.name} in our Microsoft 365 organisation (${options.organisation}).`,
		'',
		`Each of you now connects once more in ${app.name}: ${app.connectPath.join(' › ')}, then ${app.connectButton}.`,
		`If ${app.name} shows "${app.reconnectButton}", select it: it takes you to the same place.`,
		'Microsoft should send you straight back without asking for approval.',
		'',
		`To confirm everything works, run the connection check: ${new URL(CHECKER_PATH, options.origin).toString()}`,
		'',
		`${app.name} can now:`,
		...kit.permissions.map((permission) => `- ${permission.consentText}`),
		'',
		'Thank you.',
	].join('\n');
	return {
		subject,
		body,
		mailto: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
	};
}
