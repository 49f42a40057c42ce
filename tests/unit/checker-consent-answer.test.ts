import { describe, expect, it } from 'vitest';
import { readConsentAnswer } from '../../src/checker/consent-answer.ts';

describe('readConsentAnswer', () => {
	it.each([
		['?admin_consent=True&tenant=t1&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+openid&state=s', { kind: 'granted', tenant: 't1', scopes: ['https://graph.microsoft.com/User.Read', 'openid'], state: 's' }],
		['?error=access_denied&error_description=AADSTS65004%3A+declined&state=s', { kind: 'error', error: 'access_denied', description: 'AADSTS65004: declined', subcode: undefined, state: 's' }],
		['?error=access_denied&error_subcode=cancel', { kind: 'error', error: 'access_denied', description: undefined, subcode: 'cancel', state: undefined }],
		['', { kind: 'none' }],
		['?admin_consent=False', { kind: 'none' }],
	])('%s', (search, expected) => {
		expect(readConsentAnswer(search)).toEqual(expected);
	});
});
