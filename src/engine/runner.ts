// The runner: builds the context, runs one check per concern, words each finding from the
// catalogue, orders them (act on the first one first) and adds scopes, feature states and the
// consent link. Given its registry: it imports no registry data and no zod, and never throws.
import { buildAdminConsentUrl } from '../derive/consent-link.ts';
import { isConsentTenant } from '../derive/tenant.ts';
import { accountTypeCheck, tenantFromClaims } from './checks/account-type.ts';
import { adminRoleCheck } from './checks/admin-role.ts';
import { featureStates } from './checks/features.ts';
import { graphHealthCheck } from './checks/graph-health.ts';
import { licencesCheck } from './checks/licences.ts';
import { mailboxCheck } from './checks/mailbox.ts';
import { recordingCheck } from './checks/recording.ts';
import { refusalsCheck } from './checks/refusals.ts';
import { scopesCheck } from './checks/scopes.ts';
import { signInCheck } from './checks/sign-in.ts';
import { createContext, type Check, type FindingDraft } from './context.ts';
import type { EngineFindingText, EngineRegistry, FindingId } from './engine-registry.ts';
import { normaliseTrace } from './normalise.ts';
import type { Finding, Report } from './report.ts';
import type { Trace } from './trace.ts';

/** The checks, one per concern. Order here does not matter: findings are ordered by the catalogue. */
export const checks: readonly Check[] = [
	signInCheck,
	accountTypeCheck,
	scopesCheck,
	licencesCheck,
	mailboxCheck,
	refusalsCheck,
	graphHealthCheck,
	recordingCheck,
	adminRoleCheck,
];

export interface DiagnoseOptions {
	/** The registry to diagnose by (src/engine/from-registry.ts builds the real one). */
	registry: EngineRegistry;
	/** When the check ran; default the trace's `capturedAt`. Decides which meetings have ended. */
	now?: Date;
	/** Where admin consent returns to. Default: the help centre's consent-result page. */
	consentRedirectUri?: string;
	/** The authority's origin for the consent link (the sandbox's in sandbox mode). */
	authorityOrigin?: string;
	/** The app the consent link is for. Default: the registry's (Claras); the checker passes the client id it signed in as. */
	applicationId?: string;
}

/** The longest `details` a finding carries; a trace can hold any number of failures. */
const MAX_DETAILS = 2000;

/** A catalogue finding, worded, with this trace's details. */
export function toFinding(
	draft: FindingDraft,
	catalogue: { readonly [K in FindingId]: EngineFindingText },
): Finding {
	const { severity, audience, title, message, fix } = catalogue[draft.id];
	const details =
		draft.details && draft.details.length > MAX_DETAILS
			? `${draft.details.slice(0, MAX_DETAILS - 1)}…`
			: draft.details;
	return { id: draft.id, severity, audience, title, message, fix, ...(details ? { details } : {}) };
}

/** Keeps one finding per id (joining details and probes) and sorts by the catalogue's act-on-it-first order. */
function merge(drafts: readonly FindingDraft[], order: readonly FindingId[]): FindingDraft[] {
	const byId = new Map<FindingId, FindingDraft>();
	for (const draft of drafts) {
		const previous = byId.get(draft.id);
		const details = [previous?.details, draft.details].filter(Boolean).join(' ');
		const probes = [...new Set([...(previous?.probes ?? []), ...(draft.probes ?? [])])];
		byId.set(draft.id, {
			id: draft.id,
			...(details ? { details } : {}),
			...(probes.length ? { probes } : {}),
		});
	}
	const rank = (id: FindingId) => {
		const index = order.indexOf(id);
		return index === -1 ? order.length : index;
	};
	return [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id));
}

function consentUrl(tenant: string | undefined, options: DiagnoseOptions): string | undefined {
	// A trace's `tid` names one tenant; `organizations` (a valid link target) is no answer from one.
	if (!tenant || tenant === 'organizations' || !isConsentTenant(tenant)) return undefined;
	const { app, permissions } = options.registry;
	return buildAdminConsentUrl({
		tenant,
		applicationId: options.applicationId ?? app.applicationId,
		permissions,
		redirectUri: options.consentRedirectUri ?? `${app.helpCentreOrigin}${app.consentResultPath}`,
		...(options.authorityOrigin ? { authorityOrigin: options.authorityOrigin } : {}),
	});
}

function when(options: DiagnoseOptions, capturedAt: string): Date {
	if (options.now instanceof Date && !Number.isNaN(options.now.getTime())) return options.now;
	return new Date(Date.parse(capturedAt));
}

/** Trace in, report out. Pure (no DOM, no network, no MSAL), total (any input, never throws) and linear in the trace's size. */
export function diagnose(input: Trace, options: DiagnoseOptions): Report {
	const { registry } = options;
	const trace = normaliseTrace(input);
	const context = createContext(trace, registry, when(options, trace.capturedAt));
	const drafts = merge(
		checks.flatMap((check) => check(context)),
		registry.findingOrder,
	);
	const features = featureStates(context, drafts);
	const findings = drafts.map((draft) => toFinding(draft, registry.findings));
	const tenantId = tenantFromClaims(trace.signIn.idTokenClaims);
	const adminConsentUrl = consentUrl(tenantId, options);
	const baseAnswered = registry.baseProbes.every((probe) => {
		const outcome = context.evidence.get(probe.id);
		return outcome !== undefined && outcome.status >= 200 && outcome.status < 300;
	});
	return {
		ready:
			context.signedInAtWork &&
			baseAnswered &&
			features.every((f) => f.state !== 'blocked') &&
			!findings.some((f) => f.severity === 'error'),
		findings,
		grantedScopes: context.scopes.granted,
		missingScopes: context.scopes.missing.map((p) => p.claim),
		features,
		...(tenantId ? { tenantId } : {}),
		...(adminConsentUrl ? { adminConsentUrl } : {}),
	};
}
