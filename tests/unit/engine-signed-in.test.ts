// The engine after a successful sign-in: scopes, account type, licences of real bundles, the
// mailbox 404, Graph's health, feature readiness, the order of findings and the consent link.
import { describe, expect, test } from 'vitest';
import {
	assignedPlans, graphBodies, graphErrors, graphWith, healthyGraph, idTokenClaims, licence, licenceBodies, licenseDetailsBody,
	probe, scenarioTraces, signedIn, throttled, tokenScopes, trace, unanswered, WORK_TENANT_ID, batchExchange, batchRequest,
} from '../../fixtures/index.ts';
import { diagnose, findingCatalogue, parseTrace, type FindingId, type Report } from '../../src/engine/index.ts';
import { permissions, registry } from '../../src/registry/index.ts';

function report(input: unknown, options?: Parameters<typeof diagnose>[1]): Report {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, options);
}
const ids = (r: Report) => r.findings.map((f) => f.id);
const blocked = (r: Report) => Object.fromEntries(r.features.map((f) => [f.id, f.blockedBy.join('+') || 'ready']));

describe.each<[string, keyof typeof scenarioTraces, FindingId[], string[]]>([
	['a licensed, consented adviser', 'ready', [], []],
	['an adviser who consented before "Meet now" shipped', 'reconnect', ['reconnect-required'], ['Chat.Read', 'OnlineMeetingArtifact.Read.All']],
	['a Teams-only licence', 'no-exchange-licence', ['exchange-licence-missing', 'mailbox-unavailable'], []],
	['Exchange Online switched off in the licence', 'licence-disabled', ['exchange-licence-disabled', 'mailbox-unavailable'], []],
	['a mailbox on an on-premises Exchange server', 'mailbox-on-premises', ['mailbox-unavailable'], []],
	['a mailbox without Teams', 'no-teams-licence', ['teams-licence-missing'], []],
	['a personal Microsoft account', 'personal', ['personal-account'], []],
	['one 429 then success', 'throttled', [], []],
	['429 after every retry', 'throttled-persistently', ['graph-throttled'], []],
	['Graph answering 5xx or not at all', 'graph-down', ['graph-unavailable'], []],
	['probes sent in one JSON batch, mailbox parts 404', 'batched', ['mailbox-unavailable'], []],
])('%s', (_, scenario, expected, missing) => {
	const result = report(scenarioTraces[scenario]);
	test(`finds ${expected.join(', ') || 'nothing'}`, () => {
		expect(ids(result)).toEqual(expected);
		expect(result.ready).toBe(expected.length === 0);
		expect(result.missingScopes).toEqual(missing);
	});
	test('links each finding to its catalogue fix page', () => {
		for (const finding of result.findings) expect(finding.fix).toBe(findingCatalogue[finding.id].fix);
	});
});

describe('scopes', () => {
	test('compare without case or the Graph prefix', () => {
		const scopes = tokenScopes({ qualified: true }).map((s, i) => (i % 2 ? s.toUpperCase() : s.toLowerCase()));
		const result = report(trace({ signIn: signedIn(idTokenClaims.work, scopes) }));
		expect(result.missingScopes).toEqual([]);
		expect(result.grantedScopes).toEqual(permissions.map((p) => p.claim));
	});

	test('offline_access is missing only when no refresh token was issued', () => {
		expect(report(trace({ signIn: signedIn(idTokenClaims.work, tokenScopes(), false) })).missingScopes).toEqual(['offline_access']);
		const unknown = { ...trace(), signIn: { outcome: 'success', idTokenClaims: idTokenClaims.work, scopes: tokenScopes() } };
		expect(report(unknown).missingScopes).toEqual([]);
	});

	test('admin-only permissions missing also need an admin, and block only their features', () => {
		const result = report(trace({ signIn: signedIn(idTokenClaims.work, tokenScopes({ except: ['OnlineMeetingTranscript.Read.All'] })) }));
		expect(ids(result)).toEqual(['admin-approval-required', 'reconnect-required']);
		expect(result.missingScopes).toEqual(['OnlineMeetingTranscript.Read.All']);
		expect(blocked(result)).toEqual({
			'scheduled-meetings': 'ready', 'recording-file-notes': 'ready', 'transcript-file-notes': 'admin-approval-required+reconnect-required', 'meet-now': 'ready', attendance: 'ready',
		});
	});

	test('other granted scopes are kept, unprefixed', () => {
		const result = report(trace({ signIn: signedIn(idTokenClaims.work, [...tokenScopes(), 'https://graph.microsoft.com/Mail.Read', 'openid']) }));
		expect(result.grantedScopes.slice(-2)).toEqual(['Mail.Read', 'openid']);
	});

	test('Graph refusing a probe (403) asks for a reconnect, for that feature', () => {
		const result = report(trace({ graph: graphWith({ chats: probe('chats', 403, graphErrors.forbidden) }) }));
		expect(ids(result)).toEqual(['reconnect-required']);
		expect(blocked(result)['meet-now']).toBe('reconnect-required');
		expect(blocked(result)['scheduled-meetings']).toBe('ready');
	});
});

describe.each<[string, unknown, FindingId[]]>([
	['Microsoft 365 Business Basic', licenceBodies.businessBasic, []],
	['Microsoft 365 Business Standard', licenceBodies.businessStandard, []],
	['Microsoft 365 Business Premium', licenceBodies.businessPremium, []],
	['Office 365 E3', licenceBodies.office365E3, []],
	['Teams EEA (Exchange Foundation is no mailbox)', licenceBodies.teamsOnly, ['exchange-licence-missing']],
	['Exchange Online (Plan 1) alone', licenceBodies.exchangeOnly, ['teams-licence-missing']],
	['Microsoft 365 Apps for business', licenceBodies.appsOnly, ['exchange-licence-missing', 'teams-licence-missing']],
	['no licence at all', licenceBodies.none, ['exchange-licence-missing', 'teams-licence-missing']],
	['Business Standard with Exchange Online disabled', licenceBodies.exchangeDisabled, ['exchange-licence-disabled']],
	['Business Basic still provisioning its mailbox', licenceBodies.exchangePending, ['exchange-licence-disabled']],
	['Business Premium with Teams disabled', licenceBodies.teamsDisabled, ['teams-licence-missing']],
	['Teams EEA plus Exchange Online (Plan 1)', licenseDetailsBody(licence('teamsEea'), licence('exchangeOnlinePlan1')), []],
])('licenceDetails of %s', (_, body, expected) => {
	test(`gives ${expected.join(', ') || 'no licence finding'}`, () => {
		expect(ids(report(trace({ graph: healthyGraph(body) })))).toEqual(expected);
	});
});

describe('licence expiry and unknown licences', () => {
	test('a suspended subscription (assignedPlans) disables the mailbox and Teams', () => {
		const me = probe('me', 200, { ...graphBodies.me, assignedPlans: assignedPlans('businessStandard', 'Suspended') });
		const result = report(trace({ graph: graphWith({ me }) }));
		expect(ids(result)).toEqual(['exchange-licence-disabled', 'teams-licence-missing']);
		expect(result.findings[0]!.details).toContain('suspended');
	});

	test('an old Deleted entry beside the current Enabled one (a licence change) still counts as active', () => {
		const me = probe('me', 200, { ...graphBodies.me, assignedPlans: [...assignedPlans('businessStandard', 'Enabled'), ...assignedPlans('businessStandard', 'Deleted')] });
		expect(ids(report(trace({ graph: graphWith({ me }) })))).toEqual([]);
	});

	test('a grace period (Warning) still counts as active', () => {
		const me = probe('me', 200, { ...graphBodies.me, assignedPlans: assignedPlans('businessStandard', 'Warning') });
		expect(ids(report(trace({ graph: graphWith({ me }) })))).toEqual([]);
	});

	test('no licence answer means no licence finding', () => {
		expect(ids(report(trace({ graph: [probe('me', 200, graphBodies.me)] })))).toEqual([]);
	});
});

describe('mailbox, Graph health and batches', () => {
	test.each(['mailboxNotEnabled', 'mailboxNotEnabledLegacy', 'mailboxNotSupported'] as const)('404 %s on any Outlook resource is mailbox-unavailable', (body) => {
		const result = report(trace({ graph: [...healthyGraph(), probe('me', 200), { method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/mailFolders/inbox', status: 404, body: graphErrors[body] }] }));
		expect(ids(result)).toEqual(['mailbox-unavailable']);
		expect(blocked(result)['meet-now']).toBe('ready');
	});

	test('a 404 without the mailbox code is not mailbox-unavailable', () => {
		expect(ids(report(trace({ graph: graphWith({ 'calendar-view': probe('calendar-view', 404, { error: { code: 'ErrorItemNotFound' } }) }) })))).toEqual([]);
	});

	test('an unanswered base probe blocks every feature', () => {
		const result = report(trace({ graph: graphWith({ 'licence-details': unanswered('licence-details') }) }));
		expect(ids(result)).toEqual(['graph-unavailable']);
		expect(result.features.every((f) => f.blockedBy.join() === 'graph-unavailable')).toBe(true);
	});

	test('a batch answered 200 with a body that cannot be read proves nothing: graph-unavailable', () => {
		const unreadable = { ...batchExchange([{ id: 'me', status: 200 }, { id: 'chats', status: 200 }]), body: '{"responses": [ {"id": ' };
		const result = report(trace({ graph: [unreadable] }));
		expect(ids(result)).toEqual(['graph-unavailable']);
		expect(result.ready).toBe(false);
	});

	test('a part asked for in a batch but missing from its answer counts as unanswered', () => {
		const answered = batchExchange([{ id: 'me', status: 200, body: graphBodies.me }]);
		const result = report(trace({ graph: [{ ...answered, requestBody: batchRequest(['me', 'chats']) }] }));
		expect(ids(result)).toEqual(['graph-unavailable']);
		expect(blocked(result)['meet-now']).toBe('graph-unavailable');
	});

	describe.each([
		['429', { status: 429, body: graphErrors.tooManyRequests, headers: { 'retry-after': '2' } }],
		['503', { status: 503, body: graphErrors.serviceUnavailable }],
		['no answer', { status: 0, body: undefined }],
	])('a whole batch answered %s', (_, failure) => {
		// healthyGraph() answers the registry's probes in the registry's order.
		const probeIds = [...registry.baseProbes, ...registry.features.flatMap((feature) => feature.probes)].map((probe) => probe.id);
		const ok = batchExchange(healthyGraph().map((exchange, index) => ({ id: probeIds[index]!, status: 200, body: exchange.body })));
		const failed = { ...ok, ...failure };

		test('then retried with success is ready', () => {
			expect(report(trace({ graph: [failed, ok] })).ready).toBe(true);
		});

		test('to the end blocks every feature', () => {
			const result = report(trace({ graph: [failed] }));
			expect(result.ready).toBe(false);
			expect(result.features.every((feature) => !feature.ready)).toBe(true);
		});
	});

	test('a batch part throttled to the end is graph-throttled', () => {
		const result = report(trace({ graph: [batchExchange([{ id: 'me', status: 200, body: graphBodies.me }, { id: 'chats', status: 429, headers: { 'retry-after': '5' } }])] }));
		expect(ids(result)).toEqual(['graph-throttled']);
		expect(result.findings[0]!.severity).toBe('warning');
		expect(blocked(result)['meet-now']).toBe('graph-throttled');
	});
});

describe('several findings at once', () => {
	test('are ordered so the first is the one to act on first', () => {
		const graph = graphWith({ chats: [throttled('chats'), throttled('chats')], 'events': probe('events', 503, graphErrors.serviceUnavailable) }, licenceBodies.exchangeOnly);
		const result = report(trace({ signIn: signedIn(idTokenClaims.work, tokenScopes({ except: ['OnlineMeetingRecording.Read.All', 'Chat.Read'] })), graph }));
		expect(ids(result)).toEqual(['admin-approval-required', 'reconnect-required', 'teams-licence-missing', 'graph-unavailable', 'graph-throttled']);
		expect(result.missingScopes).toEqual(['OnlineMeetingRecording.Read.All', 'Chat.Read']);
		expect(blocked(result)).toEqual({
			'scheduled-meetings': 'teams-licence-missing+graph-unavailable',
			'recording-file-notes': 'admin-approval-required+reconnect-required+teams-licence-missing',
			'transcript-file-notes': 'teams-licence-missing',
			'meet-now': 'reconnect-required+teams-licence-missing+graph-throttled',
			attendance: 'teams-licence-missing',
		});
	});

	test('a personal account finding names the identity provider, never the username', () => {
		const result = report(trace({ signIn: signedIn(idTokenClaims.personalGuest, ['User.Read']), graph: healthyGraph(licenceBodies.none) }));
		expect(result.findings[0]!.details).not.toContain(String(idTokenClaims.personalGuest.preferred_username));
	});

	test('a personal account hides the permission and licence findings it explains', () => {
		const result = report(trace({ signIn: signedIn(idTokenClaims.personalGuest, ['User.Read']), graph: healthyGraph(licenceBodies.none) }));
		expect(ids(result)).toEqual(['personal-account']);
	});
});

describe('the admin consent link', () => {
	test('is built for the tenant in the id token, returning to the help centre', () => {
		const url = new URL(report(trace()).adminConsentUrl!);
		expect(url.origin + url.pathname).toBe(`https://login.microsoftonline.com/${WORK_TENANT_ID}/v2.0/adminconsent`);
		expect(url.searchParams.get('redirect_uri')).toBe('https://help.claras.ai/teams/admin-consent/result/');
		expect(url.searchParams.get('scope')!.split(' ')).toHaveLength(permissions.length);
	});

	test('reads the tenant from iss when tid is missing, and honours the caller options', () => {
		const { tid: _, ...claims } = idTokenClaims.work;
		const result = report(trace({ signIn: signedIn(claims) }), { consentRedirectUri: 'http://localhost:4321/teams/admin-consent/result/', authorityOrigin: 'http://localhost:4321/sandbox' });
		expect(result.tenantId).toBe(WORK_TENANT_ID);
		expect(result.adminConsentUrl).toMatch(new RegExp(`^http://localhost:4321/sandbox/${WORK_TENANT_ID}/v2\\.0/adminconsent\\?`));
		expect(new URL(result.adminConsentUrl!).searchParams.get('redirect_uri')).toBe('http://localhost:4321/teams/admin-consent/result/');
	});

	test('is for the app the checker signed in as, when it says which', () => {
		const own = '0d2d5f0e-1b7a-4c38-9f2e-5a6b7c8d9e0f';
		expect(new URL(report(trace(), { applicationId: own }).adminConsentUrl!).searchParams.get('client_id')).toBe(own);
	});

	test('is left out for personal accounts and when the tenant is unknown', () => {
		expect(report(scenarioTraces.personal).adminConsentUrl).toBeUndefined();
		expect(report(scenarioTraces['needs-admin']).adminConsentUrl).toBeUndefined();
	});
});
