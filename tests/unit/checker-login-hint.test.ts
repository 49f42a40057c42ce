// The login hint the Claras app may put on the checker's address: an address is used, anything
// else is ignored (the sign-in then asks which account), never passed on to Microsoft.
import { expect, test } from 'vitest';
import { loginHintFrom } from '../../src/checker/login-hint.ts';

test.each<[string, string | undefined]>([
	['?login_hint=adviser%40contoso.com.au', 'adviser@contoso.com.au'],
	['?login_hint=%20adviser%40contoso.com.au%20', 'adviser@contoso.com.au'],
	[
		'?login_hint=needs-admin@needs-admin.sandbox.example&x=1',
		'needs-admin@needs-admin.sandbox.example',
	],
	['', undefined],
	['?login_hint=', undefined],
	['?login_hint=not-an-address', undefined],
	['?login_hint=a@b@c', undefined],
	['?login_hint=%3Cscript%3E@x', undefined],
	[`?login_hint=${'a'.repeat(65)}@x.com`, undefined],
])('%s → %s', (search, expected) => expect(loginHintFrom(search)).toBe(expected));
