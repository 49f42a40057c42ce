// Requests Node's parser refuses before the sandbox sees them still get an answer in Graph's shape,
// with no stack, and the connection is closed (it cannot be reused after a parse error).
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../tests/support/test-client.ts';

let t: TestSandbox;
beforeAll(async () => void (t = await startSandbox()));
afterAll(() => t.close());

/** Sends raw bytes and reads everything the server writes until it closes the connection. */
function raw(request: string): Promise<string> {
	const { port } = new URL(t.origin);
	return new Promise((resolve, reject) => {
		let answer = '';
		const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (answer += chunk));
		socket.on('end', () => resolve(answer));
		socket.on('error', reject);
	});
}

test.each([
	['an unknown method', 'FOO /sandbox/ HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
	['a bare CR in a header', 'GET /sandbox/ HTTP/1.1\r\nHost: localhost\r\nX-A: b\rc\r\n\r\n', 400],
	['a NUL in a header', 'GET /sandbox/ HTTP/1.1\r\nHost: localhost\r\nX-A: b\0c\r\n\r\n', 400],
	[
		'headers over the limit',
		`GET /sandbox/ HTTP/1.1\r\nHost: localhost\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`,
		431,
	],
])('%s: answered in Graph’s shape, connection closed', async (_, request, status) => {
	const answer = await raw(request);
	const [head = '', body = ''] = answer.split('\r\n\r\n');
	expect(head.split('\r\n')[0]).toBe(
		`HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : 'Request Header Fields Too Large'}`,
	);
	expect(head).toMatch(/^Connection: close$/im);
	const error = (JSON.parse(body) as { error: { code: string; innerError: object } }).error;
	expect(error.code).toBe('BadRequest');
	expect(error.innerError).toHaveProperty('request-id');
	expect(body).not.toMatch(/\bat \S+ \(|node:internal|\.ts:\d+/);
});
