// The runner: builds the context, runs one check per concern, words each finding from the
// catalogue, orders them (act on the first one first) and adds scopes, features and the consent link.
import { buildAdminConsentUrl } from '../registry/consent-url.ts';
import { findingRank, findings as catalogue, type FindingId } from '../registry/findings.ts';
import { app, permissions } from '../registry/index.ts';
import { accountTypeCheck, tenantFromClaims } from './checks/account-type.ts';
import { adminRoleCheck } from './checks/admin-role.ts';
import { featureReadiness } from './checks/features.ts';
import { graphHealthCheck } from './checks/graph-health.ts';
import { licencesCheck } from './checks/licences.ts';
import { mailboxCheck } from './checks/mailbox.ts';
import { scopesCheck } from './checks/scopes.ts';
import { signInCheck } from './checks/sign-in.ts';
import { createContext, type Check, type FindingDraft } from './context.ts';
import type { Finding, Report } from './report.ts';
import { CONSUMER_TENANT_ID } from './service-plans.ts';
import type { Trace } from './trace.ts';

/** The checks, one per concern. Order here does not matter: findings are ordered by the catalogue. */
export const checks: readonly Check[] = [signInCheck, accountTypeCheck, scopesCheck, licencesCheck, mailboxCheck, graphHealthCheck, adminRoleCheck];

export interface DiagnoseOptions {
	/** Where admin consent returns to. Default: the help centre's consent-result page. */
	consentRedirectUri?: string;
	/** The authority's origin for the consent link (the sandbox's in sandbox mode). */
	authorityOrigin?: string;
	/** The app the consent link is for. Default: the registry's (Claras); the checker passes the client id it signed in as. */
	applicationId?: string;
}

/** A catalogue finding, worded, with this trace's details. */
export function toFinding(draft: FindingDraft): Finding {
	const { severity, audience, title, message, fix } = catalogue[draft.id];
	return { id: draft.id, severity, audience, title, message, fix, ...(draft.details ? { details: draft.details } : {}) };
}

/** Keeps one finding per id (joining details) and sorts by the catalogue's act-on-it-first order. */
function merge(drafts: readonly FindingDraft[]): FindingDraft[] {
	const byId = new Map<FindingId, FindingDraft>();
	for (const draft of drafts) {
		const previous = byId.get(draft.id);
		const details = [previous?.details, draft.details].filter(Boolean).join(' ');
		byId.set(draft.id, { id: draft.id, ...(details ? { details } : {}) });
	}
	return [...byId.values()].sort((a, b) => findingRank(a.id) - findingRank(b.id));
}

const TENANT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9][a-z0-9.-]*\.[a-z]{2,})$/;

function consentUrl(tenant: string | undefined, options: DiagnoseOptions): string | undefined {
	if (!tenant || tenant === CONSUMER_TENANT_ID || !TENANT.test(tenant)) return undefined;
	return buildAdminConsentUrl({
		tenant,
		applicationId: options.applicationId ?? app.applicationId,
		permissions,
		redirectUri: options.consentRedirectUri ?? `${app.helpCentreOrigin}${app.consentResultPath}`,
		...(options.authorityOrigin ? { authorityOrigin: options.authorityOrigin } : {}),
	});
}

/** Trace in, report out. Pure: no DOM, no network, no MSAL. */
export function diagnose(trace: Trace, options: DiagnoseOptions = {}): Report {
	const context = createContext(trace);
	const drafts = merge(checks.flatMap((check) => check(context)));
	const found = new Set(drafts.map((d) => d.id));
	const features = featureReadiness(context, found);
	const findings = drafts.map(toFinding);
	const tenantId = tenantFromClaims(trace.signIn.idTokenClaims);
	const adminConsentUrl = consentUrl(tenantId, options);
	return {
		ready: !findings.some((f) => f.severity === 'error') && features.every((f) => f.ready),
		findings,
		grantedScopes: context.scopes.granted,
		missingScopes: context.scopes.missing.map((p) => p.claim),
		features,
		...(tenantId ? { tenantId } : {}),
		...(adminConsentUrl ? { adminConsentUrl } : {}),
	};
}
