// Adding a permission takes the files the README names ("Add or change a permission"): the
// permission, its probe (listed under the feature it proves), a release when it ships in a new one,
// the scopes its Graph resource accepts and the sandbox's Graph answer for the probe. This extends a copy of the real registry that way
// (the real one is untouched) and runs everything that derives from it: the site's tables and
// files, the engine, and the sandbox's Graph.
import { describe, expect, test } from 'vitest';
import { acceptedScopes, probesRefusedWith } from '../../fixtures/graph-scopes.ts';
import { healthyTrace, signedInTo } from '../../fixtures/healthy-trace.ts';
import { graphAnswers, type GraphAnswer } from '../../sandbox/graph/answers.ts';
import { dispatch, graphRoutes } from '../../sandbox/graph/routes.ts';
import { findAccount } from '../../sandbox/scenarios.ts';
import { adminConsentUrl } from '../../src/derive/admin-consent-url.ts';
import { permissionChangelog } from '../../src/derive/changelog.ts';
import { entraManifestFragment } from '../../src/derive/entra-manifest.ts';
import { permissionRows } from '../../src/derive/permission-rows.ts';
import { permissionsJson } from '../../src/derive/permissions-json.ts';
import { diagnose, parseTrace, type TraceInput } from '../../src/engine/index.ts';
import { toFullEngineRegistry } from '../../src/engine/from-registry.ts';
import { app } from '../../src/registry/app.ts';
import { features } from '../../src/registry/features.ts';
import { permissions } from '../../src/registry/permissions.ts';
import { baseProbes } from '../../src/registry/probes.ts';
import { defineRegistry } from '../../src/registry/registry.ts';
import { releases } from '../../src/registry/releases.ts';

const NOW = new Date('2026-11-26T10:00:00.000Z');
// Any permission Claras does not ask for will do; if Claras ever asks for this one, pick another.
const claim = 'Presence.Read';
/** probes.ts: the new probe, asked in stage 1 with the rest. */
const presenceProbe = {
	id: 'presence',
	path: '/me/presence?$select=id,availability',
	proves: 'Claras can see whether you are in a meeting.',
};
/** features.ts: the feature it proves lists it. */
const withProbe = features.map((f) =>
	f.id === 'meet-now' ? { ...f, probes: [...f.probes, presenceProbe] } : f,
);
/** releases.ts and permissions.ts: the release that adds it, and the permission. */
const extended = defineRegistry({
	app,
	baseProbes,
	features: withProbe,
	releases: [
		...releases,
		{ id: '2099.1', date: '2099-03-02', summary: 'Knows when you are in a meeting.' },
	],
	permissions: [
		...permissions,
		{
			claim,
			id: '76bc735e-aecd-4a1d-8b4c-2b915deabb79',
			consentText: "Read user's presence information",
			reason: 'Tells Claras when you are in a Teams meeting, so it can start the file note.',
			adminConsentRequired: false,
			features: ['meet-now'],
			addedIn: '2099.1',
		},
	],
});
/** fixtures/graph-scopes.ts: the scopes the probe's resource accepts (presence-get.md). */
const presenceScopes = ['Presence.Read', 'Presence.Read.All'];
/** sandbox/graph/answers.ts: what Graph answers the probe. */
const presenceAnswer: GraphAnswer = {
	anyOf: presenceScopes,
	kind: 'teams',
	answer: ({ account }) => ({
		status: 200,
		headers: {},
		body: { id: account.oid, availability: 'Available', activity: 'Available' },
	}),
};

describe('the site derives the new permission', () => {
	test('the permissions table has its row, with the feature it powers', () => {
		expect(permissionRows(extended).at(-1)).toMatchObject({
			claim,
			features: [{ id: 'meet-now', name: '"Meet now" meetings' }],
			addedIn: '2099.1',
		});
	});
	test('the Entra manifest asks for it as a delegated scope', () => {
		const access = entraManifestFragment(extended).requiredResourceAccess[0].resourceAccess;
		expect(access).toContainEqual({ id: '76bc735e-aecd-4a1d-8b4c-2b915deabb79', type: 'Scope' });
		expect(access).toHaveLength(permissions.length + 1);
	});
	test('the admin consent link asks for it', () => {
		const scope = new URL(adminConsentUrl({ tenant: 'organizations' }, extended)).searchParams.get(
			'scope',
		);
		expect(scope?.split(' ')).toContain(`https://graph.microsoft.com/${claim}`);
	});
	test('permissions.json and the changelog list it under its release', () => {
		expect(permissionsJson(extended).permissions.map((p) => p.claim)).toContain(claim);
		expect(permissionChangelog(extended)[0]).toMatchObject({
			release: '2099.1',
			added: [expect.objectContaining({ claim })],
		});
	});
});

describe('the engine checks it', () => {
	const engine = toFullEngineRegistry(extended);
	const reportOf = (trace: TraceInput) => {
		const parsed = parseTrace(trace);
		if (!parsed.ok) throw new Error(parsed.error);
		return diagnose(parsed.trace, { registry: engine });
	};
	test('a healthy trace that answered the new probe is ready', () => {
		const report = reportOf(healthyTrace(engine, NOW));
		expect(report.findings).toEqual([]);
		expect(report.ready).toBe(true);
		expect(report.features.find((f) => f.id === 'meet-now')?.evidence).toContain('presence');
	});
	test('a token without the new scope asks to reconnect, and blocks only its feature', () => {
		const report = reportOf(healthyTrace(engine, NOW, { signIn: signedInTo(engine, [claim]) }));
		expect(report.findings.map((f) => f.id)).toEqual(['reconnect-required']);
		expect(report.missingScopes).toEqual([claim]);
		expect(report.features.filter((f) => f.state === 'blocked').map((f) => f.id)).toEqual([
			'meet-now',
		]);
	});
});

describe("the sandbox's Graph answers the new probe", () => {
	const routes = graphRoutes(extended, { ...graphAnswers, presence: presenceAnswer });
	const ready = findAccount('ready')!;
	const scopes = extended.permissions.filter((p) => p.inAccessToken).map((p) => p.claim);
	const ask = (scp: readonly string[]) =>
		dispatch(
			{ account: ready, scp },
			'GET',
			presenceProbe.path,
			'https://graph',
			NOW.getTime(),
			routes,
		);

	test('with its scope: 200 and the body', () => {
		expect(ask(scopes)).toMatchObject({ status: 200, body: { availability: 'Available' } });
	});
	test('without it: the 403 Graph gives a Teams resource', () => {
		expect(ask(scopes.filter((s) => s !== claim))).toMatchObject({
			status: 403,
			body: { error: { code: 'Forbidden' } },
		});
	});
	test("a token from before it (the reconnect fixture's) is refused the new probe alone", () => {
		const before = extended.permissions.filter((p) => p.claim !== claim).map((p) => p.claim);
		expect(probesRefusedWith(before, { ...acceptedScopes, presence: presenceScopes })).toEqual([
			'presence',
		]);
	});
	test('without its answer, the sandbox says which probe and where to add it', () => {
		expect(() => graphRoutes(extended)).toThrow(
			'The sandbox has no Graph answer for probe "presence" (/me/presence?$select=id,availability): add one to sandbox/graph/answers.ts',
		);
	});
});
