import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signInError } from '../../src/checker/msal-adapter.ts';
import {
	keepGraphBody,
	keepHeaders,
	keepIdentifiers,
	TraceRecorder,
} from '../../src/checker/trace-recorder.ts';
import { parseTrace } from '../../src/engine/trace.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('keepHeaders', () => {
	it('keeps Retry-After and ids, lower-cased, and drops cookies and anything else', () => {
		expect(
			keepHeaders({ 'Retry-After': '3', 'Set-Cookie': 'a=b', 'request-id': 'r1', 'X-Other': 'x' }),
		).toEqual({ 'retry-after': '3', 'request-id': 'r1' });
		expect(keepHeaders(new Headers({ 'Content-Type': 'application/json' }))).toEqual({
			'content-type': 'application/json',
		});
	});
});

describe('TraceRecorder', () => {
	const recorder = new TraceRecorder(() => new Date('2026-11-26T10:00:00.000Z'));

	it('refuses to make a trace before sign-in is recorded', () => {
		expect(() => new TraceRecorder().toTrace()).toThrowErrorMatchingInlineSnapshot(
			`[Error: The trace has no sign-in outcome yet.]`,
		);
	});

	it('makes a version 1 trace the engine accepts', () => {
		recorder.signIn({
			outcome: 'success',
			idTokenClaims: { tid: 't1', preferred_username: 'a@b.example' },
			scopes: ['User.Read'],
			refreshToken: true,
		});
		recorder.exchange({
			method: 'POST',
			url: 'https://graph.microsoft.com/v1.0/$batch',
			status: 200,
			headers: { 'Set-Cookie': 'x' },
			body: { responses: [] },
			requestBody: { requests: [] },
		});
		const trace = recorder.toTrace();
		expect(trace).toMatchObject({
			version: 1,
			capturedAt: '2026-11-26T10:00:00.000Z',
			graph: [{ status: 200, headers: {} }],
		});
		expect(parseTrace(JSON.parse(JSON.stringify(trace)))).toMatchObject({ ok: true });
	});

	it('removes anything shaped like a token from what it records', () => {
		recorder.exchange({
			method: 'GET',
			url: 'https://graph.microsoft.com/v1.0/me',
			status: 401,
			headers: {},
			body: { error: { code: 'InvalidAuthenticationToken', message: `Bearer ${JWT}` }, id: JWT },
		});
		expect(JSON.stringify(recorder.toTrace())).not.toContain(JWT);
	});
});

/** Graph answers as Microsoft documents them, each with what a client's file must never carry. */
const calendarView = {
	'@odata.context':
		"https://graph.microsoft.com/v1.0/$metadata#users('riley%40harbour.example')/calendarView",
	value: [
		{
			id: 'AAMkAGI2TG93AAA=',
			subject: 'Annual review: Nguyen family',
			bodyPreview: 'Agenda: super, insurance',
			isOnlineMeeting: true,
			isOrganizer: true,
			onlineMeetingProvider: 'teamsForBusiness',
			start: { dateTime: '2026-11-26T08:00:00.0000000', timeZone: 'UTC' },
			end: { dateTime: '2026-11-26T08:45:00.0000000', timeZone: 'UTC' },
			location: { displayName: 'Nguyen residence, 4 Smith St' },
			organizer: { emailAddress: { name: 'Riley Ready', address: 'riley@harbour.example' } },
			attendees: [
				{
					emailAddress: { name: 'Lan Nguyen', address: 'lan.nguyen@example.com' },
					type: 'required',
				},
			],
			onlineMeeting: {
				joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E@thread.v2/0',
				conferenceId: '177513992',
				tollNumber: '+61 2 9000 0000',
			},
		},
	],
};
const chats = {
	value: [
		{
			id: '19:meeting_N2E@thread.v2',
			topic: 'Annual review: Nguyen family',
			chatType: 'meeting',
			createdDateTime: '2026-11-25T08:00:00Z',
			members: [{ displayName: 'Lan Nguyen' }],
		},
	],
};
const noTeams = {
	error: {
		code: 'Forbidden',
		message:
			'Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.',
		innerError: {
			code: 'Forbidden',
			date: '2026-11-26T10:00:01',
			'request-id': 'r1',
			'client-request-id': 'c1',
		},
	},
};
const recordings = {
	value: [
		{
			id: '7e31db25-bc6e-4fd8-96c7-e01264e9b6fc',
			meetingId: 'MSpiOTM1',
			createdDateTime: '2026-11-26T08:46:00Z',
			recordingContentUrl: 'https://graph.microsoft.com/v1.0/x/content',
			meetingOrganizer: { user: { id: 'b935', displayName: 'Riley Ready', tenantId: 't1' } },
		},
	],
};
const licences = {
	value: [
		{
			id: 'l1',
			skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
			skuPartNumber: 'O365_BUSINESS_PREMIUM',
			servicePlans: [
				{
					servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
					servicePlanName: 'EXCHANGE_S_STANDARD',
					provisioningStatus: 'Success',
					appliesTo: 'User',
				},
			],
		},
	],
};

describe('keepIdentifiers', () => {
	it.each([
		[
			'a calendar view',
			calendarView,
			['Nguyen', 'riley@', 'Smith St', '177513992', '+61', 'Agenda'],
		],
		['meeting chats', chats, ['Nguyen']],
		['recordings', recordings, ['Riley Ready', 'recordingContentUrl']],
	])(
		'keeps ids, flags and dates of %s, and no name, subject, address or phone number',
		(_, body, gone) => {
			const kept = JSON.stringify(keepIdentifiers(body));
			for (const text of gone) expect(kept).not.toContain(text);
		},
	);

	it('keeps what the engine reads', () => {
		expect(keepIdentifiers(calendarView)).toEqual({
			value: [
				{
					id: 'AAMkAGI2TG93AAA=',
					isOnlineMeeting: true,
					isOrganizer: true,
					onlineMeetingProvider: 'teamsForBusiness',
					start: { dateTime: '2026-11-26T08:00:00.0000000', timeZone: 'UTC' },
					end: { dateTime: '2026-11-26T08:45:00.0000000', timeZone: 'UTC' },
					onlineMeeting: {
						joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E@thread.v2/0',
					},
				},
			],
		});
		expect(keepIdentifiers(licences)).toEqual(licences);
		expect(keepIdentifiers(noTeams)).toEqual(noTeams);
	});

	it('keeps each part of a $batch answer, its headers filtered and its body through the allow-list', () => {
		const body = {
			responses: [
				{
					id: 'chats',
					status: 200,
					headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'x' },
					body: chats,
				},
			],
		};
		expect(keepGraphBody(body)).toEqual({
			responses: [
				{
					id: 'chats',
					status: 200,
					headers: { 'content-type': 'application/json' },
					body: {
						value: [
							{
								id: chats.value[0]!.id,
								chatType: 'meeting',
								createdDateTime: '2026-11-25T08:00:00Z',
							},
						],
					},
				},
			],
		});
	});

	it('does not overflow on a body nested 100,000 deep', () => {
		let deep: unknown = { id: 'bottom' };
		for (let i = 0; i < 100_000; i++) deep = { value: [deep] };
		expect(() => JSON.stringify(keepIdentifiers(deep))).not.toThrow();
	});

	/** Names Graph uses for personal data (and anything not on the allow-list). */
	const PERSONAL: readonly string[] = [
		'subject',
		'topic',
		'displayName',
		'mail',
		'userPrincipalName',
		'address',
		'name',
		'bodyPreview',
		'body',
		'location',
		'attendees',
		'organizer',
		'participants',
		'members',
		'businessPhones',
		'tollNumber',
		'message',
		'code',
		'webUrl',
	];
	const personalNames = fc.constantFrom(...PERSONAL);
	const keptNames = fc.constantFrom(
		'id',
		'value',
		'isOrganizer',
		'start',
		'end',
		'dateTime',
		'createdDateTime',
		'meetingId',
		'onlineMeeting',
		'joinUrl',
		'provisioningStatus',
	);
	it('property: no string under a name off the allow-list reaches the recorded trace', () => {
		const marker = fc
			.string({ minLength: 1, maxLength: 6 })
			.map((s) => `PERSONAL-${s}-${Math.random().toString(36).slice(2, 8)}`);
		const { tree } = fc.letrec<{ tree: unknown; node: Record<string, unknown> }>((tie) => ({
			tree: fc.oneof({ depthSize: 'small' }, tie('node'), fc.array(tie('node'), { maxLength: 3 })),
			node: fc.dictionary(
				fc.oneof(personalNames, keptNames),
				fc.oneof({ depthSize: 'small' }, fc.string(), fc.boolean(), fc.integer(), tie('tree')),
				{ maxKeys: 5 },
			),
		}));
		fc.assert(
			fc.property(tree, marker, (body, secret) => {
				// Put the marker under every name off the allow-list, at any depth.
				const plant = (value: unknown): unknown => {
					if (Array.isArray(value)) return value.map(plant);
					if (!value || typeof value !== 'object') return value;
					const out: Record<string, unknown> = {};
					for (const [name, inner] of Object.entries(value))
						out[name] = PERSONAL.includes(name) ? { id: secret, value: [secret] } : plant(inner);
					return out;
				};
				const recorder = new TraceRecorder();
				recorder.signIn({ outcome: 'success', idTokenClaims: { tid: 't' }, scopes: [] });
				const planted = plant(body);
				recorder.exchange({
					method: 'GET',
					url: 'https://graph.microsoft.com/v1.0/me/calendarView',
					status: 200,
					headers: {},
					body: planted,
				});
				recorder.exchange({
					method: 'POST',
					url: 'https://graph.microsoft.com/v1.0/$batch',
					status: 200,
					headers: {},
					body: { responses: [{ id: 'calendar-view', status: 200, headers: {}, body: planted }] },
				});
				expect(JSON.stringify(recorder.toTrace())).not.toContain(secret);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('signInError', () => {
	it.each([
		[
			'a ServerError keeps code, sub-error, AADSTS number, server text and correlation id',
			{
				errorCode: 'access_denied',
				subError: 'cancel',
				errorNo: '90094',
				errorMessage: 'AADSTS90094: admin',
				message: 'short',
				correlationId: 'c1',
			},
			{
				errorCode: 'access_denied',
				subError: 'cancel',
				errorNo: '90094',
				message: 'AADSTS90094: admin',
				correlationId: 'c1',
			},
		],
		[
			'a popup error without sub-error',
			{ errorCode: 'popup_window_error', subError: '', message: 'popup_window_error' },
			{ errorCode: 'popup_window_error', message: 'popup_window_error' },
		],
		[
			'something that is not an MSAL error',
			new TypeError('boom'),
			{ errorCode: 'unknown_error', message: 'boom' },
		],
		[
			'a numeric errorNo',
			{ errorCode: 'invalid_grant', errorNo: 53003 },
			{ errorCode: 'invalid_grant', errorNo: '53003' },
		],
	])('%s', (_, error, expected) => {
		expect(signInError(error)).toEqual({ outcome: 'error', error: expected });
	});
});
