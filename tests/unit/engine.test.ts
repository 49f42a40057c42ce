// The engine on sign-in errors, as MSAL v5 surfaces them from Entra's redirects and token answers
// and from the browser: each maps to one finding by number or code (AADSTS50020 also reads which
// identity provider Entra names, since a refused sign-in carries no claims).
import { describe, expect, test } from 'vitest';
import {
	aadsts,
	idTokenClaims,
	personal50020Text,
	msalBrowserErrors,
	msalServerError,
	signInFailed,
	trace,
	type AadstsNumber,
} from '../../fixtures/index.ts';
import { aadstsCodes, type CodeEntry } from '../../src/registry/error-codes.ts';
import { testRegistry } from './engine-registry-fixture.ts';
import {
	diagnose,
	explainAuthError,
	findingCatalogue,
	parseTrace,
	type AuthErrorInfo,
	type FindingId,
	type Report,
} from '../../src/engine/index.ts';

function report(input: unknown): Report {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, { registry: testRegistry });
}

const failedWith = (error: AuthErrorInfo, claims?: Parameters<typeof signInFailed>[1]) =>
	report(trace({ signIn: signInFailed(error, claims), graph: [] }));

/**
 * Every number the fixtures hold Entra's wording for, with the finding src/registry/error-codes.ts
 * maps it to: the map is read, never copied, so a test cannot pass against a stale copy of it.
 */
const byNumber = Object.keys(aadsts).map((key): [AadstsNumber, FindingId] => {
	const entry = aadstsCodes[key as keyof typeof aadstsCodes] as CodeEntry | undefined;
	if (!entry)
		throw new Error(
			`fixtures/identity.ts has Entra's text for AADSTS${key}, which src/registry/error-codes.ts does not map: add it to aadstsCodes.`,
		);
	return [Number(key) as AadstsNumber, entry.finding];
});

describe.each(byNumber)('AADSTS%s', (number, expected) => {
	test.each([
		['an authorize redirect', msalServerError.fromRedirect(number)],
		['a token endpoint answer', msalServerError.fromToken(number)],
		['a message that alone carries the number', msalServerError.numberOnlyInMessage(number)],
	])(`from %s gives ${expected}`, (_, error) => {
		const result = failedWith(error);
		expect(result.findings.map((f) => f.id)).toEqual([expected]);
		expect(result.findings[0]!.details).toContain(`AADSTS${number}`);
		expect(result.findings[0]!.fix).toBe(findingCatalogue[expected].fix);
		expect(result.ready).toBe(false);
		expect(result.features.every((f) => !f.ready && f.blockedBy.join() === expected)).toBe(true);
		expect(result.grantedScopes).toEqual([]);
		expect(result.missingScopes).toEqual([]);
	});
});

describe.each<[string, AuthErrorInfo, FindingId]>([
	[
		'the Need admin approval page was left without consent (access_denied / cancel)',
		msalServerError.cancelled,
		'sign-in-cancelled',
	],
	[
		'the sign-in window was closed (user_cancelled)',
		msalBrowserErrors.userCancelled,
		'sign-in-cancelled',
	],
	[
		'a pop-up blocker stopped the window (popup_window_error)',
		msalBrowserErrors.popupWindowError,
		'popup-blocked',
	],
	[
		'the window opened empty (empty_window_error)',
		msalBrowserErrors.emptyWindowError,
		'popup-blocked',
	],
	[
		'the window never reported back (timed_out)',
		msalBrowserErrors.monitorWindowTimeout,
		'sign-in-unfinished',
	],
	['the redirect bridge timed out', msalBrowserErrors.redirectBridgeTimeout, 'sign-in-unfinished'],
	[
		'the network dropped (no_network_connectivity)',
		msalBrowserErrors.noNetworkConnectivity,
		'sign-in-failed',
	],
	[
		'another sign-in was open (interaction_in_progress)',
		msalBrowserErrors.interactionInProgress,
		'sign-in-unfinished',
	],
	[
		'a silent call needs consent (invalid_grant / consent_required)',
		{ errorCode: 'invalid_grant', subError: 'consent_required' },
		'consent-needed',
	],
	[
		'the authorize endpoint said consent_required',
		{ errorCode: 'consent_required' },
		'consent-needed',
	],
	[
		'the window was left with no number (access_denied: "Return to the application", the subcode lost)',
		{ errorCode: 'access_denied' },
		'sign-in-cancelled',
	],
	[
		'access_denied came with a number nobody maps',
		{ errorCode: 'access_denied', errorNo: '99999' },
		'sign-in-failed',
	],
	[
		'an error code nobody knows',
		{ errorCode: 'server_error', message: 'server_error: something broke' },
		'sign-in-failed',
	],
	[
		'errorNo arrives as a number',
		{ errorCode: 'access_denied', errorNo: 53003 } as unknown as AuthErrorInfo,
		'conditional-access-blocked',
	],
])('when %s', (_, error, expected) => {
	test(`the finding is ${expected}`, () => {
		expect(failedWith(error).findings.map((f) => f.id)).toEqual([expected]);
	});
});

describe('the number decides, not the words', () => {
	test('errorNo wins over a different number in the message', () => {
		const error = { ...msalServerError.fromRedirect(53003), errorNo: '90094' };
		expect(failedWith(error).findings.map((f) => f.id)).toEqual(['admin-approval-required']);
	});

	test('message wording that sounds like consent does not change an unknown error', () => {
		expect(
			failedWith({
				errorCode: 'server_error',
				message: 'server_error: The user declined to consent',
			}).findings[0]!.id,
		).toBe('sign-in-failed');
	});

	test('90095 tells the user they can send a request', () => {
		expect(failedWith(msalServerError.fromRedirect(90095)).findings[0]!.details).toMatch(
			/Request approval/,
		);
	});

	test('50020 naming the live.com identity provider is personal-account', () => {
		expect(
			failedWith({
				errorCode: 'invalid_request',
				errorNo: '50020',
				message: personal50020Text,
			}).findings.map((f) => f.id),
		).toEqual(['personal-account']);
	});

	test('50020 for an account known to be personal is personal-account', () => {
		expect(
			failedWith(msalServerError.fromRedirect(50020), idTokenClaims.personal).findings.map(
				(f) => f.id,
			),
		).toEqual(['personal-account']);
	});

	test('every AADSTS fixture is one the engine maps', () => {
		for (const number of Object.keys(aadsts)) {
			expect(
				failedWith(msalServerError.fromToken(Number(number) as AadstsNumber)).findings[0]!.id,
			).not.toBe('sign-in-failed');
		}
	});
});

describe('explainAuthError, for the consent result page', () => {
	test.each<[string, Parameters<typeof explainAuthError>[0], FindingId]>([
		[
			'an admin declined consent (AADSTS65004)',
			{
				error: 'access_denied',
				error_description: 'AADSTS65004: User declined to consent to access the app.',
			},
			'consent-declined',
		],
		[
			'error_codes given as a query string',
			{ error: 'access_denied', error_codes: '[65004]' },
			'consent-declined',
		],
		[
			'error_codes given as numbers',
			{ error: 'invalid_request', error_codes: [90094] },
			'admin-approval-required',
		],
		[
			'the admin went back without granting',
			{ error: 'access_denied', error_subcode: 'cancel' },
			'sign-in-cancelled',
		],
		[
			'the app is unknown in the tenant',
			{ error: 'unauthorized_client', error_description: 'AADSTS700016: Application not found.' },
			'app-not-in-tenant',
		],
		['an unknown error', { error: 'temporarily_unavailable' }, 'sign-in-failed'],
	])('%s', (_, params, expected) => {
		const finding = explainAuthError(params);
		expect(finding.id).toBe(expected);
		expect(finding.fix).toBe(findingCatalogue[expected].fix);
	});

	test('names the number and code in its details', () => {
		expect(
			explainAuthError({
				error: 'access_denied',
				error_description: 'AADSTS65004: User declined to consent to access the app.',
			}).details,
		).toMatchInlineSnapshot(`"AADSTS65004, access_denied."`);
	});
});

describe('parseTrace names the field', () => {
	test.each<[string, unknown, string]>([
		[
			'a number',
			5,
			'(root) | Invalid trace: (root): must be a JSON object with version, capturedAt, signIn and graph (found 5)',
		],
		[
			'the wrong version',
			{ ...trace(), version: 2 },
			'version | Invalid trace: version: must be 1 (this engine reads trace version 1) (found 2)',
		],
		[
			'a bad date',
			{ ...trace(), capturedAt: 'yesterday' },
			'capturedAt | Invalid trace: capturedAt: Invalid ISO datetime (found "yesterday")',
		],
		[
			'an unknown outcome',
			{ ...trace(), signIn: { outcome: 'maybe' } },
			'signIn.outcome | Invalid trace: signIn.outcome: must have "outcome": "success" (with idTokenClaims and scopes) or "error" (with error) (found "maybe")',
		],
		[
			'a scope that is not a string',
			{ ...trace(), signIn: { outcome: 'success', idTokenClaims: {}, scopes: ['User.Read', 3] } },
			'signIn.scopes[1] | Invalid trace: signIn.scopes[1]: Invalid input: expected string, received number (found 3)',
		],
		[
			'an error without a code',
			{ ...trace(), signIn: { outcome: 'error', error: { errorCode: '' } } },
			'signIn.error.errorCode | Invalid trace: signIn.error.errorCode: must name the error code, e.g. "access_denied" (found "")',
		],
		[
			'a status out of range',
			{ ...trace(), graph: [{ method: 'GET', url: '/me', status: 700 }] },
			'graph[0].status | Invalid trace: graph[0].status: Too big: expected number to be <=599 (found 700)',
		],
	])('for %s', (_, input, expected) => {
		const parsed = parseTrace(input);
		expect(parsed.ok ? 'valid' : `${parsed.field} | ${parsed.error}`).toBe(expected);
	});
});
