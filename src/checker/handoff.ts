// Everything the adviser hands to their IT admin, built from the report and the registry: the
// consent link for their tenant, the Entra path, commands, a prefilled email, a plain-text report
// and the exportable trace. Pure: no DOM, no storage; the username is masked unless asked.
import {
	approvalRequestNote,
	entraRequestsPath,
	type ApprovalRequestNote,
} from '../admin/approval-request.ts';
import { entraConsentPath } from '../admin/entra-links.ts';
import { adminConsentPageUrl } from '../admin/templates.ts';
import { azureCliScript, powerShellScript } from '../derive/index.ts';
import { aadstsNumber, type FindingId, type Report, type Trace } from '../engine/core.ts';
import { registry as defaultRegistry, type Registry } from '../registry/index.ts';
import { verdictOf, verdictText } from './verdict.ts';

export interface HandoffInput {
	report: Report;
	trace: Trace;
	/** Show the username as is; otherwise only its first letter and domain. */
	showUsername: boolean;
	/** The `state` the consent link carries (kept by the caller to check on the result page). */
	state?: string | undefined;
	/** The origin fix links are written against (the help centre's). */
	origin: string;
}

export interface Handoff {
	/** Granting admin consent fixes at least one finding; otherwise a consent link would mislead. */
	consentHelps: boolean;
	tenantId: string | undefined;
	adminConsentUrl: string | undefined;
	entraPath: string;
	powerShell: string;
	azureCli: string;
	mailto: string;
	plainText: string;
	/** For "Need admin approval": what became of a request the adviser may have sent (src/admin/approval-request.ts). */
	approvalRequest: ApprovalRequestNote | undefined;
}

const USERNAME_CLAIMS = [
	'preferred_username',
	'upn',
	'email',
	'unique_name',
	'name',
	'login_hint',
] as const;
const USERNAME_FIELDS = new Set([
	'userPrincipalName',
	'mail',
	'displayName',
	'givenName',
	'surname',
]);

/** `jane.citizen@contoso.com.au` → `j***@contoso.com.au`; a bare name keeps its first letter. */
export function maskUsername(value: string): string {
	const at = value.lastIndexOf('@');
	const local = at >= 0 ? value.slice(0, at) : value;
	return `${local.slice(0, 1)}***${at >= 0 ? value.slice(at) : ''}`;
}

/** Masks every e-mail address in a text, e.g. an Entra error description. */
export function maskEmails(text: string): string {
	return text.replace(/[^\s'"<>()@]+@[^\s'"<>()@]+\.[^\s'"<>()@]+/g, (address) =>
		maskUsername(address),
	);
}

export function usernameOf(trace: Trace): string | undefined {
	if (trace.signIn.outcome !== 'success') return undefined;
	const claim = trace.signIn.idTokenClaims['preferred_username'];
	return typeof claim === 'string' ? claim : undefined;
}

/** The trace as JSON for support (`npm run diagnose` reads it), with names masked unless shown. */
export function exportTrace(trace: Trace, showUsername: boolean): string {
	if (showUsername) return JSON.stringify(trace, null, 2);
	const maskDeep = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string' && key && USERNAME_FIELDS.has(key)) return maskUsername(value);
		if (Array.isArray(value)) return value.map((inner) => maskDeep(inner));
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([k, inner]) => [k, maskDeep(inner, k)]));
		}
		return value;
	};
	// A JSON round trip, not structuredClone: the trace may come from a Svelte $state proxy.
	const copy = JSON.parse(JSON.stringify(trace)) as Trace;
	if (copy.signIn.outcome === 'success') {
		const claims = copy.signIn.idTokenClaims as Record<string, unknown>;
		for (const name of USERNAME_CLAIMS)
			if (typeof claims[name] === 'string') claims[name] = maskUsername(claims[name]);
	} else if (copy.signIn.error.message) {
		// Entra names the account in some error texts (AADSTS50020: "User account 'x@y' from …").
		copy.signIn.error.message = maskEmails(copy.signIn.error.message);
	}
	copy.graph = copy.graph.map((entry) => ({ ...entry, body: maskDeep(entry.body) }));
	// Graph names the account in some error texts; the body's other strings are ids and dates already.
	return JSON.stringify(
		copy,
		(key, value: unknown) =>
			key === 'message' && typeof value === 'string' ? maskEmails(value) : value,
		2,
	);
}

/**
 * Findings an admin fixes by granting consent for the organisation. For the others (licences, the
 * mailbox, sign-in policies) the admin acts elsewhere, and each finding's fix link says where.
 */
const CONSENT_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>([
	'admin-approval-required',
	'app-not-in-tenant',
	'consent-needed',
	'reconnect-required',
]);

export function consentHelps(report: Report): boolean {
	return report.findings.some((finding) => CONSENT_FINDINGS.has(finding.id));
}

/** The consent link with the caller's `state`, so the result page can tell it is the answer to it. */
export function withState(url: string | undefined, state: string | undefined): string | undefined {
	if (!url || !state) return url;
	const withParam = new URL(url);
	withParam.searchParams.set('state', state);
	return withParam.toString();
}

/** AADSTS90095: the organisation runs the admin consent workflow, so a request may be waiting. */
function workflowOn(trace: Trace): boolean {
	return trace.signIn.outcome === 'error' && aadstsNumber(trace.signIn.error) === '90095';
}

export function entraPath(registry: Registry = defaultRegistry, requests = false): string {
	if (requests) return entraRequestsPath(registry.app.entraName).join(' › ');
	return ['Microsoft Entra admin centre', ...entraConsentPath(registry)].join(' › ');
}

/** The report as plain text to paste into a ticket or an email. Never holds a token. */
export function plainTextReport(input: HandoffInput, registry: Registry = defaultRegistry): string {
	const { report, trace, origin } = input;
	const username = usernameOf(trace);
	const lines = [
		`${registry.app.name} connection check, ${trace.capturedAt}`,
		`Result: ${verdictText[verdictOf(report)]}`,
		`Account: ${username ? (input.showUsername ? username : maskUsername(username)) : 'not signed in'}`,
	];
	if (report.tenantId) lines.push(`Organisation (tenant id): ${report.tenantId}`);
	lines.push('', 'Features:');
	for (const feature of report.features) {
		const name =
			registry.features.find((candidate) => candidate.id === feature.id)?.name ?? feature.id;
		const state = {
			ready: 'ready',
			blocked: `blocked (${feature.blockedBy.join(', ')})`,
			unverified: 'not yet tested (nothing to test it on)',
		}[feature.state];
		lines.push(`- ${name}: ${state}`);
	}
	if (report.findings.length) {
		lines.push('', 'Findings:');
		for (const finding of report.findings) {
			lines.push(`- ${finding.title} [${finding.id}]`, `  ${finding.message}`);
			if (finding.details)
				lines.push(
					`  Details: ${input.showUsername ? finding.details : maskEmails(finding.details)}`,
				);
			lines.push(`  Fix: ${new URL(finding.fix, origin).toString()}`);
		}
	}
	if (report.missingScopes.length)
		lines.push('', `Missing permissions: ${report.missingScopes.join(', ')}`);
	return lines.join('\n');
}

function consentRequest(
	input: HandoffInput,
	consentUrl: string | undefined,
	registry: Registry,
): string[] {
	const adminPermissions = registry.permissions.filter(
		(permission) => permission.adminConsentRequired,
	);
	return [
		...(consentUrl
			? [
					'Please grant admin consent for our organisation with this link (sign in as an admin who can grant consent):',
					consentUrl,
					'',
				]
			: []),
		`Or in the Entra admin centre: ${entraPath(registry, workflowOn(input.trace))}.`,
		'',
		`${registry.app.name} needs admin consent for: ${adminPermissions.map((permission) => permission.consentText).join('; ')}.`,
		`Your organisation's link, commands and steps: ${adminConsentPageUrl(input.origin, input.report.tenantId)}`,
	];
}

function fixRequest(input: HandoffInput): string[] {
	return [
		'Please look at what the check found, below. Each finding ends with a link to the steps that fix it:',
		...input.report.findings.map(
			(finding) => `- ${finding.title}: ${new URL(finding.fix, input.origin).toString()}`,
		),
	];
}

function mailto(input: HandoffInput, consentUrl: string | undefined, registry: Registry): string {
	const { app } = registry;
	const approve = consentHelps(input.report);
	const body = [
		'Hello,',
		'',
		`I use ${app.name} to write file notes from my Microsoft Teams meetings, and its connection check says it needs your help.`,
		'',
		...(approve ? consentRequest(input, consentUrl, registry) : fixRequest(input)),
		'',
		plainTextReport(input, registry),
		'',
		'Thank you.',
	].join('\n');
	const subject = approve
		? `Please approve ${app.name} for Microsoft Teams`
		: `Please fix my Microsoft 365 account for ${app.name}`;
	return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export function buildHandoff(input: HandoffInput, registry: Registry = defaultRegistry): Handoff {
	const tenant = input.report.tenantId;
	const consentUrl = withState(input.report.adminConsentUrl, input.state);
	return {
		consentHelps: consentHelps(input.report),
		tenantId: tenant,
		adminConsentUrl: consentUrl,
		entraPath: entraPath(registry, workflowOn(input.trace)),
		powerShell: powerShellScript({ tenant }, registry),
		azureCli: azureCliScript({ tenant }, registry),
		mailto: mailto(input, consentUrl, registry),
		plainText: plainTextReport(input, registry),
		approvalRequest: input.report.findings.some(
			(finding) => finding.id === 'admin-approval-required',
		)
			? approvalRequestNote(registry.app.name, workflowOn(input.trace))
			: undefined,
	};
}
