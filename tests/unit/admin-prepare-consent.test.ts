import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN_PLACEHOLDER } from '../../src/site-paths.ts';
import { buildAdminKit } from '../../src/admin/build-admin-kit.ts';
import { getCheckerConfig } from '../../src/checker/config.ts';
import { ADMIN_CONSENT_STATE_KEY, type StateStorage } from '../../src/admin/consent-state.ts';
import { prepareConsent, type HelperEnvironment } from '../../src/admin/prepare-consent.ts';
import { parseTenantInput, type TenantRef } from '../../src/admin/tenant-input.ts';

/** The default build's configuration (sandbox mode), as the admin consent page passes it. */
const config = getCheckerConfig(undefined, SITE_ORIGIN_PLACEHOLDER);
const kit = buildAdminKit(undefined, config);
const TENANT_ID = '2a7d9e14-5b3c-4f6a-8e2d-7c1b0a9f3e58';
const ORIGIN = 'http://localhost:4440';

function tenant(input: string): TenantRef {
	const parsed = parseTenantInput(input);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.tenant;
}

function environment(
	answer: (url: string) => Response | Promise<Response>,
): HelperEnvironment & { items: Map<string, string>; calls: string[] } {
	const items = new Map<string, string>();
	const calls: string[] = [];
	const storage: StateStorage = {
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, v),
		removeItem: (k) => void items.delete(k),
	};
	const fetch = (async (input: RequestInfo | URL) => {
		calls.push(String(input));
		return answer(String(input));
	}) as typeof globalThis.fetch;
	return { origin: ORIGIN, authorityOrigin: `${ORIGIN}/sandbox`, storage, fetch, items, calls };
}

const found = () => Response.json({ issuer: `${ORIGIN}/sandbox/${TENANT_ID}/v2.0` });
const notFound = () =>
	Response.json(
		{
			error: 'invalid_tenant',
			error_description: "AADSTS90002: Tenant 'x' not found.",
			error_codes: [90002],
		},
		{ status: 400 },
	);
const offline = (): Response => {
	throw new TypeError('Failed to fetch');
};

describe('prepareConsent', () => {
	it('turns a domain into a link, commands and note for its tenant id', async () => {
		const env = environment(found);
		const outcome = await prepareConsent(tenant('needs-admin.sandbox.example'), kit, env);
		expect(env.calls).toEqual([
			`${ORIGIN}/sandbox/needs-admin.sandbox.example/v2.0/.well-known/openid-configuration`,
		]);
		expect(outcome.status).toBe('ready');
		if (outcome.status !== 'ready') return;
		const { result } = outcome;
		expect(result).toMatchObject({
			tenantId: TENANT_ID,
			key: TENANT_ID,
			organisation: 'needs-admin.sandbox.example',
		});
		expect(result.warning).toBeUndefined();
		expect(new URL(result.consentUrl).pathname).toBe(`/sandbox/${TENANT_ID}/v2.0/adminconsent`);
		expect(new URL(result.consentUrl).searchParams.get('state')).toBe(
			env.items.get(ADMIN_CONSENT_STATE_KEY),
		);
		expect(result.powerShell).toContain(`-TenantId '${TENANT_ID}'`);
		expect(result.azureCli).toContain(`--tenant ${TENANT_ID}`);
		expect(result.note.body).toContain('(needs-admin.sandbox.example)');
	});

	it('says where the domain came from when an email address was typed', async () => {
		const outcome = await prepareConsent(
			tenant('noah@needs-admin.sandbox.example'),
			kit,
			environment(found),
		);
		expect(outcome.status === 'ready' && outcome.result.warning).toBe(
			'We used the domain of the email address you typed.',
		);
	});

	it('fails, with no link and no state kept, for a domain that is no tenant', async () => {
		const env = environment(notFound);
		const outcome = await prepareConsent(tenant('nobody.example.com'), kit, env);
		expect(outcome).toMatchObject({
			status: 'failed',
			message: expect.stringContaining('AADSTS90002'),
		});
		expect(env.items.size).toBe(0);
	});

	it('still gives the link for the domain as typed when Microsoft cannot be reached, and says so', async () => {
		const outcome = await prepareConsent(tenant('contoso.com.au'), kit, environment(offline));
		expect(outcome.status).toBe('ready');
		if (outcome.status !== 'ready') return;
		expect(outcome.result.key).toBe('contoso.com.au');
		expect(outcome.result.tenantId).toBeUndefined();
		expect(new URL(outcome.result.consentUrl).pathname).toBe(
			'/sandbox/contoso.com.au/v2.0/adminconsent',
		);
		expect(outcome.result.warning).toMatchInlineSnapshot(
			`"Could not reach Microsoft to look up "contoso.com.au". Check your internet connection and try again. The link and commands below use "contoso.com.au" as you typed it; they work if it is right."`,
		);
	});

	it('keeps a typed tenant id when it cannot be checked', async () => {
		const outcome = await prepareConsent(tenant(TENANT_ID), kit, environment(offline));
		expect(outcome.status === 'ready' && outcome.result.tenantId).toBe(TENANT_ID);
	});

	it('counts a lookup that takes too long as unreachable', async () => {
		const env = environment(() => new Promise<Response>(() => {}));
		const slow = {
			...env,
			timeoutMs: 20,
			fetch: ((_url: RequestInfo | URL, init?: RequestInit) =>
				new Promise<Response>((_resolve, reject) =>
					init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
				)) as typeof globalThis.fetch,
		};
		const outcome = await prepareConsent(tenant('contoso.com.au'), kit, slow);
		expect(outcome.status === 'ready' && outcome.result.warning).toMatch(
			/^Could not reach Microsoft/,
		);
	});

	it('rejects when the caller aborts, so a newer lookup wins', async () => {
		const controller = new AbortController();
		const env = environment(found);
		const pending = prepareConsent(tenant('contoso.com.au'), kit, env, controller.signal);
		controller.abort();
		await expect(pending).rejects.toThrow();
	});
});
