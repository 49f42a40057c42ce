// Sign-in codes as Microsoft words them (https://learn.microsoft.com/entra/identity-platform/reference-error-codes;
// MSAL 5.30's error codes in node_modules/@azure/msal-browser), each to the finding
// src/registry/error-codes.ts maps it to; unknown codes still name themselves and where Microsoft
// explains them; 65001 for admin-only permissions.
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { describe, expect, test } from 'vitest';
import { aadsts, signInFailed, trace } from '../../fixtures/index.ts';
import {
	diagnose,
	parseTrace,
	type AuthErrorInfo,
	type FindingId,
} from '../../src/engine/index.ts';
import {
	aadstsCodes,
	authErrorCodes,
	subErrorCodes,
	type CodeEntry,
} from '../../src/registry/error-codes.ts';

function findings(error: AuthErrorInfo, extra: Record<string, unknown> = {}) {
	const parsed = parseTrace(
		trace({ signIn: { ...signInFailed(error), ...extra } as never, graph: [] }),
	);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, { registry: engineRegistry }).findings;
}

/**
 * [number, OAuth error Entra sends with it, Microsoft's text]: the wording is the test's input; the
 * finding each must give is read from src/registry/error-codes.ts, never copied here.
 */
const documentedText: [keyof typeof aadstsCodes, string, string][] = [
	[
		'500200',
		'invalid_request',
		"User account 'pat@outlook.com' is a personal Microsoft account. Personal Microsoft accounts are not supported for this application unless explicitly invited to an organization. Try signing out and signing back in with an organizational account.",
	],
	[
		'53000',
		'access_denied',
		"DeviceNotCompliant - Conditional Access policy requires a compliant device, and the device isn't compliant.",
	],
	[
		'53001',
		'access_denied',
		"DeviceNotDomainJoined - Conditional Access policy requires a domain joined device, and the device isn't domain joined.",
	],
	[
		'53002',
		'access_denied',
		"ApplicationUsedIsNotAnApprovedApp - The app used isn't an approved app for Conditional Access.",
	],
	[
		'53004',
		'access_denied',
		'ProofUpBlockedDueToRisk - User needs to complete the multifactor authentication registration process before accessing this content.',
	],
	[
		'53010',
		'access_denied',
		'ProofUpBlockedDueToSecurityInfoAcr - Cannot configure multifactor authentication methods because the organization requires this information to be set from specific locations or devices.',
	],
	['53011', 'access_denied', 'User blocked due to risk on home tenant.'],
	[
		'530032',
		'access_denied',
		'The tenant admin has configured a security policy that blocks this request.',
	],
	[
		'530035',
		'access_denied',
		'Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
	],
	[
		'50079',
		'interaction_required',
		'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access this resource.',
	],
	['50057', 'invalid_grant', 'The user account is disabled.'],
	[
		'50053',
		'invalid_grant',
		"You've tried to sign in too many times with an incorrect user ID or password.",
	],
	['50055', 'invalid_grant', 'The password is expired.'],
	[
		'7000218',
		'invalid_client',
		"The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
	],
	['500113', 'invalid_request', 'No reply address is registered for the application.'],
	[
		'650056',
		'invalid_client',
		"Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Microsoft Graph' in the requested permissions in the client's application registration.",
	],
	[
		'65005',
		'invalid_client',
		"The app required resource access list doesn't contain apps discoverable by the resource.",
	],
	[
		'16000',
		'interaction_required',
		'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
	],
	['50058', 'login_required', 'A silent sign-in request was sent but no user is signed in.'],
];
const documented = documentedText.map(
	([number, error, text]): [string, string, string, FindingId] => [
		number,
		error,
		text,
		(aadstsCodes[number] as CodeEntry).finding,
	],
);

test('every AADSTS number in the map has Entra wording here or in fixtures/identity.ts', () => {
	const worded = new Set([...documentedText.map(([number]) => number), ...Object.keys(aadsts)]);
	expect(Object.keys(aadstsCodes).filter((number) => !worded.has(number))).toEqual([]);
});

describe.each(documented)('AADSTS%s (%s)', (number, error, text, expected) => {
	test.each([
		[
			'with errorNo',
			{ errorCode: error, errorNo: number, message: `${error}: AADSTS${number}: ${text}` },
		],
		[
			'with the number only in the message',
			{ errorCode: error, message: `${error}: AADSTS${number}: ${text}` },
		],
	])(`${expected}, %s, in plain words`, (_, authError) => {
		const [finding, ...rest] = findings(authError);
		expect(rest).toEqual([]);
		expect(finding!.id).toBe(expected);
		expect(finding!.details).toContain(`AADSTS${number}`);
		expect(finding!.details).toContain(
			(aadstsCodes[number as keyof typeof aadstsCodes] as CodeEntry).meaning,
		);
	});
});

/**
 * MSAL browser/common codes as msal-browser 5.30 spells them: [errorCode, subError]. The finding is
 * the sub-error's in src/registry/error-codes.ts when it has one, else the code's.
 */
const msalCodes: [keyof typeof authErrorCodes, keyof typeof subErrorCodes | undefined][] = [
	['timed_out', 'redirect_bridge_timeout'],
	['timed_out', 'monitor_window_timeout'],
	['timed_out', undefined],
	['interaction_in_progress', undefined],
	['state_mismatch', undefined],
	['redirect_bridge_empty_response', undefined],
	['hash_empty_error', undefined],
	['no_state_in_hash', undefined],
	['user_cancelled', undefined],
	['interaction_in_progress_cancelled', undefined],
	['login_required', undefined],
	['interaction_required', undefined],
];

const expectedFor = (
	errorCode: keyof typeof authErrorCodes,
	subError: keyof typeof subErrorCodes | undefined,
): FindingId => ((subError && subErrorCodes[subError]) || authErrorCodes[errorCode]).finding;

test.each(msalCodes)('MSAL %s / %s gives the finding the map names', (errorCode, subError) => {
	const expected = expectedFor(errorCode, subError);
	const error: AuthErrorInfo = {
		errorCode,
		...(subError ? { subError } : {}),
		message: `${errorCode}: See https://aka.ms/msal.js.errors#${errorCode} for details`,
	};
	expect(findings(error).map((f) => f.id)).toEqual([expected]);
});

test('every MSAL code named in the map is one MSAL 5.30 really throws (exact spelling)', async () => {
	const { readFileSync } = await import('node:fs');
	const sources = [
		'node_modules/@azure/msal-browser/dist/error/BrowserAuthErrorCodes.mjs',
		'node_modules/@azure/msal-common/dist/error/ClientAuthErrorCodes.mjs',
		'node_modules/@azure/msal-common/dist/error/InteractionRequiredAuthErrorCodes.mjs',
	]
		.map((path) => readFileSync(path, 'utf8'))
		.join('\n');
	const oauth = ['consent_required', 'access_denied', 'login_required', 'interaction_required'];
	for (const code of Object.keys(authErrorCodes).filter((code) => !oauth.includes(code)))
		expect(sources).toContain(`"${code}"`);
});

describe('a code nobody maps', () => {
	test("names its number and links Microsoft's own explanation", () => {
		const [finding] = findings({
			errorCode: 'invalid_request',
			errorNo: '50199',
			message:
				'invalid_request: AADSTS50199: CmsiInterrupt - For security reasons, user confirmation is required for this request.',
		});
		expect(finding!.id).toBe('sign-in-failed');
		expect(finding!.details).toMatchInlineSnapshot(
			`"AADSTS50199, invalid_request. Claras does not know this code; Microsoft explains it at https://login.microsoftonline.com/error?code=50199."`,
		);
	});
	test('names an MSAL code it does not know', () => {
		const [finding] = findings({ errorCode: 'some_new_msal_error' });
		expect(finding!.details).toContain('Claras does not know the code some_new_msal_error');
	});
});

describe('AADSTS65001 (consent_required) and who may consent', () => {
	const consentRequired = {
		errorCode: 'consent_required',
		errorNo: '65001',
		message:
			"consent_required: AADSTS65001: The user or administrator has not consented to use the application with ID 'c85e582e-b6dc-496b-b119-c6b2ba80556e' named 'Claras'.",
	};
	test.each<[string, Record<string, unknown>, FindingId]>([
		[
			'for .default (admin-only permissions configured), user not known to be an admin',
			{ requestedScopes: ['https://graph.microsoft.com/.default'] },
			'admin-approval-required',
		],
		[
			'for an admin-only permission by name, from a user who is no admin',
			{ requestedScopes: ['OnlineMeetingTranscript.Read.All'], userIsAdmin: false },
			'admin-approval-required',
		],
		[
			'for .default from an admin',
			{ requestedScopes: ['https://graph.microsoft.com/.default'], userIsAdmin: true },
			'consent-needed',
		],
		[
			'for permissions a user may grant',
			{ requestedScopes: ['https://graph.microsoft.com/Calendars.Read', 'offline_access'] },
			'consent-needed',
		],
		['when the request is not recorded', {}, 'consent-needed'],
	])('%s → %s', (_, extra, expected) => {
		expect(findings(consentRequired, extra).map((f) => f.id)).toEqual([expected]);
	});
});
