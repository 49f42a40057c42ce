// Properties of the engine over generated input: it never throws, an invalid trace is a validation
// error (never a crash), granting one more required scope never adds a finding, and every report
// validates against the report schema.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type GraphExchangeInput, graphErrors, graphWith, healthyGraph, idTokenClaims, licenceBodies, probe, scenarioTraces, signedIn, throttled, trace, unanswered } from '../../fixtures/index.ts';
import { diagnose, diagnoseUnknown, parseTrace, reportSchema, type Report } from '../../src/engine/index.ts';
import { permissions } from '../../src/registry/index.ts';

const required = permissions.map((p) => p.claim);

/** A scope as a token might carry it: any case, bare or resource-qualified. */
const spelled = (claim: string) =>
	fc.tuple(fc.boolean(), fc.boolean()).map(([prefix, upper]) => `${prefix ? 'https://graph.microsoft.com/' : ''}${upper ? claim.toUpperCase() : claim}`);

const graphArb = fc.oneof(
	fc.constant(healthyGraph()),
	fc.constantFrom(...Object.values(licenceBodies)).map((body) => healthyGraph(body)),
	fc.constant(graphWith({ 'events': probe('events', 404, graphErrors.mailboxNotEnabled) })),
	fc.constant(graphWith({ chats: [throttled('chats'), throttled('chats')] })),
	fc.constant(graphWith({ me: unanswered('me') })),
	fc.constant(graphWith({ chats: probe('chats', 403, graphErrors.forbidden) })),
	fc.constant<GraphExchangeInput[]>([]),
);

/** A signed-in trace over a subset of required scopes, with a refresh token or not. */
const grantArb = fc.record({
	granted: fc.subarray(required.filter((c) => c !== 'offline_access')),
	refreshToken: fc.boolean(),
	graph: graphArb,
	claims: fc.constantFrom(idTokenClaims.work, idTokenClaims.personal, idTokenClaims.personalGuest),
});

const diagnosed = (input: unknown): Report => {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace);
};

describe('the engine', () => {
	test('never throws on any JSON value; invalid input is a validation error naming a field', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = diagnoseUnknown(value);
				if (!result.ok) expect(result.field).toEqual(expect.any(String));
				else expect(reportSchema.safeParse(result.report).success).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test('never throws on traces with arbitrary parts in valid places', () => {
		const exchange = fc.record({
			method: fc.constantFrom('GET', 'post', 'PATCH'),
			url: fc.oneof(fc.webUrl(), fc.string({ minLength: 1 }), fc.constantFrom('https://graph.microsoft.com/v1.0/$batch', '/me/licenseDetails', 'https://graph.microsoft.com/v1.0/me/mailboxSettings?x=%')),
			status: fc.integer({ min: 0, max: 599 }),
			body: fc.jsonValue(),
			requestBody: fc.jsonValue(),
		});
		const claims = fc.record({ tid: fc.oneof(fc.uuid(), fc.string()), iss: fc.string(), idp: fc.string() }, { requiredKeys: [] });
		const signIn = fc.oneof(
			fc.record({ outcome: fc.constant('success'), idTokenClaims: claims, scopes: fc.array(fc.string()) }),
			fc.record({ outcome: fc.constant('error'), error: fc.record({ errorCode: fc.string({ minLength: 1 }), errorNo: fc.string(), message: fc.string(), subError: fc.string() }) }),
		);
		fc.assert(
			fc.property(signIn, fc.array(exchange, { maxLength: 6 }), (s, graph) => {
				const result = diagnoseUnknown({ version: 1, capturedAt: '2026-11-26T10:00:00.000Z', signIn: s, graph });
				expect(result.ok).toBe(true);
				if (result.ok) expect(reportSchema.safeParse(result.report).success).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test('granting one more required scope never adds a finding', () => {
		fc.assert(
			fc.property(grantArb, fc.constantFrom(...required), ({ granted, refreshToken, graph, claims }, extra) => {
				const base = trace({ signIn: signedIn(claims, granted, refreshToken), graph });
				const more = extra === 'offline_access'
					? trace({ signIn: signedIn(claims, granted, true), graph })
					: trace({ signIn: signedIn(claims, [...granted, extra], refreshToken), graph });
				const before = new Set(diagnosed(base).findings.map((f) => f.id));
				const after = diagnosed(more).findings.map((f) => f.id);
				expect(after.filter((id) => !before.has(id))).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	});

	test('scope spelling (case, Graph prefix) never changes the report', () => {
		fc.assert(
			fc.property(fc.subarray(required.filter((c) => c !== 'offline_access')).chain((claims) => fc.tuple(fc.constant(claims), fc.tuple(...claims.map(spelled)))), ([claims, spellings]) => {
				const plain = diagnosed(trace({ signIn: signedIn(idTokenClaims.work, claims) }));
				const odd = diagnosed(trace({ signIn: signedIn(idTokenClaims.work, spellings) }));
				expect(odd.findings).toEqual(plain.findings);
				expect(odd.missingScopes).toEqual(plain.missingScopes);
			}),
			{ numRuns: 100 },
		);
	});

	test('every report validates against reportSchema, and ready means no findings block anything', () => {
		fc.assert(
			fc.property(fc.oneof(fc.constantFrom(...Object.values(scenarioTraces)), grantArb.map((g) => trace({ signIn: signedIn(g.claims, g.granted, g.refreshToken), graph: g.graph }))), (input) => {
				const report = diagnosed(input);
				expect(reportSchema.safeParse(report).success).toBe(true);
				const ids = new Set(report.findings.map((f) => f.id));
				for (const feature of report.features) for (const id of feature.blockedBy) expect(ids.has(id)).toBe(true);
				if (report.ready) expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	});
});
