import { describe, expect, it } from 'vitest';
import {
	openIdConfigurationUrl,
	resolveTenant,
	tenantIdFromConfiguration,
	type ResolveFailure,
} from '../../src/admin/resolve-tenant.ts';
import type { TenantRef } from '../../src/admin/tenant-input.ts';

const TENANT_ID = '4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const AUTHORITY = 'https://login.microsoftonline.com';
const domain: TenantRef = { kind: 'domain', domain: 'contoso.com.au', from: 'domain' };

/** An OpenID configuration as Entra answers it for a tenant (trimmed to the fields that matter). */
const openIdConfiguration = (tenantId: string) => ({
	token_endpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`,
	issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
	authorization_endpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
	jwks_uri: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
	tenant_region_scope: 'OC',
	cloud_instance_name: 'microsoftonline.com',
});

/** Entra's 400 for a domain no tenant has. */
const tenantNotFound = {
	error: 'invalid_tenant',
	error_description:
		"AADSTS90002: Tenant 'nobody.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Trace ID: 1 Correlation ID: 2 Timestamp: 2026-11-26 10:00:00Z",
	error_codes: [90002],
	error_uri: 'https://login.microsoftonline.com/error?code=90002',
};

type Answer = { status: number; body: string } | Error;
const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) });

function fakeFetch(answer: Answer) {
	const calls: string[] = [];
	const fetch = (async (input: RequestInfo | URL) => {
		calls.push(String(input));
		if (answer instanceof Error) throw answer;
		return new Response(answer.body, {
			status: answer.status,
			headers: { 'content-type': 'application/json' },
		});
	}) as typeof globalThis.fetch;
	return { fetch, calls };
}

describe('resolveTenant', () => {
	it("asks the authority for the domain's OpenID configuration", async () => {
		const { fetch, calls } = fakeFetch(json(200, openIdConfiguration(TENANT_ID)));
		await resolveTenant(domain, { authorityOrigin: `${AUTHORITY}/`, fetch });
		expect(calls).toEqual([
			'https://login.microsoftonline.com/contoso.com.au/v2.0/.well-known/openid-configuration',
		]);
	});

	it('reads the tenant id from the issuer', async () => {
		const { fetch } = fakeFetch(json(200, openIdConfiguration(TENANT_ID)));
		expect(await resolveTenant(domain, { authorityOrigin: AUTHORITY, fetch })).toEqual({
			ok: true,
			tenantId: TENANT_ID,
			domain: 'contoso.com.au',
		});
	});

	it('confirms a tenant id without a domain', async () => {
		const { fetch } = fakeFetch(json(200, openIdConfiguration(TENANT_ID)));
		expect(
			await resolveTenant(
				{ kind: 'id', tenantId: TENANT_ID },
				{ authorityOrigin: AUTHORITY, fetch },
			),
		).toEqual({ ok: true, tenantId: TENANT_ID });
	});

	it('works against the sandbox authority on the same origin', async () => {
		const { fetch, calls } = fakeFetch(
			json(200, { issuer: `http://localhost:4440/sandbox/${TENANT_ID}/v2.0` }),
		);
		const result = await resolveTenant(domain, {
			authorityOrigin: 'http://localhost:4440/sandbox',
			fetch,
		});
		expect(calls[0]).toBe(
			'http://localhost:4440/sandbox/contoso.com.au/v2.0/.well-known/openid-configuration',
		);
		expect(result).toMatchObject({ ok: true, tenantId: TENANT_ID });
	});

	describe.each<[string, Answer, ResolveFailure]>([
		['400 AADSTS90002', json(400, tenantNotFound), 'not-a-tenant'],
		[
			'400 with the number only in the description',
			json(400, { error: 'invalid_tenant', error_description: 'AADSTS90002: Tenant not found.' }),
			'not-a-tenant',
		],
		['a network error', new TypeError('Failed to fetch'), 'unreachable'],
		['malformed JSON', { status: 200, body: '<html>captive portal</html>' }, 'unexpected'],
		[
			'JSON without a tenant id',
			json(200, { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0' }),
			'unexpected',
		],
		['a server error', json(503, { error: 'temporarily_unavailable' }), 'unexpected'],
		[
			'400 with another AADSTS number',
			json(400, { error: 'invalid_request', error_codes: [90130] }),
			'unexpected',
		],
		[
			'the personal accounts tenant',
			json(200, openIdConfiguration('9188040d-6c67-4c5b-b112-36a304b66dad')),
			'personal',
		],
	])('when the authority answers %s', (_name, answer, reason) => {
		it(`fails with "${reason}"`, async () => {
			const { fetch } = fakeFetch(answer);
			const result = await resolveTenant(domain, { authorityOrigin: AUTHORITY, fetch });
			expect(result).toMatchObject({ ok: false, reason });
		});
	});

	it('explains each failure in words an admin can act on', async () => {
		const messages: string[] = [];
		for (const answer of [
			json(400, tenantNotFound),
			new TypeError('Failed to fetch'),
			{ status: 200, body: 'not json' },
		]) {
			const result = await resolveTenant(domain, {
				authorityOrigin: AUTHORITY,
				fetch: fakeFetch(answer).fetch,
			});
			messages.push(result.ok ? 'ok' : result.message);
		}
		expect(messages).toMatchInlineSnapshot(`
			[
			  ""contoso.com.au" is not the domain of a Microsoft Entra organisation (Microsoft answered AADSTS90002: tenant not found). Check the spelling, or use the part after the @ in a work email address at your practice. If your practice's email is not with Microsoft 365, it has no Microsoft tenant to consent for.",
			  "Could not reach Microsoft to look up "contoso.com.au". Check your internet connection and try again.",
			  "Microsoft gave an unexpected answer when looking up "contoso.com.au" (an answer that is not JSON). Try again in a minute, or type the tenant id instead.",
			]
		`);
	});

	it('lets an aborted lookup throw, so a newer one can replace it', async () => {
		const controller = new AbortController();
		controller.abort();
		const fetch = (async () => {
			throw new DOMException('aborted', 'AbortError');
		}) as typeof globalThis.fetch;
		await expect(
			resolveTenant(domain, { authorityOrigin: AUTHORITY, fetch, signal: controller.signal }),
		).rejects.toThrow('aborted');
	});
});

describe('openIdConfigurationUrl and tenantIdFromConfiguration', () => {
	it('encodes the tenant into the path', () => {
		expect(openIdConfigurationUrl(AUTHORITY, 'a/b')).toBe(
			'https://login.microsoftonline.com/a%2Fb/v2.0/.well-known/openid-configuration',
		);
	});
	it('falls back to the token endpoint', () => {
		expect(
			tenantIdFromConfiguration({
				token_endpoint: `${AUTHORITY}/${TENANT_ID.toUpperCase()}/oauth2/v2.0/token`,
			}),
		).toBe(TENANT_ID);
	});
	it.each([[null], ['text'], [{}], [{ issuer: 42 }]])('finds none in %j', (body) => {
		expect(tenantIdFromConfiguration(body)).toBeUndefined();
	});
});
