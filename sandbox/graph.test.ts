// Graph v1.0 in the sandbox answers as Microsoft Graph does: 401 without a valid token, 403 for a
// missing scope, the mailbox 404, 429 with Retry-After, 503, and $batch with at most 20 parts.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runProbeBatch } from '../src/checker/batch.ts';
import type { ProbeAnswer } from '../src/checker/probes.ts';
import { runStages } from '../src/checker/stages.ts';
import { permissions, registry } from '../src/registry/index.ts';
import { probesRefusedWith } from '../fixtures/graph-scopes.ts';
import { dispatch, graphRoutes } from './graph/routes.ts';
import { findAccount } from './scenarios.ts';
import { signIn, graph, startSandbox, type TestSandbox } from '../tests/support/test-client.ts';

const probes = [...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)];

let t: TestSandbox;
const tokens: Record<string, string> = {};
beforeAll(async () => {
	t = await startSandbox();
	const scenarios = [
		'ready',
		'mailbox-on-premises',
		'no-exchange-licence',
		'throttled',
		'graph-down',
		'no-teams-licence',
		'transcripts-off',
		'not-recorded',
		'no-recent-meeting',
		'hybrid-mailbox',
		'teams-essentials',
		'graph-silent',
		'licence-disabled',
	];
	for (const email of scenarios.map((scenario) => `${scenario}@harbour.sandbox.example`)) {
		tokens[email.split('@')[0]!] = (await signIn(t, email)).access_token;
	}
});
afterAll(() => t.close());
beforeEach(() => t.sandbox.reset());

describe('authentication', () => {
	test.each([
		['no token', undefined, 'Access token is empty.'],
		[
			'a token that is not a JWT',
			'opaque',
			'IDX14100: JWT is not well formed, there are no dots (.).',
		],
		[
			'a token signed by someone else',
			'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln',
			'Access token validation failure. Invalid audience.',
		],
	])('answers %s with 401 InvalidAuthenticationToken', async (_name, token, message) => {
		const { status, body } = await graph(t, '/me', token);
		expect(status).toBe(401);
		expect(body?.error).toMatchObject({ code: 'InvalidAuthenticationToken', message });
		expect(Object.keys(body?.error?.innerError ?? {})).toEqual([
			'date',
			'request-id',
			'client-request-id',
		]);
	});

	test('answers an expired access token with 401', async () => {
		t.advance(61 * 60 * 1000);
		const { status, body } = await graph(t, '/me', tokens['ready']);
		t.advance(-61 * 60 * 1000);
		expect(status).toBe(401);
		expect(body?.error?.message).toMatchInlineSnapshot(
			`"Lifetime validation failed, the token is expired."`,
		);
	});
});

describe('scopes', () => {
	test('a token without the scope a Teams resource needs gets 403 naming the scopes it accepts', () => {
		// Entra puts every consented scope in the token, so the token is left out: Graph's own check.
		const caller = { account: findAccount('ready')!, scp: ['User.Read'] };
		const { status, body } = dispatch(caller, 'GET', '/me/chats', t.origin, Date.now());
		expect(status).toBe(403);
		expect(body).toMatchObject({ error: { code: 'Forbidden' } });
		expect((body as { error: { message: string } }).error.message).toMatch(
			/^Missing scope permissions on the request\. API requires one of 'Chat\.ReadBasic, Chat\.Read, Chat\.ReadWrite'\. Scopes on the request 'User\.Read'$/,
		);
	});

	// The reconnect tenant consented before the newest release: Graph refuses each probe none of
	// its older permissions opens (fixtures/graph-scopes.ts; there may be none, when the newest
	// permissions only add to what older ones open), answers every other, and answers all once
	// consent is given.
	const newest = registry.releases.at(-1)!.id;
	const newestClaims = permissions.filter((p) => p.addedIn === newest).map((p) => p.claim);
	const older = permissions.filter((p) => p.addedIn !== newest).map((p) => p.claim);
	const refused = probesRefusedWith(older);
	const pathOf = (probe: string) =>
		probes.find((p) => p.id === probe)!.path.replace(/\{[^}]+\}/g, 'x');
	const denial = {
		teams: 'Forbidden',
		outlook: 'ErrorAccessDenied',
		directory: 'Authorization_RequestDenied',
	};
	const asReconnect = async () =>
		(
			await signIn(t, 'reconnect@reconnect.sandbox.example', {
				scopes: ['https://graph.microsoft.com/.default'],
			})
		).access_token;

	test.each(graphRoutes().map((route) => [route.probe, route] as const))(
		`an older consent (without ${newestClaims.join(', ')}): %s is refused only if no older permission opens it`,
		async (probe, route) => {
			const { status, body } = await graph(t, pathOf(probe), await asReconnect());
			if (refused.includes(probe)) {
				expect(status).toBe(403);
				expect(body?.error?.code).toBe(denial[route.kind]);
			} else expect(status).not.toBe(403);
		},
	);

	test('consent given later shows in the next token', async () => {
		t.sandbox.state.grantTenant(findAccount('reconnect')!.tenantId, newestClaims);
		const token = await asReconnect();
		for (const probe of refused)
			expect((await graph(t, pathOf(probe), token)).status, probe).not.toBe(403);
	});
});

describe('scenario accounts', () => {
	test.each([
		['ready', '/me?$select=id,displayName,userPrincipalName,mail', 200, undefined],
		['ready', '/me/licenseDetails', 200, undefined],
		['ready', '/me/onlineMeetings', 400, 'BadRequest'],
		[
			'mailbox-on-premises',
			'/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-01-02T00:00:00Z',
			404,
			'MailboxNotEnabledForRESTAPI',
		],
		['no-exchange-licence', '/me/events', 404, 'MailboxNotEnabledForRESTAPI'],
		['graph-down', '/me', 503, 'ServiceUnavailable'],
	])('%s: GET %s answers %i', async (scenario, path, status, code) => {
		const answer = await graph(t, path, tokens[scenario]);
		expect(answer.status).toBe(status);
		expect(answer.body?.error?.code).toBe(code);
	});

	test('/me lists the plans the licences assign, a plan switched off in its licence left out', async () => {
		const plansOf = async (scenario: string) => {
			const [me, details] = await Promise.all([
				graph(t, '/me?$select=id,assignedPlans', tokens[scenario]),
				graph(t, '/me/licenseDetails', tokens[scenario]),
			]);
			const provisioned = (
				details.body?.value as {
					servicePlans: { servicePlanId: string; provisioningStatus: string }[];
				}[]
			)
				.flatMap((entry) => entry.servicePlans)
				.filter((plan) => plan.provisioningStatus !== 'Disabled')
				.map((plan) => plan.servicePlanId);
			return { assigned: me.body?.assignedPlans as Record<string, string>[], provisioned };
		};
		const ready = await plansOf('ready');
		expect(ready.assigned.map((plan) => plan['servicePlanId']).sort()).toEqual(
			ready.provisioned.sort(),
		);
		for (const plan of ready.assigned) {
			expect(Object.keys(plan).sort()).toEqual([
				'assignedDateTime',
				'capabilityStatus',
				'service',
				'servicePlanId',
			]);
			expect(plan['capabilityStatus']).toBe('Enabled');
		}
		expect(ready.assigned.some((plan) => plan['service'] === 'exchange')).toBe(true);
		const disabled = await plansOf('licence-disabled');
		expect(disabled.assigned.some((plan) => plan['service'] === 'exchange')).toBe(false);
		expect(disabled.assigned.length).toBeGreaterThan(0);
	});

	test('the mailbox 404 carries the real message', async () => {
		const { body } = await graph(t, '/me/events', tokens['no-exchange-licence']);
		expect(body?.error?.message).toMatchInlineSnapshot(
			`"The mailbox is either inactive, soft-deleted, or is hosted on-premise."`,
		);
	});

	test('throttled gets 429 with Retry-After, then succeeds', async () => {
		const first = await graph(t, '/me', tokens['throttled']);
		expect(first.status).toBe(429);
		expect(first.headers.get('retry-after')).toBe('1');
		expect((await graph(t, '/me', tokens['throttled'])).status).toBe(200);
	});

	test('an online meeting is found by its join URL, and has a recording', async () => {
		const events = await graph(t, '/me/events?$top=1', tokens['ready']);
		const joinUrl = (events.body?.value?.[0]?.['onlineMeeting'] as { joinUrl: string }).joinUrl;
		const meetings = await graph(
			t,
			`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`,
			tokens['ready'],
		);
		const id = meetings.body?.value?.[0]?.['id'] as string;
		expect(
			(await graph(t, `/me/onlineMeetings/${id}/recordings`, tokens['ready'])).body?.value,
		).toHaveLength(1);
	});
});

/** Runs the checker's real staged probes against the sandbox; returns each probe's final status. */
async function probeAs(scenario: string) {
	const statuses: Record<string, number> = {};
	const bodies: Record<string, unknown> = {};
	const run = await runStages(registry, new Date(), (probes, onAnswer) =>
		runProbeBatch({
			probes,
			graphBaseUrl: `${t.origin}/sandbox/graph/v1.0`,
			record: () => {},
			sleep: async () => {},
			send: async (body) => {
				const answer = await graph(t, '/$batch', tokens[scenario], {
					method: 'POST',
					body: JSON.stringify(body),
					headers: { 'content-type': 'application/json' },
				});
				return { status: answer.status, headers: {}, body: answer.body };
			},
			onAnswer: (id: string, answer: ProbeAnswer) => {
				onAnswer(id, answer);
				statuses[id] = answer.status;
				bodies[id] = answer.body;
			},
		}),
	);
	return { ...run, statuses, bodies };
}

describe('the checker’s staged probes against each account', () => {
	/** Every probe of the registry answered 200. */
	const all200: Record<string, number> = Object.fromEntries(probes.map((p) => [p.id, 200]));
	/** Stage 1 alone (nothing to ask a meeting about), each probe of `kind` answered `status`. */
	const kinds = new Map(graphRoutes().map((r) => [r.probe, r.kind]));
	const stage1 = (kind?: string, status?: number): Record<string, number> =>
		Object.fromEntries(
			probes
				.filter((p) => p.stage === 1)
				.map((p) => [p.id, kinds.get(p.id) === kind ? status! : 200]),
		);
	test.each<[string, number[], Record<string, number>]>([
		['ready', [1, 2, 3], all200],
		['hybrid-mailbox', [1, 2, 3], all200],
		['teams-essentials', [1, 2, 3], all200],
		['not-recorded', [1, 2, 3], all200],
		['transcripts-off', [1, 2, 3], { ...all200, transcripts: 403 }],
		['no-recent-meeting', [1], stage1()],
		// No Teams licence: every Teams resource answers the licence 403; no meeting to ask about.
		['no-teams-licence', [1], stage1('teams', 403)],
		['mailbox-on-premises', [1], stage1('outlook', 404)],
	])('%s: stages %o, answers %o', async (scenario, stages, statuses) => {
		const run = await probeAs(scenario);
		expect(run.stages).toEqual(stages);
		expect(run.statuses).toEqual(statuses);
	});

	test('no-teams-licence: Teams answers 403 for want of a licence, as Graph words it', async () => {
		const { bodies } = await probeAs('no-teams-licence');
		expect(bodies['chats']).toMatchObject({
			error: {
				code: 'Forbidden',
				message: expect.stringMatching(/^Failed to get license information for the user\./),
			},
		});
		// The published body's innerError holds only the date and the request ids (no inner code).
		const inner = (bodies['chats'] as { error: { innerError: Record<string, unknown> } }).error
			.innerError;
		expect(Object.keys(inner).sort()).toEqual(['client-request-id', 'date', 'request-id']);
	});

	test('transcripts-off: 403 with innerError.code GraphAccessToTranscriptsDisabled', async () => {
		const { bodies } = await probeAs('transcripts-off');
		expect(bodies['transcripts']).toMatchObject({
			error: {
				code: 'Forbidden',
				innerError: { code: 'GraphAccessToTranscriptsDisabled', 'request-id': expect.any(String) },
			},
		});
	});

	test('not-recorded: the meeting has neither recording nor transcript, but an attendance report', async () => {
		const { bodies } = await probeAs('not-recorded');
		expect(bodies['recordings']).toMatchObject({ value: [] });
		expect(bodies['transcripts']).toMatchObject({ value: [] });
		expect((bodies['attendance-reports'] as { value: unknown[] }).value).toHaveLength(1);
	});

	test('the calendar answers only what $select asks: no subject, organiser or attendee', async () => {
		const { bodies } = await probeAs('ready');
		const text = JSON.stringify(bodies['calendar-view']);
		expect(text).not.toMatch(/Nguyen|subject|organizer|attendees|Riley/);
		expect(
			Object.keys(
				(bodies['calendar-view'] as { value: Record<string, unknown>[] }).value[0]!,
			).sort(),
		).toEqual([
			'end',
			'id',
			'isOnlineMeeting',
			'isOrganizer',
			'onlineMeeting',
			'onlineMeetingProvider',
			'start',
		]);
		expect(JSON.stringify(bodies['chats'])).not.toMatch(/topic|Nguyen/);
	});
});

describe('online meetings', () => {
	test('each meeting has its own chat thread, shaped as Graph makes them', async () => {
		const chats = await graph(t, '/me/chats?$select=id,chatType', tokens['ready']);
		const ids = ((chats.body?.value ?? []) as { id: string; chatType: string }[])
			.filter((chat) => chat.chatType === 'meeting')
			.map((chat) => chat.id);
		expect(ids.length).toBeGreaterThan(1);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			const encoded = /^19:meeting_([A-Za-z0-9+/]+)@thread\.v2$/.exec(id)?.[1];
			expect(Buffer.from(encoded ?? '', 'base64').toString()).toMatch(
				/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
			);
		}
	});

	test("a meeting the user only attended is not found by its join URL (only the organiser's are)", async () => {
		const view = await graph(
			t,
			'/me/calendarView?startDateTime=2000-01-01T00:00:00Z&endDateTime=2100-01-01T00:00:00Z&$select=isOrganizer,onlineMeeting',
			tokens['ready'],
		);
		const attended = view.body?.value?.find(
			(item) => item['isOrganizer'] === false && item['onlineMeeting'],
		);
		const joinUrl = (attended?.['onlineMeeting'] as { joinUrl: string }).joinUrl;
		const found = await graph(
			t,
			`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`,
			tokens['ready'],
		);
		expect(found.status).toBe(200);
		expect(found.body?.value).toEqual([]);
	});

	test('a filter other than JoinWebUrl is a 400', async () => {
		expect(
			(
				await graph(
					t,
					`/me/onlineMeetings?$filter=${encodeURIComponent("subject eq 'x'")}`,
					tokens['ready'],
				)
			).status,
		).toBe(400);
	});
});

describe('graph-silent', () => {
	test('takes the request and never answers; the client ends it', async () => {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), 300);
		await expect(
			graph(t, '/me', tokens['graph-silent'], { signal: controller.signal }),
		).rejects.toThrow();
		clearTimeout(timer);
	});
});

describe('$batch', () => {
	const batch = (count: number, url = '/me') => ({
		requests: Array.from({ length: count }, (_, i) => ({ id: String(i + 1), method: 'GET', url })),
	});
	const post = (body: unknown, token = tokens['ready']) =>
		graph(t, '/$batch', token, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: { 'content-type': 'application/json' },
		});

	test('answers 20 parts, each with its own status', async () => {
		const body = batch(20);
		body.requests[4]!.url = '/me/onlineMeetings';
		const { status, body: answer } = await post(body);
		expect(status).toBe(200);
		expect(answer?.responses).toHaveLength(20);
		expect(answer?.responses?.find((r) => r.id === '5')?.status).toBe(400);
		expect(answer?.responses?.filter((r) => r.status === 200)).toHaveLength(19);
	});

	test('refuses 21 parts with 400', async () => {
		const { status, body } = await post(batch(21));
		expect(status).toBe(400);
		expect(body?.error?.code).toBe('BadRequest');
	});

	test('refuses two parts whose ids differ only in case with 400 (ids are not case-sensitive)', async () => {
		const body = batch(2);
		body.requests[0]!.id = 'me';
		body.requests[1]!.id = 'ME';
		const { status, body: answer } = await post(body);
		expect(status).toBe(400);
		expect(answer?.error?.code).toBe('BadRequest');
	});

	test('throttles parts one by one', async () => {
		const { body } = await post(batch(2, '/me/licenseDetails'), tokens['throttled']);
		expect(body?.responses?.map((r) => r.status).sort()).toEqual([200, 429]);
		expect(body?.responses?.find((r) => r.status === 429)?.headers['retry-after']).toBe('1');
	});
});

describe('fault knobs', () => {
	test('throttle, 5xx and a malformed body, one request each, then normal', async () => {
		t.sandbox.setFaults({ throttle: 1, unavailable: 1, malformed: 1, retryAfterSeconds: 7 });
		const first = await graph(t, '/me', tokens['ready']).catch(() => undefined);
		expect(first?.status).toBe(429);
		expect(first?.headers.get('retry-after')).toBe('7');
		expect((await graph(t, '/me', tokens['ready'])).status).toBe(503);
		const malformed = await fetch(`${t.origin}/sandbox/graph/v1.0/me`, {
			headers: { authorization: `Bearer ${tokens['ready']}` },
		});
		await expect(malformed.json()).rejects.toThrow();
		expect((await graph(t, '/me', tokens['ready'])).status).toBe(200);
	});

	test('are set over HTTP (JSON, same origin or none) and cleared by reset', async () => {
		const set = await fetch(`${t.origin}/sandbox/_faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ unavailable: 2 }),
		});
		expect(await set.json()).toMatchObject({ unavailable: 2, throttle: 0 });
		expect((await fetch(`${t.origin}/sandbox/_reset`, { method: 'POST' })).status).toBe(204);
		expect(t.sandbox.faults().unavailable).toBe(0);
	});
});
