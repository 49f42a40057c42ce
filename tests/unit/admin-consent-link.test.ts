import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN_PLACEHOLDER } from '../../src/site-paths.ts';
import { consentAuthorityOrigin } from '../../src/admin/admin-kit.ts';
import { buildAdminKit } from '../../src/admin/build-admin-kit.ts';
import { getCheckerConfig } from '../../src/checker/config.ts';
import { startConsentLink, tenantConsentLink } from '../../src/admin/consent-link.ts';
import {
	ADMIN_CONSENT_STATE_KEY,
	checkReturnedState,
	newConsentState,
	rememberConsentState,
	type StateStorage,
} from '../../src/admin/consent-state.ts';
import { consentResultUrl, qualifiedScope } from '../../src/derive/consent-link.ts';
import { app, permissions } from '../../src/registry/index.ts';

/** The default build's configuration (sandbox mode), as the admin consent page passes it. */
const config = getCheckerConfig(undefined, SITE_ORIGIN_PLACEHOLDER);
const kit = buildAdminKit(undefined, config);
const TENANT_ID = '4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function memoryStorage(): StateStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

describe('tenantConsentLink', () => {
	describe.each([
		['a tenant id', TENANT_ID, 'https://login.microsoftonline.com', 'https://help.claras.ai'],
		[
			'a domain',
			'contoso.onmicrosoft.com',
			'https://login.microsoftonline.com',
			'https://help.claras.ai',
		],
		['the sandbox', TENANT_ID, 'http://localhost:4440/sandbox', 'http://localhost:4440'],
	])('for %s', (_name, tenant, authorityOrigin, origin) => {
		const url = new URL(
			tenantConsentLink(kit, { tenant, authorityOrigin, origin, state: 'abc_-123' }),
		);

		it("goes to the tenant's v2 adminconsent endpoint at the authority", () => {
			expect(`${url.origin}${url.pathname}`).toBe(`${authorityOrigin}/${tenant}/v2.0/adminconsent`);
		});
		it('names the Claras app', () => {
			expect(url.searchParams.get('client_id')).toBe(app.applicationId);
		});
		it("asks for every registry permission, Graph scopes qualified, in the registry's order", () => {
			expect(url.searchParams.get('scope')?.split(' ')).toEqual(permissions.map(qualifiedScope));
		});
		it('returns to the consent-result page on the same origin', () => {
			expect(url.searchParams.get('redirect_uri')).toBe(`${origin}${app.consentResultPath}`);
		});
		it('carries the state', () => {
			expect(url.searchParams.get('state')).toBe('abc_-123');
		});
	});

	it('encodes spaces, colons and slashes in the query', () => {
		const url = tenantConsentLink(kit, {
			tenant: TENANT_ID,
			origin: 'https://help.claras.ai',
			state: 's',
		});
		expect(url).toContain(
			'redirect_uri=https%3A%2F%2Fhelp.claras.ai%2Fteams%2Fadmin-consent%2Fresult%2F',
		);
		expect(url).toMatch(/scope=https%3A%2F%2Fgraph\.microsoft\.com%2F[^&]+\+offline_access\+/);
		expect(url).not.toMatch(/ /);
	});

	it('refuses "common", as Entra does', () => {
		expect(() =>
			tenantConsentLink(kit, { tenant: 'common', origin: 'https://help.claras.ai', state: 's' }),
		).toThrow(/"common" is not a tenant/);
	});

	it('builds the result page address from the registry', () => {
		expect(consentResultUrl(kit.app, 'http://localhost:4321')).toBe(
			`http://localhost:4321${app.consentResultPath}`,
		);
	});
});

describe('where consent goes, from the checker configuration', () => {
	const entraKit = buildAdminKit(
		undefined,
		getCheckerConfig({ PUBLIC_CHECKER_MODE: 'entra' }, SITE_ORIGIN_PLACEHOLDER),
	);
	const sandboxKit = buildAdminKit(
		undefined,
		getCheckerConfig({ PUBLIC_CHECKER_MODE: 'sandbox' }, SITE_ORIGIN_PLACEHOLDER),
	);

	it('is Microsoft in entra mode, whatever the page origin', () => {
		expect(consentAuthorityOrigin(entraKit, 'https://help.claras.ai')).toBe(
			'https://login.microsoftonline.com',
		);
	});
	it("is the sandbox on the page's own origin in sandbox mode", () => {
		expect(consentAuthorityOrigin(sandboxKit, 'http://localhost:4440')).toBe(
			'http://localhost:4440/sandbox',
		);
	});
	it('uses the configured application id in the link', () => {
		const other = buildAdminKit(
			undefined,
			getCheckerConfig(
				{ PUBLIC_ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555' },
				SITE_ORIGIN_PLACEHOLDER,
			),
		);
		const url = new URL(
			tenantConsentLink(other, { tenant: TENANT_ID, origin: 'http://localhost:4440', state: 's' }),
		);
		expect(url.searchParams.get('client_id')).toBe('11111111-2222-4333-8444-555555555555');
	});
});

describe('the consent state', () => {
	it('is 22 base64url characters from 16 random bytes', () => {
		expect(newConsentState((bytes) => bytes.fill(0xfb))).toBe('-_v7-_v7-_v7-_v7-_v7-w');
		expect(newConsentState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(newConsentState()).not.toBe(newConsentState());
	});

	it('is stored under the key the result page reads, and carried by the link', () => {
		const storage = memoryStorage();
		const { url, state } = startConsentLink(kit, {
			tenant: TENANT_ID,
			origin: 'https://help.claras.ai',
			storage,
		});
		expect(storage.items.get(ADMIN_CONSENT_STATE_KEY)).toBe(state);
		expect(new URL(url).searchParams.get('state')).toBe(state);
	});

	it("keeps only the newest link's state", () => {
		const storage = memoryStorage();
		const first = startConsentLink(kit, {
			tenant: TENANT_ID,
			origin: 'https://help.claras.ai',
			storage,
		});
		const second = startConsentLink(kit, {
			tenant: TENANT_ID,
			origin: 'https://help.claras.ai',
			storage,
		});
		expect(checkReturnedState(storage, first.state)).toBe('mismatch');
		expect(checkReturnedState(storage, second.state)).toBe('match');
	});

	describe.each<[string, string | undefined, string | null, 'match' | 'mismatch' | 'unknown']>([
		['the state this browser stored', 'abc', 'abc', 'match'],
		['another state', 'abc', 'xyz', 'mismatch'],
		['no state at all', 'abc', null, 'mismatch'],
		['any state, when this browser made no link', undefined, 'abc', 'unknown'],
	])('checkReturnedState with %s', (_name, stored, returned, expected) => {
		it(`says ${expected}`, () => {
			const storage = memoryStorage();
			if (stored) rememberConsentState(storage, stored);
			expect(checkReturnedState(storage, returned)).toBe(expected);
		});
	});

	it('forgets the state once matched, so an answer cannot be replayed', () => {
		const storage = memoryStorage();
		rememberConsentState(storage, 'abc');
		expect(checkReturnedState(storage, 'abc')).toBe('match');
		expect(checkReturnedState(storage, 'abc')).toBe('unknown');
	});
});
