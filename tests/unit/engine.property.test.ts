// Properties of the engine over generated input, calling `diagnose` itself (not the catch-all
// wrapper): it never throws, on any value; removing or failing any probe answer of a ready trace
// never leaves the report ready; granting one more scope never adds a finding (but a refusal it no
// longer explains); scope spelling never matters; a report's `ready` agrees with its features; and
// no string of a probe body but ids, codes, flags and dates reaches the report.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	healthyTrace,
	idTokenClaims,
	meetingErrors,
	scopesOf,
	type AnswerSpec,
} from '../../fixtures/index.ts';
import {
	diagnose,
	diagnoseUnknown,
	reportSchema,
	type Report,
	type Trace,
} from '../../src/engine/index.ts';
import { NOW, testRegistry } from './engine-registry-fixture.ts';

const registry = testRegistry;
const run = (input: unknown): Report => diagnose(input as Trace, { registry });
const probeIds = [
	...new Set(
		[...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)].map((p) => p.id),
	),
];
const required = registry.permissions.map((p) => p.claim);
const inToken = scopesOf(registry);

const failure = fc.oneof(
	fc.constantFrom<AnswerSpec>('missing', 'not-asked'),
	fc.record({
		status: fc.oneof(fc.integer({ min: 300, max: 599 }), fc.constant(0)),
		body: fc.oneof(fc.jsonValue(), fc.constantFrom(...Object.values(meetingErrors))),
	}),
);

describe('diagnose', () => {
	test('never throws on any value, and always gives a valid report', () => {
		fc.assert(
			fc.property(
				fc.anything({
					withObjectString: true,
					withNullPrototype: true,
					withBigInt: true,
					withDate: true,
					withMap: true,
					withSet: true,
					withTypedArray: true,
					withSparseArray: true,
				}),
				(value) => {
					expect(reportSchema.safeParse(run(value)).success).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	test('never throws on traces with arbitrary parts in valid places', () => {
		const exchange = fc.record(
			{
				method: fc.oneof(fc.constantFrom('GET', 'post', 'PATCH'), fc.anything()),
				url: fc.oneof(
					fc.webUrl(),
					fc.string({ minLength: 1 }),
					fc.constantFrom(
						'https://graph.microsoft.com/v1.0/$batch',
						'/me/licenseDetails',
						'/me/onlineMeetings/x/recordings',
						'https://graph.microsoft.com/v1.0/me/mailboxSettings?x=%',
					),
				),
				status: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double()),
				body: fc.jsonValue(),
				requestBody: fc.oneof(
					fc.jsonValue(),
					fc.record({
						requests: fc.array(
							fc.record({
								id: fc.constantFrom(...probeIds, 'x'),
								method: fc.constant('GET'),
								url: fc.constantFrom('/me', '/me/chats', '/me/calendarView', '/me/onlineMeetings'),
							}),
						),
					}),
				),
			},
			{ requiredKeys: [] },
		);
		const claims = fc.record(
			{ tid: fc.oneof(fc.uuid(), fc.string()), iss: fc.string(), idp: fc.string() },
			{ requiredKeys: [] },
		);
		const signIn = fc.oneof(
			fc.record({
				outcome: fc.constant('success'),
				idTokenClaims: claims,
				scopes: fc.array(fc.oneof(fc.string(), fc.constantFrom(...required))),
				refreshToken: fc.boolean(),
			}),
			fc.record({
				outcome: fc.constant('error'),
				error: fc.record(
					{
						errorCode: fc.anything(),
						errorNo: fc.oneof(fc.string(), fc.integer()),
						message: fc.string(),
						subError: fc.string(),
					},
					{ requiredKeys: [] },
				),
			}),
			fc.anything(),
		);
		fc.assert(
			fc.property(
				signIn,
				fc.array(exchange, { maxLength: 8 }),
				fc.oneof(fc.constant(NOW.toISOString()), fc.string()),
				(s, graph, capturedAt) => {
					expect(
						reportSchema.safeParse(run({ version: 1, capturedAt, signIn: s, graph })).success,
					).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	test('removing or failing any probe answers of a ready trace never leaves the report ready', () => {
		expect(run(healthyTrace(registry, NOW)).ready).toBe(true);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...probeIds), { minLength: 1 }),
				fc.array(failure, { minLength: probeIds.length, maxLength: probeIds.length }),
				(ids, failures) => {
					const answers = Object.fromEntries(ids.map((id, i) => [id, failures[i]!]));
					const report = run(healthyTrace(registry, NOW, { answers }));
					expect(report.ready).toBe(false);
					expect(report.features.some((f) => f.state === 'blocked')).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	test('dropping any single exchange of a ready trace never leaves it ready', () => {
		const ready = healthyTrace(registry, NOW);
		for (let i = 0; i < ready.graph!.length; i++) {
			expect(run({ ...ready, graph: ready.graph!.filter((_, j) => j !== i) }).ready).toBe(false);
		}
	});

	test('granting one more required scope never adds a finding, but a refusal it no longer explains', () => {
		// The same answers before and after: a probe the checker skipped for want of a permission would be asked once it is granted.
		const answered = fc.oneof(
			fc.constant<AnswerSpec>('missing'),
			failure.filter((f) => f !== 'not-asked' && f !== 'missing'),
		);
		fc.assert(
			fc.property(
				fc.subarray(inToken),
				fc.boolean(),
				fc.constantFrom(...required),
				fc.dictionary(fc.constantFrom(...probeIds), answered, { maxKeys: 2 }),
				(granted, refreshToken, extra, answers) => {
					const signIn = (scopes: string[], refresh: boolean) => ({
						outcome: 'success' as const,
						idTokenClaims: idTokenClaims.work,
						scopes,
						refreshToken: refresh,
					});
					const before = run(
						healthyTrace(registry, NOW, { answers, signIn: signIn(granted, refreshToken) }),
					);
					const more =
						extra === 'offline_access'
							? signIn(granted, true)
							: signIn([...granted, extra], refreshToken);
					const after = run(healthyTrace(registry, NOW, { answers, signIn: more }));
					const had = new Set(before.findings.map((f) => f.id));
					expect(
						after.findings
							.map((f) => f.id)
							.filter((id) => !had.has(id) && id !== 'graph-request-refused'),
					).toEqual([]);
				},
			),
			{ numRuns: 200 },
		);
	});

	test('scope spelling (case, Graph prefix) never changes the report', () => {
		const spelled = (claim: string) =>
			fc
				.tuple(fc.boolean(), fc.boolean())
				.map(
					([prefix, upper]) =>
						`${prefix ? 'https://graph.microsoft.com/' : ''}${upper ? claim.toUpperCase() : claim}`,
				);
		fc.assert(
			fc.property(
				fc
					.subarray(inToken)
					.chain((claims) => fc.tuple(fc.constant(claims), fc.tuple(...claims.map(spelled)))),
				([claims, spellings]) => {
					const signIn = (scopes: string[]) => ({
						signIn: {
							outcome: 'success' as const,
							idTokenClaims: idTokenClaims.work,
							scopes,
							refreshToken: true,
						},
					});
					expect(run(healthyTrace(registry, NOW, signIn(spellings)))).toEqual(
						run(healthyTrace(registry, NOW, signIn(claims))),
					);
				},
			),
			{ numRuns: 100 },
		);
	});

	test('ready agrees with the features and the findings', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...probeIds), failure, { maxKeys: 3 }),
				fc.subarray(inToken, { minLength: inToken.length - 2 }),
				(answers, scopes) => {
					const report = run(
						healthyTrace(registry, NOW, {
							answers,
							signIn: {
								outcome: 'success',
								idTokenClaims: idTokenClaims.work,
								scopes,
								refreshToken: true,
							},
						}),
					);
					const found = new Set(report.findings.map((f) => f.id));
					for (const f of report.features) {
						for (const id of f.blockedBy) expect(found.has(id)).toBe(true);
						expect(f.ready).toBe(f.state === 'ready');
						expect(f.state === 'blocked').toBe(f.blockedBy.length > 0);
					}
					if (report.ready) {
						expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
						expect(report.features.every((f) => f.state !== 'blocked')).toBe(true);
					}
				},
			),
			{ numRuns: 200 },
		);
	});

	test('no string of a probe body but ids, codes, flags and dates reaches the report', () => {
		const personal = fc
			.string({ minLength: 6, maxLength: 20 })
			.map((s) => `Client ${s.replace(/[^a-z]/gi, 'x')} Nguyen`);
		fc.assert(
			fc.property(personal, (secret) => {
				const base = healthyTrace(registry, NOW);
				const withSecrets = JSON.parse(
					JSON.stringify(base).replaceAll(
						'"id":',
						`"subject":"${secret}","topic":"${secret}","displayName":"${secret}","id":`,
					),
				);
				const text = JSON.stringify([run(withSecrets), diagnoseUnknown(withSecrets, { registry })]);
				expect(text).not.toContain(secret);
			}),
			{ numRuns: 50 },
		);
	});
});
