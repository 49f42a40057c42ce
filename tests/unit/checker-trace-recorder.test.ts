import { describe, expect, it } from 'vitest';
import { signInError } from '../../src/checker/msal-adapter.ts';
import { keepHeaders, TraceRecorder } from '../../src/checker/trace-recorder.ts';
import { parseTrace } from '../../src/engine/trace.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('keepHeaders', () => {
	it('keeps Retry-After and ids, lower-cased, and drops cookies and anything else', () => {
		expect(keepHeaders({ 'Retry-After': '3', 'Set-Cookie': 'a=b', 'request-id': 'r1', 'X-Other': 'x' })).toEqual({ 'retry-after': '3', 'request-id': 'r1' });
		expect(keepHeaders(new Headers({ 'Content-Type': 'application/json' }))).toEqual({ 'content-type': 'application/json' });
	});
});

describe('TraceRecorder', () => {
	const recorder = new TraceRecorder(() => new Date('2026-11-26T10:00:00.000Z'));

	it('refuses to make a trace before sign-in is recorded', () => {
		expect(() => new TraceRecorder().toTrace()).toThrowErrorMatchingInlineSnapshot(`[Error: The trace has no sign-in outcome yet.]`);
	});

	it('makes a version 1 trace the engine accepts', () => {
		recorder.signIn({ outcome: 'success', idTokenClaims: { tid: 't1', preferred_username: 'a@b.example' }, scopes: ['User.Read'], refreshToken: true });
		recorder.exchange({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/$batch', status: 200, headers: { 'Set-Cookie': 'x' }, body: { responses: [] }, requestBody: { requests: [] } });
		const trace = recorder.toTrace();
		expect(trace).toMatchObject({ version: 1, capturedAt: '2026-11-26T10:00:00.000Z', graph: [{ status: 200, headers: {} }] });
		expect(parseTrace(JSON.parse(JSON.stringify(trace)))).toMatchObject({ ok: true });
	});

	it('removes anything shaped like a token from what it records', () => {
		recorder.exchange({ method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', status: 401, headers: {}, body: { note: `Bearer ${JWT}`, raw: JWT } });
		expect(JSON.stringify(recorder.toTrace())).not.toContain(JWT);
	});
});

describe('signInError', () => {
	it.each([
		[
			'a ServerError keeps code, sub-error, AADSTS number, server text and correlation id',
			{ errorCode: 'access_denied', subError: 'cancel', errorNo: '90094', errorMessage: 'AADSTS90094: admin', message: 'short', correlationId: 'c1' },
			{ errorCode: 'access_denied', subError: 'cancel', errorNo: '90094', message: 'AADSTS90094: admin', correlationId: 'c1' },
		],
		['a popup error without sub-error', { errorCode: 'popup_window_error', subError: '', message: 'popup_window_error' }, { errorCode: 'popup_window_error', message: 'popup_window_error' }],
		['something that is not an MSAL error', new TypeError('boom'), { errorCode: 'unknown_error', message: 'boom' }],
		['a numeric errorNo', { errorCode: 'invalid_grant', errorNo: 53003 }, { errorCode: 'invalid_grant', errorNo: '53003' }],
	])('%s', (_, error, expected) => {
		expect(signInError(error)).toEqual({ outcome: 'error', error: expected });
	});
});
