// The engine after a successful sign-in, on the small fixed registry: scopes, account type,
// licences of real bundles (and licences yielding to evidence), the mailbox 404s, Graph's health,
// batches, the order of findings and the consent link.
import { describe, expect, test } from 'vitest';
import {
	assignedPlans,
	graphErrors,
	idTokenClaims,
	licence,
	licenceBodies,
	licenseDetailsBody,
	meetingIds,
	WORK_TENANT_ID,
} from '../../fixtures/index.ts';
import { signedInTo, scopesOf } from '../../fixtures/healthy-trace.ts';
import { findingCatalogue, type FindingId } from '../../src/engine/index.ts';
import { testRegistry } from './engine-registry-fixture.ts';
import { feature, ids, report, states, traceWith } from './engine-test-kit.ts';

const ok = (body: unknown) => ({ status: 200, body });
const scoped = (except: string[], answers = {}) =>
	traceWith(answers, { signIn: signedInTo(testRegistry, except) });
const mailbox404 = { status: 404, body: graphErrors.mailboxNotEnabled };

describe('scopes', () => {
	test('compare without case or the Graph prefix', () => {
		const scopes = scopesOf(testRegistry).map((s, i) =>
			i % 2 ? `https://graph.microsoft.com/${s.toUpperCase()}` : s.toLowerCase(),
		);
		const result = report(
			traceWith(
				{},
				{
					signIn: {
						outcome: 'success',
						idTokenClaims: idTokenClaims.work,
						scopes,
						refreshToken: true,
					},
				},
			),
		);
		expect(result.missingScopes).toEqual([]);
		expect(result.grantedScopes).toEqual(testRegistry.permissions.map((p) => p.claim));
		expect(result.ready).toBe(true);
	});

	test('offline_access is missing only when no refresh token was issued', () => {
		const signIn = (refreshToken?: boolean) => ({
			outcome: 'success' as const,
			idTokenClaims: idTokenClaims.work,
			scopes: scopesOf(testRegistry),
			...(refreshToken === undefined ? {} : { refreshToken }),
		});
		expect(report(traceWith({}, { signIn: signIn(false) })).missingScopes).toEqual([
			'offline_access',
		]);
		expect(report(traceWith({}, { signIn: signIn() })).missingScopes).toEqual([]);
	});

	test('admin-only permissions missing also need an admin, and block only their features', () => {
		const result = report(
			scoped(['OnlineMeetingTranscript.Read.All'], {
				transcripts: { status: 403, body: { error: { code: 'Forbidden', message: 'Forbidden' } } },
			}),
		);
		expect(ids(result)).toEqual(['admin-approval-required', 'reconnect-required']);
		expect(result.missingScopes).toEqual(['OnlineMeetingTranscript.Read.All']);
		expect(states(result)).toEqual({
			'scheduled-meetings': 'ready',
			'recording-file-notes': 'ready',
			'transcript-file-notes': 'blocked:admin-approval-required+reconnect-required',
			'meet-now': 'ready',
			attendance: 'ready',
		});
		expect(result.ready).toBe(false);
	});

	test('other granted scopes are kept, unprefixed', () => {
		const result = report(
			traceWith(
				{},
				{
					signIn: {
						outcome: 'success',
						idTokenClaims: idTokenClaims.work,
						scopes: [...scopesOf(testRegistry), 'https://graph.microsoft.com/Mail.Read', 'openid'],
						refreshToken: true,
					},
				},
			),
		);
		expect(result.grantedScopes.slice(-2)).toEqual(['Mail.Read', 'openid']);
	});
});

describe.each<[string, unknown, FindingId[]]>([
	['Microsoft 365 Business Basic', licenceBodies.businessBasic, []],
	['Microsoft 365 Business Premium', licenceBodies.businessPremium, []],
	['Office 365 E3', licenceBodies.office365E3, []],
	[
		'Teams Essentials (TeamsEss) beside Exchange Online (Plan 1)',
		licenceBodies.teamsEssentials,
		[],
	],
	[
		'Teams EEA plus Exchange Online (Plan 1)',
		licenseDetailsBody(licence('teamsEea'), licence('exchangeOnlinePlan1')),
		[],
	],
])('licenceDetails of %s, every probe answering', (_, body, expected) => {
	test(`gives ${expected.join(', ') || 'no licence finding'}`, () => {
		const result = report(traceWith({ 'licence-details': ok(body) }));
		expect(ids(result)).toEqual(expected);
		expect(result.ready).toBe(true);
	});
});

describe('licences are a hint; answers are evidence', () => {
	test('a hybrid mailbox (no Exchange Online plan) whose calendar Graph serves is no licence problem', () => {
		const result = report(traceWith({ 'licence-details': ok(licenceBodies.teamsOnly) }));
		expect(ids(result)).toEqual([]);
		expect(feature(result, 'scheduled-meetings')).toMatchObject({
			state: 'ready',
			evidence: ['me', 'licence-details', 'events', 'calendar-view'],
		});
	});

	test('no Exchange Online plan and the mailbox refused keeps the licence finding, first', () => {
		const result = report(
			traceWith({
				'licence-details': ok(licenceBodies.teamsOnly),
				events: mailbox404,
				'calendar-view': mailbox404,
			}),
		);
		expect(ids(result)).toEqual(['exchange-licence-missing', 'mailbox-unavailable']);
		expect(feature(result, 'scheduled-meetings')).toMatchObject({
			state: 'blocked',
			blockedBy: ['exchange-licence-missing', 'mailbox-unavailable'],
		});
		expect(feature(result, 'scheduled-meetings').evidence).toEqual(
			expect.arrayContaining(['events', 'calendar-view', 'licence-details']),
		);
		expect(feature(result, 'meet-now').state).toBe('ready');
	});

	test.each([
		[
			'Exchange Online disabled in the licence',
			licenceBodies.exchangeDisabled,
			'exchange-licence-disabled',
		],
		['a mailbox still provisioning', licenceBodies.exchangePending, 'exchange-licence-disabled'],
	] as const)('%s, with the mailbox refused, is %s', (_, body, id) => {
		expect(
			ids(
				report(
					traceWith({
						'licence-details': ok(body),
						events: mailbox404,
						'calendar-view': mailbox404,
					}),
				),
			),
		).toEqual([id, 'mailbox-unavailable']);
	});

	test('no Teams plan, and Graph refusing Teams for want of a licence, is teams-licence-missing without a reconnect', () => {
		const noTeams = {
			'licence-details': ok(licenceBodies.exchangeOnly),
			chats: {
				status: 403,
				body: {
					error: {
						code: 'Forbidden',
						message:
							'Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.',
					},
				},
			},
		};
		const result = report(traceWith(noTeams));
		expect(ids(result)).toEqual(['teams-licence-missing']);
		expect(result.findings[0]!.audience).toBe('it-admin');
		expect(Object.values(states(result)).every((s) => s === 'blocked:teams-licence-missing')).toBe(
			true,
		);
	});

	test('a Teams plan switched off, but Teams answering, is no licence problem', () => {
		expect(ids(report(traceWith({ 'licence-details': ok(licenceBodies.teamsDisabled) })))).toEqual(
			[],
		);
	});

	test('a suspended subscription (assignedPlans) with the mailbox refused disables the mailbox', () => {
		const me = ok({
			id: meetingIds.organiserId,
			assignedPlans: assignedPlans('businessStandard', 'Suspended'),
		});
		const result = report(
			traceWith({
				me,
				events: mailbox404,
				'calendar-view': mailbox404,
				chats: {
					status: 403,
					body: {
						error: {
							code: 'Forbidden',
							message: 'Failed to get license information for the user.',
						},
					},
				},
			}),
		);
		expect(ids(result)).toEqual([
			'exchange-licence-disabled',
			'mailbox-unavailable',
			'teams-licence-missing',
		]);
		expect(result.findings[0]!.details).toContain('suspended');
	});

	test('an old Deleted entry beside the current Enabled one still counts as active', () => {
		const me = ok({
			id: meetingIds.organiserId,
			assignedPlans: [
				...assignedPlans('businessStandard', 'Enabled'),
				...assignedPlans('businessStandard', 'Deleted'),
			],
		});
		expect(ids(report(traceWith({ me, events: mailbox404, 'calendar-view': mailbox404 })))).toEqual(
			['mailbox-unavailable'],
		);
	});
});

describe('mailbox answers', () => {
	test.each(['mailboxNotEnabled', 'mailboxNotEnabledLegacy', 'mailboxNotSupported'] as const)(
		'404 %s is mailbox-unavailable, for the mailbox features only',
		(body) => {
			const result = report(
				traceWith({
					events: { status: 404, body: graphErrors[body] },
					'calendar-view': { status: 404, body: graphErrors[body] },
				}),
			);
			expect(ids(result)).toEqual(['mailbox-unavailable']);
			expect(states(result)).toEqual({
				'scheduled-meetings': 'blocked:mailbox-unavailable',
				'recording-file-notes': 'blocked:mailbox-unavailable',
				'transcript-file-notes': 'blocked:mailbox-unavailable',
				'meet-now': 'ready',
				attendance: 'blocked:mailbox-unavailable',
			});
		},
	);

	test('the mailbox code on a request that is no probe still means no mailbox', () => {
		const t = traceWith();
		t.graph!.push({
			method: 'GET',
			url: 'https://graph.microsoft.com/v1.0/me/mailFolders/inbox',
			status: 404,
			body: graphErrors.mailboxNotEnabled,
		});
		expect(ids(report(t))).toEqual(['mailbox-unavailable']);
	});
});

describe('several findings at once', () => {
	test('are ordered so the first is the one to act on first', () => {
		const result = report(
			scoped(['OnlineMeetingRecording.Read.All', 'Chat.Read'], {
				'licence-details': ok(licenceBodies.exchangeOnly),
				chats: [1, 2, 3].map(() => ({
					status: 429,
					body: graphErrors.tooManyRequests,
					headers: { 'retry-after': '1' },
				})),
				events: { status: 503, body: graphErrors.serviceUnavailable },
				'online-meeting': {
					status: 403,
					body: {
						error: {
							code: 'Forbidden',
							message: 'Failed to get license information for the user.',
						},
					},
				},
			}),
		);
		expect(ids(result)).toEqual([
			'admin-approval-required',
			'reconnect-required',
			'teams-licence-missing',
			'graph-unavailable',
			'graph-throttled',
		]);
		expect(result.missingScopes).toEqual(['OnlineMeetingRecording.Read.All', 'Chat.Read']);
		expect(states(result)['meet-now']).toBe(
			'blocked:reconnect-required+teams-licence-missing+graph-throttled',
		);
		expect(states(result)['scheduled-meetings']).toBe(
			'blocked:teams-licence-missing+graph-unavailable',
		);
		for (const finding of result.findings)
			expect(finding.fix).toBe(findingCatalogue[finding.id].fix);
	});

	test('a personal account hides the permission and licence findings it explains, and never names the user', () => {
		const result = report(
			traceWith(
				{ 'licence-details': ok(licenceBodies.none) },
				{
					signIn: {
						outcome: 'success',
						idTokenClaims: idTokenClaims.personalGuest,
						scopes: ['User.Read'],
					},
				},
			),
		);
		expect(ids(result)).toEqual(['personal-account']);
		expect(result.findings[0]!.details).not.toContain(
			String(idTokenClaims.personalGuest.preferred_username),
		);
		expect(result.features.every((f) => f.state === 'blocked')).toBe(true);
	});
});

describe('the admin consent link', () => {
	test('is built for the tenant in the id token, with every permission of the registry', () => {
		const url = new URL(report(traceWith()).adminConsentUrl!);
		expect(url.origin + url.pathname).toBe(
			`https://login.microsoftonline.com/${WORK_TENANT_ID}/v2.0/adminconsent`,
		);
		expect(url.searchParams.get('redirect_uri')).toBe(
			'https://help.claras.ai/teams/admin-consent/result/',
		);
		expect(url.searchParams.get('scope')!.split(' ')).toHaveLength(testRegistry.permissions.length);
	});

	test('reads the tenant from iss when tid is missing, and honours the caller options', () => {
		const { tid: _, ...claims } = idTokenClaims.work;
		const result = report(
			traceWith(
				{},
				{
					signIn: {
						outcome: 'success',
						idTokenClaims: claims,
						scopes: scopesOf(testRegistry),
						refreshToken: true,
					},
				},
			),
			{
				consentRedirectUri: 'http://localhost:4321/teams/admin-consent/result/',
				authorityOrigin: 'http://localhost:4321/sandbox',
				applicationId: '0d2d5f0e-1b7a-4c38-9f2e-5a6b7c8d9e0f',
			},
		);
		expect(result.tenantId).toBe(WORK_TENANT_ID);
		expect(result.adminConsentUrl).toMatch(
			new RegExp(`^http://localhost:4321/sandbox/${WORK_TENANT_ID}/v2\\.0/adminconsent\\?`),
		);
		expect(new URL(result.adminConsentUrl!).searchParams.get('client_id')).toBe(
			'0d2d5f0e-1b7a-4c38-9f2e-5a6b7c8d9e0f',
		);
	});

	test('is left out for personal accounts', () => {
		expect(
			report(
				traceWith(
					{},
					{ signIn: { outcome: 'success', idTokenClaims: idTokenClaims.personal, scopes: [] } },
				),
			).adminConsentUrl,
		).toBeUndefined();
	});
});
