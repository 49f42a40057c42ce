import { describe, expect, it } from 'vitest';
import type { Report, Trace } from '../../src/engine/index.ts';
import { buildHandoff, exportTrace, maskUsername, withState } from '../../src/checker/handoff.ts';
import { presentResult } from '../../src/checker/present.ts';
import { scenarioTraces } from '../../fixtures/index.ts';
import { diagnose } from '../../src/engine/index.ts';
import { parseTrace } from '../../src/engine/trace.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { app, permissions } from '../../src/registry/index.ts';

const TENANT = '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58';
const ORIGIN = 'https://help.claras.ai';
const trace: Trace = {
	version: 1,
	capturedAt: '2026-11-26T10:00:00.000Z',
	signIn: {
		outcome: 'success',
		idTokenClaims: { tid: TENANT, preferred_username: 'noah.adviser@needs-admin.example' },
		scopes: ['User.Read'],
		refreshToken: true,
	},
	graph: [
		{
			method: 'POST',
			url: 'https://graph.microsoft.com/v1.0/$batch',
			status: 200,
			headers: {},
			body: {
				responses: [
					{
						id: 'me',
						status: 200,
						body: {
							userPrincipalName: 'noah.adviser@needs-admin.example',
							mail: 'noah.adviser@needs-admin.example',
						},
					},
				],
			},
		},
	],
};
const report = {
	ready: false,
	findings: [
		{
			id: 'admin-approval-required',
			severity: 'error',
			audience: 'it-admin',
			title: 'Your IT admin must approve Claras',
			message: 'Only an admin can consent.',
			fix: '/teams/admin-consent/',
		},
	],
	grantedScopes: ['User.Read'],
	missingScopes: ['Calendars.Read'],
	features: [
		{
			id: 'scheduled-meetings',
			ready: false,
			state: 'blocked',
			blockedBy: ['admin-approval-required'],
			evidence: [],
		},
		{
			id: 'recording-file-notes',
			ready: false,
			state: 'unverified',
			blockedBy: [],
			evidence: ['me'],
			reason: 'No Teams meeting you organised has ended in the past week.',
		},
	],
	tenantId: TENANT,
	adminConsentUrl: `https://login.microsoftonline.com/${TENANT}/v2.0/adminconsent?client_id=${app.applicationId}&scope=x&redirect_uri=${encodeURIComponent(`${ORIGIN}/teams/admin-consent/result/`)}`,
} as Report;

describe('maskUsername', () => {
	it.each([
		['jane.citizen@contoso.com.au', 'j***@contoso.com.au'],
		['x@y.example', 'x***@y.example'],
		['Jane Citizen', 'J***'],
	])('%s → %s', (input, expected) => expect(maskUsername(input)).toBe(expected));
});

describe('withState', () => {
	it('adds the state to the consent link and leaves the rest', () => {
		const url = new URL(withState(report.adminConsentUrl, 'abc123')!);
		expect(url.searchParams.get('state')).toBe('abc123');
		expect(url.searchParams.get('client_id')).toBe(app.applicationId);
	});
	it('leaves a missing link missing', () => expect(withState(undefined, 's')).toBeUndefined());
});

describe('buildHandoff', () => {
	const handoff = buildHandoff({
		report,
		trace,
		showUsername: false,
		state: 'abc123',
		origin: ORIGIN,
	});

	it('fills the commands with the tenant', () => {
		expect(handoff.powerShell).toContain(`-TenantId '${TENANT}'`);
		expect(handoff.azureCli).toContain(`--tenant ${TENANT}`);
		expect(handoff.entraPath).toContain(app.entraName);
	});

	it('writes a plain-text report with the username masked and absolute fix links', () => {
		expect(handoff.plainText).toContain('Account: n***@needs-admin.example');
		expect(handoff.plainText).not.toContain('noah.adviser');
		expect(handoff.plainText).toContain(`Fix: ${ORIGIN}/teams/admin-consent/`);
		expect(handoff.plainText).toContain('Result: Action needed by your IT admin');
	});

	it('shows the username when the user chooses to', () => {
		expect(buildHandoff({ report, trace, showUsername: true, origin: ORIGIN }).plainText).toContain(
			'noah.adviser@needs-admin.example',
		);
	});

	it('prefills an email with the consent link and the admin-only permissions from the registry', () => {
		expect(handoff.mailto.startsWith('mailto:?subject=')).toBe(true);
		const body = decodeURIComponent(handoff.mailto.split('&body=')[1]!);
		expect(body).toContain(handoff.adminConsentUrl!);
		for (const permission of permissions.filter((p) => p.adminConsentRequired))
			expect(body).toContain(permission.consentText);
	});
});

describe('a problem that consent does not fix', () => {
	const parsed = parseTrace(scenarioTraces['no-exchange-licence']);
	if (!parsed.ok) throw new Error(parsed.error);
	const licenceTrace = parsed.trace;
	const licenceReport = diagnose(licenceTrace, { registry: engineRegistry });
	const licenceHandoff = buildHandoff({
		report: licenceReport,
		trace: licenceTrace,
		showUsername: false,
		origin: ORIGIN,
	});

	it('offers no consent link, and the email asks for the findings to be fixed, with their fix links', () => {
		expect(licenceHandoff.consentHelps).toBe(false);
		const body = decodeURIComponent(licenceHandoff.mailto.split('&body=')[1]!);
		expect(body).not.toContain('grant admin consent');
		for (const finding of licenceReport.findings)
			expect(body).toContain(`- ${finding.title}: ${ORIGIN}${finding.fix}`);
		expect(decodeURIComponent(licenceHandoff.mailto)).toContain(
			'Please fix my Microsoft 365 account',
		);
	});

	it('still says consent helps when admin approval is among the findings', () => {
		expect(buildHandoff({ report, trace, showUsername: false, origin: ORIGIN }).consentHelps).toBe(
			true,
		);
	});
});

describe('exportTrace', () => {
	it('masks names in claims and Graph bodies, and stays a valid trace', () => {
		const json = exportTrace(trace, false);
		expect(json).not.toContain('noah.adviser');
		expect(parseTrace(JSON.parse(json))).toMatchObject({ ok: true });
	});
	it('masks the address Entra writes into an error text (AADSTS50020)', () => {
		const refused: Trace = {
			version: 1,
			capturedAt: '2026-11-26T10:00:00.000Z',
			signIn: {
				outcome: 'error',
				error: {
					errorCode: 'invalid_request',
					errorNo: '50020',
					message:
						"AADSTS50020: User account 'jane.citizen@outlook.com' from identity provider 'live.com' does not exist in tenant 'Harbour'.",
				},
			},
			graph: [],
		};
		const json = exportTrace(refused, false);
		expect(json).not.toContain('jane.citizen');
		expect(json).toContain("'j***@outlook.com'");
		expect(json).toContain("identity provider 'live.com'");
	});
	it('keeps everything when the user shows the username', () => {
		expect(JSON.parse(exportTrace(trace, true))).toEqual(trace);
	});
	it('masks a trace that sits in a proxy (a Svelte $state), which structuredClone cannot copy', () => {
		const proxied = new Proxy(trace, {});
		expect(() => structuredClone(proxied)).toThrow();
		expect(exportTrace(proxied, false)).not.toContain('noah.adviser');
	});
});

describe('the username toggle', () => {
	const shown = presentResult(report, trace, { showUsername: true, state: 's', origin: ORIGIN });
	const hidden = presentResult(report, trace, { showUsername: false, state: 's', origin: ORIGIN });
	it.each([
		['the page', (r: typeof shown) => r.account ?? ''],
		['the report', (r: typeof shown) => r.handoff.plainText],
		['the email link', (r: typeof shown) => decodeURIComponent(r.handoff.mailto)],
		['the export', (r: typeof shown) => r.traceJson],
	])('shows the username in %s when ticked, and masks it again when unticked', (_, part) => {
		expect(part(shown)).toContain('noah.adviser@needs-admin.example');
		expect(part(hidden)).not.toContain('noah.adviser');
	});
});

describe('presentResult', () => {
	it('names features from the registry, titles their blockers and sends the verdict to the IT admin', () => {
		const result = presentResult(report, trace, {
			showUsername: false,
			state: 's',
			origin: ORIGIN,
		});
		expect(result).toMatchObject({
			verdict: 'action-admin',
			needsAdmin: true,
			canReconnect: false,
			account: 'n***@needs-admin.example',
			features: [
				{
					id: 'scheduled-meetings',
					name: 'Scheduled meetings',
					ready: false,
					state: 'blocked',
					blockedBy: ['Your IT admin must approve Claras'],
				},
				{
					id: 'recording-file-notes',
					ready: false,
					state: 'unverified',
					reason: expect.stringMatching(/^No Teams meeting/),
				},
			],
		});
	});
	it('writes each feature’s state into the plain-text report', () => {
		const { plainText } = presentResult(report, trace, {
			showUsername: false,
			origin: ORIGIN,
		}).handoff;
		expect(plainText).toContain('- Scheduled meetings: blocked (admin-approval-required)');
		expect(plainText).toContain(
			'- File notes from recordings: not yet tested (nothing to test it on)',
		);
	});
});
