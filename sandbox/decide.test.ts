// What Entra does once it knows the account: AADSTS50020 names where the account lives, and a
// user who is not an admin is never offered a permission that needs an admin.
import { describe, expect, test } from 'vitest';
import { app, permissions, registry } from '../src/registry/index.ts';
import { qualifiedScope } from '../src/derive/consent-link.ts';
import { decide, staysOnEntraPage } from './decide.ts';
import { entraErrors } from './entra-errors.ts';
import { resolveTenant } from './metadata.ts';
import { accounts, findAccount, identityProviderOf, tenantOf } from './scenarios.ts';
import { createState, type AuthorizeRequest } from './state.ts';

const request = (scopes: readonly string[], prompt?: string): AuthorizeRequest => ({
	tenantSegment: 'organizations',
	clientId: app.applicationId,
	redirectUri: 'http://localhost/auth/redirect/',
	scopes: [...scopes, 'openid', 'profile'],
	responseMode: 'fragment',
	...(prompt ? { prompt } : {}),
});
const account = (scenario: string) => findAccount(scenario)!;
const allScopes = permissions.map(qualifiedScope);
const newest = registry.releases.at(-1)!.id;
const newestScopes = permissions.filter((p) => p.addedIn === newest).map(qualifiedScope);

describe('AADSTS50020 names the identity provider', () => {
	test.each([
		['personal', 'harbour.sandbox.example', 'Harbour Financial Advice (sandbox)', 'live.com'],
		[
			'ready',
			'needs-admin.sandbox.example',
			'Needs Admin Planning (sandbox)',
			`https://sts.windows.net/${tenantOf(account('ready')).id}/`,
		],
	])('%s at %s comes from %s', (scenario, tenant, tenantName, provider) => {
		expect(identityProviderOf(account(scenario))).toBe(provider);
		const outcome = decide(
			account(scenario),
			request(allScopes),
			resolveTenant(tenant)!,
			createState(),
		);
		expect(outcome).toMatchObject({
			kind: 'error',
			error: { error: 'invalid_request', code: 50020 },
		});
		const text = outcome.kind === 'error' ? outcome.error.text : '';
		expect(text).toContain(
			`'${scenario}@${tenantOf(account(scenario)).domain}' from identity provider '${provider}' does not exist in tenant '${tenantName}'`,
		);
	});

	test('the work-account wording, in full', () => {
		expect(
			entraErrors.accountNotInTenant(
				'ready@harbour.sandbox.example',
				'https://sts.windows.net/6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21/',
				'Needs Admin Planning (sandbox)',
				'app-id',
				'Claras',
			).text,
		).toMatchInlineSnapshot(
			`"User account 'ready@harbour.sandbox.example' from identity provider 'https://sts.windows.net/6c3b0a62-2f4e-4d1a-9b7e-1a0c5e8d4f21/' does not exist in tenant 'Needs Admin Planning (sandbox)' and cannot access the application 'app-id'(Claras) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account."`,
		);
	});
});

describe('consent, by who asks for what', () => {
	const organizations = resolveTenant('organizations')!;
	test.each([
		// The reconnect tenant lacks only the newest release's permissions, which need no admin.
		['reconnect', 'the newest release', newestScopes, undefined, 'consent', newestScopes.length],
		['reconnect', 'everything', allScopes, undefined, 'consent', newestScopes.length],
		// Forced consent puts every requested permission on the screen, admin-only ones too.
		[
			'reconnect',
			'everything, prompt=consent',
			allScopes,
			'consent',
			'admin-approval',
			permissions.length,
		],
		[
			'reconnect',
			'the newest release, prompt=consent',
			newestScopes,
			'consent',
			'consent',
			newestScopes.length,
		],
		[
			'ready',
			'everything, prompt=consent',
			allScopes,
			'consent',
			'admin-approval',
			permissions.length,
		],
		['ready', 'everything', allScopes, undefined, 'code', 0],
		[
			'can-consent',
			'everything, prompt=consent (an admin)',
			allScopes,
			'consent',
			'consent',
			permissions.length,
		],
		[
			'needs-admin',
			'what needs no admin (user consent off)',
			newestScopes,
			undefined,
			'admin-approval',
			newestScopes.length,
		],
	])('%s asking for %s sees %s', (scenario, _what, scopes, prompt, kind, shown) => {
		const outcome = decide(
			account(scenario),
			request(scopes, prompt),
			organizations,
			createState(),
		);
		expect(outcome.kind).toBe(kind);
		if (outcome.kind === 'consent' || outcome.kind === 'admin-approval')
			expect(outcome.permissions).toHaveLength(shown);
	});

	test('a non-admin offered nothing that needs an admin on any consent screen', () => {
		for (const scenario of ['reconnect', 'ready', 'needs-admin', 'needs-admin-workflow']) {
			for (const prompt of [undefined, 'consent']) {
				const outcome = decide(
					account(scenario),
					request(allScopes, prompt),
					organizations,
					createState(),
				);
				if (outcome.kind === 'consent')
					expect(outcome.permissions.filter((p) => p.adminConsentRequired)).toEqual([]);
			}
		}
	});
});

describe('staysOnEntraPage names the accounts decide keeps on its own page at /organizations', () => {
	test.each(accounts.map((a) => [a.scenario, staysOnEntraPage(a)] as const))(
		'%s: %s',
		(scenario, expected) => {
			const outcome = decide(
				account(scenario),
				request(allScopes),
				resolveTenant('organizations')!,
				createState(),
			);
			expect(outcome.kind === 'error' && outcome.page === true).toBe(expected);
		},
	);
});
