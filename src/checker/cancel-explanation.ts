// What the checker records after a sign-in that ended without a reason ("Return to the application
// without granting consent", the back button): the silent retry may explain it, but only an answer
// that explains it better replaces the cancel. Pure: MSAL's errors in, the trace's signIn out.
import { findingForAuthError } from '../engine/aadsts.ts';
import { CONSENT_ROLES } from '../engine/checks/admin-role.ts';
import { holdsAdminOnlyPermission } from '../engine/checks/sign-in.ts';
import type { EnginePermission } from '../engine/engine-registry.ts';
import type { FindingId } from '../registry/findings.ts';

/** The fields of an MSAL error the checker reads. */
export type AuthLikeError = {
	errorCode?: unknown;
	subError?: unknown;
	errorNo?: unknown;
	errorMessage?: unknown;
	message?: unknown;
	correlationId?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * A sign-in that ended with no reason given: MSAL's `user_cancelled`, or Entra's `access_denied`
 * with no AADSTS number (MSAL reads `suberror`, not Entra's `error_subcode`, so "Return to the
 * application without granting consent" arrives bare). The checker's own Cancel is not one: the
 * adviser said why.
 */
export function isBareCancel(error: unknown): boolean {
	const e = (error ?? {}) as AuthLikeError;
	if (e.errorCode === 'user_cancelled') return true;
	const numbered =
		Boolean(e.errorNo) || /AADSTS\d+/.test(String(e.errorMessage ?? e.message ?? ''));
	return e.errorCode === 'access_denied' && !numbered;
}

/** Findings that say why a sign-in stopped: worth more than "it was cancelled". */
const EXPLAINS_BETTER: ReadonlySet<FindingId> = new Set([
	'admin-approval-required',
	'conditional-access-blocked',
	'user-not-assigned',
	'mfa-required',
	'personal-account',
	'account-not-in-tenant',
	'app-not-in-tenant',
	'service-not-enabled',
]);

/** What the silent retry answered. */
export type SilentAnswer = { ok: true } | { ok: false; error: unknown };

export interface CancelContext {
	/** The scopes the sign-in asked for. */
	requestedScopes: readonly string[];
	/** Whether the account may consent for its organisation; undefined when unknown. */
	userIsAdmin?: boolean | undefined;
	/** The registry's permissions (which need an admin). */
	permissions: readonly Pick<EnginePermission, 'claim' | 'adminConsentRequired'>[];
}

/** Which answer the trace records: the silent one (`silent`) or the original cancel (`cancel`). */
export function explainCancel(
	silent: SilentAnswer,
	context: CancelContext,
): 'success' | 'silent' | 'cancel' {
	if (silent.ok) return 'success';
	const e = (silent.error ?? {}) as AuthLikeError;
	const errorCode = text(e.errorCode);
	if (!errorCode) return 'cancel';
	const errorNo =
		text(e.errorNo) ?? (typeof e.errorNo === 'number' ? String(e.errorNo) : undefined);
	const message = text(e.errorMessage) ?? text(e.message);
	const finding = findingForAuthError({
		errorCode,
		...(text(e.subError) ? { subError: text(e.subError)! } : {}),
		...(errorNo ? { errorNo } : {}),
		...(message ? { message } : {}),
	});
	if (EXPLAINS_BETTER.has(finding)) return 'silent';
	// prompt=none answers 65001 even to someone who may not consent (MSAL-js #3413): it explains the
	// cancel only when the request held admin-only permissions and nobody says the user is an admin.
	// Otherwise (16000 several accounts, 50058 / login_required no session, timeouts) keep the cancel.
	if (
		finding === 'consent-needed' &&
		context.userIsAdmin !== true &&
		holdsAdminOnlyPermission(context.requestedScopes, context.permissions)
	)
		return 'silent';
	return 'cancel';
}

/** Entra directory roles that may grant tenant-wide consent (checks/admin-role.ts cites the list). */
const CONSENTING_ROLES: ReadonlySet<string> = new Set(CONSENT_ROLES.map((role) => role.templateId));

/** Whether id token claims show a consenting role; undefined when they carry no `wids` at all. */
export function adminFromClaims(claims: Record<string, unknown> | undefined): boolean | undefined {
	const wids = claims?.['wids'];
	if (!Array.isArray(wids)) return undefined;
	return wids.some((id) => typeof id === 'string' && CONSENTING_ROLES.has(id.toLowerCase()));
}
