// Requests Node's HTTP parser refuses before any handler sees them: an unknown method (`FOO / HTTP/1.1`),
// a bare CR or a NUL in a header, headers too large. Node would answer a bare
// `400 Bad Request` with no body; this answers in Graph's error shape instead (the sandbox is Graph
// and Entra at once, and Graph's is the body a script reads). The connection cannot be reused after
// a parse error, so it is closed, as Node documents for the 'clientError' event:
// https://nodejs.org/api/http.html#event-clienterror
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

/** Node's parser error codes that mean "headers too large" rather than "malformed". */
const TOO_LARGE = new Set(['HPE_HEADER_OVERFLOW']);

export function clientErrorAnswer(error: NodeJS.ErrnoException, now = new Date()): string {
	const tooLarge = TOO_LARGE.has(error.code ?? '');
	const id = randomUUID();
	const body = JSON.stringify({
		error: {
			code: 'BadRequest',
			message: tooLarge
				? 'The request headers are too large.'
				: 'The request could not be read as HTTP/1.1 (unknown method or malformed header).',
			innerError: {
				date: now.toISOString().slice(0, 19),
				'request-id': id,
				'client-request-id': id,
			},
		},
	});
	return [
		tooLarge ? 'HTTP/1.1 431 Request Header Fields Too Large' : 'HTTP/1.1 400 Bad Request',
		'Content-Type: application/json; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		'Connection: close',
		'',
		body,
	].join('\r\n');
}

/** Pass to `server.on('clientError', …)`. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
	// A reset or a socket already answered has no one to read an answer.
	if (error.code === 'ECONNRESET' || !socket.writable) {
		socket.destroy();
		return;
	}
	socket.end(clientErrorAnswer(error));
}
