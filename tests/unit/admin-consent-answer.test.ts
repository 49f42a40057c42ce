// The admin consent result page's reading of what the link says: every outcome Microsoft documents,
// forged approvals, and hostile text, as tables.
import { describe, expect, it } from 'vitest';
import {
	QUOTE_LIMIT,
	quoteOf,
	readConsentAnswer,
	readConsentOutcome,
	type ConsentOutcome,
	type StateCheck,
} from '../../src/admin/consent-answer.ts';
import { ConsentResult } from '../../src/admin/consent-result.svelte.ts';
import { ADMIN_CONSENT_STATE_KEY } from '../../src/admin/consent-state.ts';

describe('readConsentAnswer', () => {
	it.each([
		[
			'?admin_consent=True&tenant=t1&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+openid&state=s',
			{
				kind: 'granted',
				tenant: 't1',
				scopes: ['https://graph.microsoft.com/User.Read', 'openid'],
				state: 's',
			},
		],
		[
			'?error=access_denied&error_description=AADSTS65004%3A+declined&state=s',
			{
				kind: 'error',
				error: 'access_denied',
				description: 'AADSTS65004: declined',
				subcode: undefined,
				code: '65004',
				state: 's',
			},
		],
		[
			'?error=access_denied&error_subcode=cancel',
			{
				kind: 'error',
				error: 'access_denied',
				description: undefined,
				subcode: 'cancel',
				code: undefined,
				state: undefined,
			},
		],
		[
			'?error=invalid_request&error_codes=%5B50020%5D&error_description=AADSTS90094%3A+x',
			{
				kind: 'error',
				error: 'invalid_request',
				description: 'AADSTS90094: x',
				subcode: undefined,
				code: '50020',
				state: undefined,
			},
		],
		['', { kind: 'none' }],
		['?admin_consent=False', { kind: 'none' }],
	])('%s', (search, expected) => {
		expect(readConsentAnswer(search)).toEqual(expected);
	});
});

const outcome = (search: string, stateCheck: StateCheck = 'unknown'): ConsentOutcome =>
	readConsentOutcome(readConsentAnswer(search), stateCheck);
const kindOf = (search: string, stateCheck?: StateCheck) => outcome(search, stateCheck).kind;

// Error strings as Microsoft documents them (entra-docs v2-admin-consent.md, reference-error-codes.md).
const declined =
	'admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+The+resource+owner+or+authorization+server+denied+the+request.%0d%0aTrace+ID%3a+0000aaaa-11bb-cccc-dd22-eeeeee333333&state=s';
const notAdmin =
	'error=access_denied&error_description=AADSTS90094%3A+The+grant+requires+admin+permission.&state=s';
const wrongTenant =
	"error=invalid_request&error_description=AADSTS50020%3A+User+account+'a%40b.example'+from+identity+provider+'live.com'+does+not+exist+in+tenant+'Needs+Admin'.&state=s";

describe('the result page reads every outcome', () => {
	it.each<[string, string, StateCheck, ConsentOutcome['kind']]>([
		[
			'approved, with the state this browser issued',
			'?admin_consent=True&tenant=t1&state=s',
			'match',
			'approved',
		],
		[
			'a forged admin_consent=True, no state stored in this browser',
			'?admin_consent=True&tenant=t1',
			'unknown',
			'unconfirmed',
		],
		[
			'a forged admin_consent=True, with another state',
			'?admin_consent=True&tenant=t1&state=forged',
			'mismatch',
			'unconfirmed',
		],
		[
			'Return to the application (access_denied + cancel)',
			'?error=access_denied&error_subcode=cancel&state=s',
			'unknown',
			'cancelled',
		],
		[
			'the older "admin canceled" answer',
			'?error=permission_denied&error_description=The+admin+canceled+the+request',
			'unknown',
			'cancelled',
		],
		['a decline (65004), beside admin_consent=True', `?${declined}`, 'match', 'declined'],
		[
			'a decline read from error_codes',
			'?error=access_denied&error_codes=65004',
			'unknown',
			'declined',
		],
		['not an admin (90094)', `?${notAdmin}`, 'unknown', 'not-admin'],
		[
			'not an admin, workflow on (90095)',
			'?error=consent_required&error_description=AADSTS90095%3A+x',
			'unknown',
			'not-admin',
		],
		[
			'not authorised to grant (90093)',
			'?error=access_denied&error_description=AADSTS90093%3A+x',
			'unknown',
			'not-admin',
		],
		['an account of another organisation (50020)', `?${wrongTenant}`, 'unknown', 'wrong-tenant'],
		[
			'a personal account (500200)',
			'?error=invalid_request&error_description=AADSTS500200%3A+x',
			'unknown',
			'wrong-tenant',
		],
		[
			'an unknown code',
			'?error=server_error&error_description=AADSTS7000112%3A+Application+is+disabled.',
			'unknown',
			'unknown',
		],
		['an unknown error without a code', '?error=temporarily_unavailable', 'unknown', 'unknown'],
		['nothing at all', '', 'unknown', 'none'],
	])('%s → %s', (_name, search, stateCheck, kind) => {
		expect(kindOf(search, stateCheck)).toBe(kind);
	});

	it('never reads an error as approved, whatever the state', () => {
		for (const stateCheck of ['match', 'mismatch', 'unknown'] as const)
			expect(kindOf(`?${declined}`, stateCheck)).toBe('declined');
	});

	it('keeps the code and the error for the page to name', () => {
		expect(
			outcome('?error=server_error&error_description=AADSTS7000112%3A+Application+is+disabled.'),
		).toEqual({
			kind: 'unknown',
			error: 'server_error',
			code: '7000112',
			quoted: 'AADSTS7000112: Application is disabled.',
		});
	});
});

describe('quoteOf', () => {
	it.each([
		[
			'HTML stays text, for the page to show inside quotation marks',
			'<img src=x onerror=alert(1)>Approved!',
			'<img src=x onerror=alert(1)>Approved!',
		],
		[
			'line breaks and control characters become spaces',
			'AADSTS65004: denied.\r\nTrace ID: 1\u0000\u2028x',
			'AADSTS65004: denied. Trace ID: 1 x',
		],
		['blank text is no quote', ' \r\n ', undefined],
	])('%s', (_name, description, expected) => {
		expect(quoteOf(description)).toBe(expected);
	});
	it('cuts text longer than the limit', () => {
		const quoted = quoteOf('x'.repeat(QUOTE_LIMIT * 3))!;
		expect(quoted).toHaveLength(QUOTE_LIMIT);
		expect(quoted.endsWith('…')).toBe(true);
	});
});

describe('ConsentResult', () => {
	const storage = (stored?: string) => {
		const map = new Map<string, string>(stored ? [[ADMIN_CONSENT_STATE_KEY, stored]] : []);
		return {
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k),
			map,
		};
	};
	it('approves on the state this browser issued, once: a replay of the same address is unconfirmed', () => {
		const store = storage('s1');
		const first = new ConsentResult();
		first.read('?admin_consent=True&tenant=t&state=s1', store);
		expect(first.outcome.kind).toBe('approved');
		const replay = new ConsentResult();
		replay.read('?admin_consent=True&tenant=t&state=s1', store);
		expect(replay.outcome).toEqual({ kind: 'unconfirmed', stateCheck: 'unknown' });
	});
	it('keeps the stored state after a decline, so the same link can still be approved', () => {
		const store = storage('s1');
		new ConsentResult().read(`?${declined.replace('state=s', 'state=s1')}`, store);
		expect(store.map.get(ADMIN_CONSENT_STATE_KEY)).toBe('s1');
	});
	it('is not ready until it has read the address', () => {
		const view = new ConsentResult();
		expect(view.ready).toBe(false);
		view.read('', storage());
		expect([view.ready, view.outcome.kind]).toEqual([true, 'none']);
	});
});
