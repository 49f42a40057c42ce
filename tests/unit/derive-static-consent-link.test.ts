// The admin consent link the articles show goes where the checker signs in: the sandbox in
// sandbox builds (on an origin the page fills in), Microsoft in entra builds.
import { describe, expect, test } from 'vitest';
import { SITE_ORIGIN_PLACEHOLDER } from '../../src/site-paths.ts';
import { getCheckerConfig } from '../../src/checker/config.ts';
import { staticConsentLink } from '../../src/derive/static-consent-link.ts';
import { app, registry } from '../../src/registry/index.ts';

const OTHER_CLIENT = '2f8e4c1a-7b3d-4e6f-9a1c-5d2b8e0f4a7c';

describe.each([
	{
		build: 'sandbox',
		env: {},
		authorize: `${SITE_ORIGIN_PLACEHOLDER}/sandbox/organizations/v2.0/adminconsent`,
		redirect: `${SITE_ORIGIN_PLACEHOLDER}${app.consentResultPath}`,
		clientId: app.applicationId,
		siteOrigin: SITE_ORIGIN_PLACEHOLDER,
	},
	{
		build: 'entra',
		env: { PUBLIC_CHECKER_MODE: 'entra' },
		authorize: 'https://login.microsoftonline.com/organizations/v2.0/adminconsent',
		redirect: `${app.helpCentreOrigin}${app.consentResultPath}`,
		clientId: app.applicationId,
		siteOrigin: undefined,
	},
	{
		build: 'entra with its own client id',
		env: { PUBLIC_CHECKER_MODE: 'entra', PUBLIC_ENTRA_CLIENT_ID: OTHER_CLIENT },
		authorize: 'https://login.microsoftonline.com/organizations/v2.0/adminconsent',
		redirect: `${app.helpCentreOrigin}${app.consentResultPath}`,
		clientId: OTHER_CLIENT,
		siteOrigin: undefined,
	},
])('in a $build build', ({ build, env, authorize, redirect, clientId, siteOrigin }) => {
	const link = staticConsentLink({}, registry, getCheckerConfig(env, SITE_ORIGIN_PLACEHOLDER));
	const url = new URL(link.href);

	test('the link goes to the authority the checker uses, for its client id', () => {
		expect(url.origin + url.pathname).toBe(authorize);
		expect(url.searchParams.get('client_id')).toBe(clientId);
		expect(url.searchParams.get('redirect_uri')).toBe(redirect);
	});

	test(`the page ${siteOrigin ? 'fills in its own origin' : 'leaves the link as it is'}`, () => {
		expect(link.sandbox).toBe(build === 'sandbox');
		expect(link.siteOrigin).toBe(siteOrigin);
	});
});
