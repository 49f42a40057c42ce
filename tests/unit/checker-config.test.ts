// The checker's configuration: the only place sandbox and Entra differ.
import { describe, expect, test } from 'vitest';
import { getCheckerConfig } from '../../src/checker/config.ts';
import { app } from '../../src/registry/index.ts';

const ORIGIN = 'http://localhost:4321';

describe('sandbox mode (the default)', () => {
	const config = getCheckerConfig({}, ORIGIN);
	const metadata = JSON.parse(config.msal.auth.authorityMetadata ?? '{}') as Record<string, string>;

	test('names the sandbox with an https authority, as MSAL requires, and declares its http endpoints', () => {
		expect(config.mode).toBe('sandbox');
		expect(config.msal.auth).toMatchObject({
			clientId: app.applicationId,
			authority: 'https://localhost:4321/sandbox/organizations',
			knownAuthorities: ['localhost:4321'],
			redirectUri: `${ORIGIN}/auth/redirect/`,
		});
		expect(metadata).toEqual({
			issuer: `${ORIGIN}/sandbox/organizations/v2.0`,
			authorization_endpoint: `${ORIGIN}/sandbox/organizations/oauth2/v2.0/authorize`,
			token_endpoint: `${ORIGIN}/sandbox/organizations/oauth2/v2.0/token`,
			end_session_endpoint: `${ORIGIN}/sandbox/organizations/oauth2/v2.0/logout`,
			jwks_uri: `${ORIGIN}/sandbox/organizations/discovery/v2.0/keys`,
		});
	});

	test('sends Graph requests and the token only to the site itself', () => {
		expect(config).toMatchObject({
			graphBaseUrl: `${ORIGIN}/sandbox/graph/v1.0`,
			tokenHosts: ['localhost:4321'],
			consentAuthorityOrigin: `${ORIGIN}/sandbox`,
		});
		expect(config.msal.cache?.cacheLocation).toBe('sessionStorage');
	});

	test('follows the tenant of PUBLIC_ENTRA_AUTHORITY and a separate PUBLIC_SANDBOX_ORIGIN', () => {
		const other = getCheckerConfig(
			{
				PUBLIC_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/common',
				PUBLIC_SANDBOX_ORIGIN: 'http://localhost:4322',
			},
			ORIGIN,
		);
		expect(other.msal.auth.authority).toBe('https://localhost:4322/sandbox/common');
		expect(other.msal.auth.redirectUri).toBe(`${ORIGIN}/auth/redirect/`);
		expect(other.tokenHosts).toEqual(['localhost:4322']);
	});
});

test('entra mode uses Microsoft, with nothing declared in place of discovery', () => {
	const config = getCheckerConfig({ PUBLIC_CHECKER_MODE: 'entra' }, 'https://help.claras.ai');
	expect(config.msal.auth).toEqual({
		clientId: app.applicationId,
		authority: 'https://login.microsoftonline.com/organizations',
		redirectUri: 'https://help.claras.ai/auth/redirect/',
	});
	expect(config).toMatchObject({
		graphBaseUrl: 'https://graph.microsoft.com/v1.0',
		tokenHosts: ['graph.microsoft.com'],
		consentAuthorityOrigin: 'https://login.microsoftonline.com',
	});
	expect(config.scopes).toContain('User.Read');
});

test.each([
	[{ PUBLIC_CHECKER_MODE: 'live' }, 'PUBLIC_CHECKER_MODE'],
	[
		{ PUBLIC_ENTRA_AUTHORITY: 'http://login.microsoftonline.com/organizations' },
		'PUBLIC_ENTRA_AUTHORITY',
	],
	[{ PUBLIC_SANDBOX_ORIGIN: 'http://sandbox.example.com' }, 'PUBLIC_SANDBOX_ORIGIN'],
])('a bad setting %j fails with a message naming %s', (env, name) => {
	expect(() => getCheckerConfig(env, ORIGIN)).toThrow(name);
});
