// Every sign-in code added for issue 10, from Microsoft's documented error strings (entra-docs
// reference-error-codes.md; MSAL 5.30's error codes), each to its finding; unknown codes still
// name themselves and where Microsoft explains them; 65001 for admin-only permissions.
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { describe, expect, test } from 'vitest';
import { signInFailed, trace } from '../../fixtures/index.ts';
import {
	diagnose,
	parseTrace,
	type AuthErrorInfo,
	type FindingId,
} from '../../src/engine/index.ts';
import { aadstsCodes, authErrorCodes } from '../../src/registry/error-codes.ts';

function findings(error: AuthErrorInfo, extra: Record<string, unknown> = {}) {
	const parsed = parseTrace(
		trace({ signIn: { ...signInFailed(error), ...extra } as never, graph: [] }),
	);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, { registry: engineRegistry }).findings;
}

/** [number, OAuth error Entra sends with it, Microsoft's text, finding]. */
const documented: [string, string, string, FindingId][] = [
	[
		'500200',
		'invalid_request',
		"User account 'pat@outlook.com' is a personal Microsoft account. Personal Microsoft accounts are not supported for this application unless explicitly invited to an organization. Try signing out and signing back in with an organizational account.",
		'personal-account',
	],
	[
		'53000',
		'access_denied',
		"DeviceNotCompliant - Conditional Access policy requires a compliant device, and the device isn't compliant.",
		'conditional-access-blocked',
	],
	[
		'53001',
		'access_denied',
		"DeviceNotDomainJoined - Conditional Access policy requires a domain joined device, and the device isn't domain joined.",
		'conditional-access-blocked',
	],
	[
		'53002',
		'access_denied',
		"ApplicationUsedIsNotAnApprovedApp - The app used isn't an approved app for Conditional Access.",
		'conditional-access-blocked',
	],
	[
		'53004',
		'access_denied',
		'ProofUpBlockedDueToRisk - User needs to complete the multifactor authentication registration process before accessing this content.',
		'conditional-access-blocked',
	],
	[
		'53010',
		'access_denied',
		'ProofUpBlockedDueToSecurityInfoAcr - Cannot configure multifactor authentication methods because the organization requires this information to be set from specific locations or devices.',
		'conditional-access-blocked',
	],
	[
		'53011',
		'access_denied',
		'User blocked due to risk on home tenant.',
		'conditional-access-blocked',
	],
	[
		'530032',
		'access_denied',
		'The tenant admin has configured a security policy that blocks this request.',
		'conditional-access-blocked',
	],
	[
		'530035',
		'access_denied',
		'Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
		'conditional-access-blocked',
	],
	[
		'50079',
		'interaction_required',
		'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access this resource.',
		'mfa-required',
	],
	['50057', 'invalid_grant', 'The user account is disabled.', 'conditional-access-blocked'],
	[
		'50053',
		'invalid_grant',
		"You've tried to sign in too many times with an incorrect user ID or password.",
		'conditional-access-blocked',
	],
	['50055', 'invalid_grant', 'The password is expired.', 'conditional-access-blocked'],
	[
		'7000218',
		'invalid_client',
		"The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
		'app-registration-problem',
	],
	[
		'500113',
		'invalid_request',
		'No reply address is registered for the application.',
		'app-registration-problem',
	],
	[
		'650056',
		'invalid_client',
		"Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Microsoft Graph' in the requested permissions in the client's application registration.",
		'app-registration-problem',
	],
	[
		'65005',
		'invalid_client',
		"The app required resource access list doesn't contain apps discoverable by the resource.",
		'app-registration-problem',
	],
	[
		'16000',
		'interaction_required',
		'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
		'sign-in-cancelled',
	],
	[
		'50058',
		'login_required',
		'A silent sign-in request was sent but no user is signed in.',
		'sign-in-cancelled',
	],
];

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
		expect(finding!.details).toContain(aadstsCodes[number as keyof typeof aadstsCodes].meaning);
	});
});

/** MSAL browser/common codes as msal-browser 5.30 spells them: [errorCode, subError, finding]. */
const msalCodes: [string, string | undefined, FindingId][] = [
	['timed_out', 'redirect_bridge_timeout', 'sign-in-unfinished'],
	['timed_out', 'monitor_window_timeout', 'sign-in-unfinished'],
	['timed_out', undefined, 'sign-in-unfinished'],
	['interaction_in_progress', undefined, 'sign-in-unfinished'],
	['state_mismatch', undefined, 'sign-in-unfinished'],
	['redirect_bridge_empty_response', undefined, 'sign-in-unfinished'],
	['hash_empty_error', undefined, 'sign-in-unfinished'],
	['no_state_in_hash', undefined, 'sign-in-unfinished'],
	['user_cancelled', undefined, 'sign-in-cancelled'],
	['interaction_in_progress_cancelled', undefined, 'sign-in-cancelled'],
	['login_required', undefined, 'sign-in-cancelled'],
	['interaction_required', undefined, 'sign-in-cancelled'],
];

test.each(msalCodes)('MSAL %s / %s gives %s', (errorCode, subError, expected) => {
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
