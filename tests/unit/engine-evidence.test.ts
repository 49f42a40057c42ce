// Verdicts from evidence, on the small fixed registry and Graph's documented bodies: a feature is
// ready only with a 2xx answer for every probe it rests on; a gap is never a pass; 4xx answers read
// as Microsoft means them; staged meeting probes, with "nothing to test on" as unverified; the
// not-recorded warning; and the engine staying total on huge and deep input.
import { describe, expect, test } from 'vitest';
import {
	graphErrors,
	licenceBodies,
	meetingErrors,
	noOnlineMeetingsBody,
	noRecentMeetingCalendarView,
	emptyCollection,
	signedInTo,
	recordingsBody,
} from '../../fixtures/index.ts';
import { NOW, testRegistry } from './engine-registry-fixture.ts';
import { feature, ids, report, states, traceWith } from './engine-test-kit.ts';

const ok = (body: unknown) => ({ status: 200, body });
const probeIds = [
	...new Set(
		[...testRegistry.baseProbes, ...testRegistry.features.flatMap((f) => f.probes)].map(
			(p) => p.id,
		),
	),
];

describe('ready only with evidence', () => {
	test('a healthy trace is ready, each feature naming the answers that prove it', () => {
		const result = report(traceWith());
		expect(result.ready).toBe(true);
		expect(ids(result)).toEqual([]);
		expect(feature(result, 'recording-file-notes')).toEqual({
			id: 'recording-file-notes',
			ready: true,
			state: 'ready',
			blockedBy: [],
			evidence: ['me', 'licence-details', 'calendar-view', 'online-meeting', 'recordings'],
		});
		expect(feature(result, 'meet-now').evidence).toEqual(['me', 'licence-details', 'chats']);
	});

	test('a signed-in trace with no Graph answers at all is never ready', () => {
		const result = report({ ...traceWith(), graph: [] });
		expect(result.ready).toBe(false);
		expect(ids(result)).toEqual(['graph-unavailable']);
		expect(
			result.features.every(
				(f) => f.state === 'blocked' && f.blockedBy.join() === 'graph-unavailable',
			),
		).toBe(true);
		expect(result.findings[0]!.details).toContain('me: no answer recorded');
	});

	describe.each(probeIds)('the %s answer', (id) => {
		const resting = testRegistry.features
			.filter((f) =>
				report(traceWith())
					.features.find((r) => r.id === f.id)!
					.evidence.includes(id),
			)
			.map((f) => f.id);
		test.each(['not-asked', 'missing'] as const)(
			'%s leaves no feature that rests on it ready, and the report not ready',
			(how) => {
				const result = report(traceWith({ [id]: how }));
				expect(result.ready).toBe(false);
				expect(result.findings[0]!.id).toBe('graph-unavailable');
				for (const f of result.features)
					expect(f.state).toBe(resting.includes(f.id) ? 'blocked' : 'ready');
			},
		);
	});

	test('a probe left unasked because its features lack a permission is no outage: the reconnect explains it', () => {
		const result = report(
			traceWith({ chats: 'not-asked' }, { signIn: signedInTo(testRegistry, ['Chat.Read']) }),
		);
		expect(ids(result)).toEqual(['reconnect-required']);
		expect(states(result)['meet-now']).toBe('blocked:reconnect-required');
	});

	test('a batch answered 200 whose body cannot be read proves nothing', () => {
		const t = traceWith();
		t.graph![0] = { ...t.graph![0]!, body: '{"responses": [ {"id": ' };
		const result = report(t);
		expect(ids(result)).toEqual(['graph-unavailable']);
		expect(states(result)['meet-now']).toBe('blocked:graph-unavailable');
	});

	test.each([
		['429', { status: 429, body: graphErrors.tooManyRequests, headers: { 'retry-after': '2' } }],
		['503', { status: 503, body: graphErrors.serviceUnavailable }],
		['no answer', { status: 0 }],
	])('a whole batch answered %s, then retried with success, is ready', (_, failure) => {
		const t = traceWith();
		t.graph!.unshift({ ...t.graph![0]!, ...failure });
		expect(report(t).ready).toBe(true);
		const stuck = traceWith();
		stuck.graph = [{ ...stuck.graph![0]!, ...failure }];
		expect(report(stuck).ready).toBe(false);
	});

	test('one request per probe (no batch) reads the same', () => {
		expect(report(traceWith({}, { unbatched: true })).ready).toBe(true);
		expect(
			states(report(traceWith({ chats: { status: 503 } }, { unbatched: true })))['meet-now'],
		).toBe('blocked:graph-unavailable');
	});
});

const forbidden = (message: string) => ({
	error: {
		code: 'Forbidden',
		message,
		innerError: {
			'request-id': '0f6b3a52-8c1d-4e7a-9b2f-6d5c4e3a2b10',
			date: '2026-11-26T10:00:02',
		},
	},
});

// [what, answers, scopes left out, findings (first is the one to act on), feature states that change from ready]
describe.each<
	[
		string,
		Record<string, { status: number; body?: unknown }>,
		string[],
		string[],
		Record<string, string>,
	]
>([
	[
		"a Teams API refused for want of a Teams licence (403, no code: Microsoft's words)",
		{ chats: { status: 403, body: meetingErrors.teamsLicence } },
		[],
		['teams-licence-missing'],
		{
			'scheduled-meetings': 'blocked:teams-licence-missing',
			'recording-file-notes': 'blocked:teams-licence-missing',
			'transcript-file-notes': 'blocked:teams-licence-missing',
			'meet-now': 'blocked:teams-licence-missing',
			attendance: 'blocked:teams-licence-missing',
		},
	],
	[
		'transcripts switched off for the tenant (403, innerError GraphAccessToTranscriptsDisabled)',
		{ transcripts: { status: 403, body: meetingErrors.transcriptsDisabled } },
		[],
		['tenant-policy-blocked'],
		{ 'transcript-file-notes': 'blocked:tenant-policy-blocked' },
	],
	[
		'Teams switched off for the tenant (401, innerError ServicePrincipalDisabledOnTenant)',
		{
			chats: {
				status: 401,
				body: {
					error: {
						code: 'Unauthorized',
						message: 'Teams has been disabled on the tenant.',
						innerError: { code: 'ServicePrincipalDisabledOnTenant' },
					},
				},
			},
		},
		[],
		['tenant-policy-blocked'],
		{ 'meet-now': 'blocked:tenant-policy-blocked' },
	],
	[
		'403 with the scope missing from the token',
		{ chats: { status: 403, body: meetingErrors.missingScope } },
		['Chat.Read'],
		['reconnect-required'],
		{ 'meet-now': 'blocked:reconnect-required' },
	],
	[
		'403 with every scope in the token',
		{ chats: { status: 403, body: forbidden('Forbidden') } },
		[],
		['graph-request-refused'],
		{ 'meet-now': 'blocked:graph-request-refused' },
	],
	[
		'400 on the online meeting look-up',
		{ 'online-meeting': { status: 400, body: meetingErrors.badRequestFilter } },
		[],
		['graph-request-refused'],
		{
			'recording-file-notes': 'blocked:graph-request-refused',
			'transcript-file-notes': 'blocked:graph-request-refused',
			attendance: 'blocked:graph-request-refused',
		},
	],
	[
		'404 ResourceNotFound on a mailbox probe',
		{ events: { status: 404, body: meetingErrors.resourceNotFound } },
		[],
		['mailbox-unavailable'],
		{
			'scheduled-meetings': 'blocked:mailbox-unavailable',
			'recording-file-notes': 'blocked:mailbox-unavailable',
			'transcript-file-notes': 'blocked:mailbox-unavailable',
		},
	],
	[
		'404 ResourceNotFound on a Teams probe',
		{ recordings: { status: 404, body: meetingErrors.resourceNotFound } },
		[],
		['graph-request-refused'],
		{ 'recording-file-notes': 'blocked:graph-request-refused' },
	],
	[
		'401 InvalidAuthenticationToken on the account',
		{ me: { status: 401, body: graphErrors.invalidAuthenticationToken } },
		[],
		['reconnect-required'],
		Object.fromEntries(testRegistry.features.map((f) => [f.id, 'blocked:reconnect-required'])),
	],
])('%s', (_, answers, except, findings, changed) => {
	const result = report(traceWith(answers, { signIn: signedInTo(testRegistry, except) }));
	test(`gives ${findings.join(', ')}, first`, () => {
		expect(ids(result)).toEqual(findings);
		expect(result.ready).toBe(false);
	});
	test('blocks only the features concerned', () => {
		const expected = {
			...Object.fromEntries(
				testRegistry.features.map((f) => [f.id, except.length ? states(result)[f.id] : 'ready']),
			),
			...changed,
		};
		expect(states(result)).toEqual(expected);
	});
	test('never offers a reconnect that cannot help', () => {
		if (!findings.includes('reconnect-required'))
			expect(ids(result)).not.toContain('reconnect-required');
	});
});

describe('a refusal the engine names nowhere else', () => {
	test("carries Graph's code, words (addresses masked) and request id, blocking only its feature", () => {
		const result = report(
			traceWith({
				chats: {
					status: 403,
					body: forbidden("User 'alex@harbouradvice.com.au' may not do this."),
				},
			}),
		);
		const details = result.findings[0]!.details!;
		expect(details).toContain('chats');
		expect(details).toContain('code Forbidden');
		expect(details).toContain('request id 0f6b3a52-8c1d-4e7a-9b2f-6d5c4e3a2b10');
		expect(details).not.toContain('alex@');
		expect(feature(result, 'meet-now').evidence).toEqual(['chats']);
	});
});

describe('staged meeting probes', () => {
	test('no Teams meeting the user organised has ended: recordings, transcripts and attendance are unverified, and say why', () => {
		const result = report(traceWith({ 'calendar-view': ok(noRecentMeetingCalendarView(NOW)) }));
		expect(ids(result)).toEqual([]);
		expect(states(result)).toEqual({
			'scheduled-meetings': 'ready',
			'recording-file-notes': 'unverified',
			'transcript-file-notes': 'unverified',
			'meet-now': 'ready',
			attendance: 'unverified',
		});
		const recording = feature(result, 'recording-file-notes');
		expect(recording.ready).toBe(false);
		expect(recording.evidence).toEqual(['me', 'licence-details', 'calendar-view']);
		expect(recording.reason).toMatch(/No Teams meeting you organised has ended/);
		expect(result.ready).toBe(true);
	});

	test('an online meeting look-up that finds nothing leaves them unverified too', () => {
		const result = report(traceWith({ 'online-meeting': ok(noOnlineMeetingsBody) }));
		expect(feature(result, 'transcript-file-notes')).toMatchObject({
			state: 'unverified',
			evidence: ['me', 'licence-details', 'calendar-view', 'online-meeting'],
		});
		expect(feature(result, 'transcript-file-notes').reason).toMatch(/could not match/);
	});

	test('a recent meeting with neither a recording nor a transcript is a warning that blocks nothing', () => {
		const result = report(
			traceWith({
				recordings: ok(emptyCollection('recordings')),
				transcripts: ok(emptyCollection('transcripts')),
			}),
		);
		expect(ids(result)).toEqual(['meeting-not-recorded']);
		expect(result.findings[0]!.severity).toBe('warning');
		expect(result.findings[0]!.details).toMatch(/ended 2026-11-25T14:00:00\.000Z/);
		expect(result.ready).toBe(true);
		expect(result.features.every((f) => f.state === 'ready')).toBe(true);
	});

	test.each([
		['a recording only', { transcripts: ok(emptyCollection('transcripts')) }],
		['a transcript only', { recordings: ok(emptyCollection('recordings')) }],
		[
			'several recordings',
			{ recordings: ok(recordingsBody(NOW, 3)), transcripts: ok(emptyCollection('transcripts')) },
		],
	])('a meeting with %s gives no warning', (_, answers) => {
		expect(ids(report(traceWith(answers)))).toEqual([]);
	});

	test('"Meet now" is proven by the chats answer alone', () => {
		const result = report(
			traceWith({ 'calendar-view': { status: 503, body: graphErrors.serviceUnavailable } }),
		);
		expect(feature(result, 'meet-now')).toMatchObject({
			state: 'ready',
			evidence: ['me', 'licence-details', 'chats'],
		});
		expect(feature(result, 'scheduled-meetings').state).toBe('blocked');
	});

	test('a licence hint never blocks what Teams answered (Teams Essentials, TeamsEss)', () => {
		expect(report(traceWith({ 'licence-details': ok(licenceBodies.teamsEssentials) })).ready).toBe(
			true,
		);
	});
});
