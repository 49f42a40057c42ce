// The cancel-retry rules as a table: a sign-in that ended with no reason, then the silent retry's
// answer, and which of the two the trace keeps (and so which finding the adviser reads).
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { describe, expect, test } from 'vitest';
import { signInFailed, trace } from '../../fixtures/index.ts';
import {
	adminFromClaims,
	explainCancel,
	isBareCancel,
	type SilentAnswer,
} from '../../src/checker/cancel-explanation.ts';
import { signInError } from '../../src/checker/sign-in-error.ts';
import { diagnose, parseTrace, type FindingId } from '../../src/engine/index.ts';

const DEFAULT = ['https://graph.microsoft.com/.default'];
const USER_SCOPES = [
	'https://graph.microsoft.com/Calendars.Read',
	'https://graph.microsoft.com/Chat.Read',
];
const returned = {
	errorCode: 'access_denied',
	message: 'access_denied: See https://aka.ms/msal.js.errors#access_denied for details',
};
const server = (errorCode: string, errorNo: string, subError?: string) => ({
	errorCode,
	errorNo,
	...(subError ? { subError } : {}),
	message: `${errorCode}: AADSTS${errorNo}: …`,
});

describe('what counts as a cancel with no reason', () => {
	test.each<[string, unknown, boolean]>([
		['"Return to the application" (access_denied, no number)', returned, true],
		['MSAL user_cancelled', { errorCode: 'user_cancelled' }, true],
		['a declined consent screen (AADSTS65004)', server('access_denied', '65004'), false],
		['Conditional Access (AADSTS53003)', server('access_denied', '53003'), false],
		[
			'a number only in the message',
			{
				errorCode: 'access_denied',
				errorMessage: 'AADSTS90094: The grant requires admin permission.',
			},
			false,
		],
		['a timeout', { errorCode: 'timed_out', subError: 'redirect_bridge_timeout' }, false],
	])('%s: %s', (_, error, expected) => expect(isBareCancel(error)).toBe(expected));
});

/** [silent answer, requested scopes, user is admin, kept answer, the finding the adviser reads]. */
const rules: [
	string,
	SilentAnswer,
	readonly string[],
	boolean | undefined,
	'success' | 'silent' | 'cancel',
	FindingId | 'ready',
][] = [
	['signed in after all', { ok: true }, DEFAULT, undefined, 'success', 'ready'],
	[
		'90094 admin approval',
		{ ok: false, error: server('consent_required', '90094') },
		DEFAULT,
		undefined,
		'silent',
		'admin-approval-required',
	],
	[
		'90095 admin approval (workflow)',
		{ ok: false, error: server('consent_required', '90095') },
		DEFAULT,
		undefined,
		'silent',
		'admin-approval-required',
	],
	[
		'65001 for .default, user not known to be an admin',
		{ ok: false, error: server('consent_required', '65001') },
		DEFAULT,
		undefined,
		'silent',
		'admin-approval-required',
	],
	[
		'65001 for .default, a user who is no admin',
		{ ok: false, error: server('consent_required', '65001') },
		DEFAULT,
		false,
		'silent',
		'admin-approval-required',
	],
	[
		'65001 for .default, an admin',
		{ ok: false, error: server('consent_required', '65001') },
		DEFAULT,
		true,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'65001 for permissions users may grant',
		{ ok: false, error: server('consent_required', '65001') },
		USER_SCOPES,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'53003 Conditional Access',
		{ ok: false, error: server('access_denied', '53003') },
		DEFAULT,
		undefined,
		'silent',
		'conditional-access-blocked',
	],
	[
		'530035 security defaults',
		{ ok: false, error: server('access_denied', '530035') },
		DEFAULT,
		undefined,
		'silent',
		'conditional-access-blocked',
	],
	[
		'50105 not assigned',
		{ ok: false, error: server('invalid_request', '50105') },
		DEFAULT,
		undefined,
		'silent',
		'user-not-assigned',
	],
	[
		'50076 MFA',
		{ ok: false, error: server('interaction_required', '50076') },
		DEFAULT,
		undefined,
		'silent',
		'mfa-required',
	],
	[
		'16000 several accounts, no hint',
		{ ok: false, error: server('interaction_required', '16000') },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'50058 no session (third-party cookies blocked)',
		{ ok: false, error: server('login_required', '50058') },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'login_required with no number',
		{ ok: false, error: { errorCode: 'login_required' } },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'the hidden frame timed out',
		{ ok: false, error: { errorCode: 'timed_out', subError: 'monitor_window_timeout' } },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'an unknown number',
		{ ok: false, error: server('invalid_request', '99999') },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
	[
		'something that is not an error',
		{ ok: false, error: 'boom' },
		DEFAULT,
		undefined,
		'cancel',
		'sign-in-cancelled',
	],
];

describe.each(rules)(
	'cancel, then the silent retry says %s',
	(_, silent, requestedScopes, userIsAdmin, kept, finding) => {
		test(`keeps the ${kept} answer: ${finding}`, () => {
			expect(
				explainCancel(silent, {
					requestedScopes,
					userIsAdmin,
					permissions: engineRegistry.permissions,
				}),
			).toBe(kept);
			if (kept === 'success') return;
			const facts = { requestedScopes, userIsAdmin, permissions: engineRegistry.permissions };
			const recorded = signInError(
				kept === 'silent' && !silent.ok ? silent.error : returned,
				facts,
			);
			const parsed = parseTrace(
				trace({ signIn: recorded as ReturnType<typeof signInFailed>, graph: [] }),
			);
			if (!parsed.ok) throw new Error(parsed.error);
			expect(
				diagnose(parsed.trace, { registry: engineRegistry }).findings.map((f) => f.id),
			).toEqual([finding]);
		});
	},
);

describe('who may consent, from the id token', () => {
	test.each<[string, Record<string, unknown> | undefined, boolean | undefined]>([
		['no claims', undefined, undefined],
		['no wids claim', { tid: 't' }, undefined],
		['Global Administrator', { wids: ['62e90394-69f5-4237-9190-012177145e10'] }, true],
		['Cloud Application Administrator', { wids: ['158C047A-C907-4556-B7EF-446551A6B5F7'] }, true],
		['only the default member role', { wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'] }, false],
	])('%s → %s', (_, claims, expected) => expect(adminFromClaims(claims)).toBe(expected));
});
