// What `npm run diagnose` takes as text: UTF-8 with or without a byte order mark, UTF-16 LE or BE
// with one; anything else is refused with the reason (scripts/diagnose/read-text.ts).
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../scripts/diagnose/read-text.ts';

const json = '{"version":1,"note":"café ✓ 🙂"}';
const bytes = (...parts: (number[] | Buffer)[]) =>
	Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

describe('decodeText', () => {
	test.each<[string, Buffer]>([
		['UTF-8', Buffer.from(json)],
		['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(json))],
		['UTF-16 LE with a BOM', bytes([0xff, 0xfe], Buffer.from(json, 'utf16le'))],
		['UTF-16 BE with a BOM', bytes([0xfe, 0xff], Buffer.from(json, 'utf16le').swap16())],
	])('reads %s', (_, input) => {
		expect(decodeText(input)).toEqual({ ok: true, text: json });
	});

	test.each<[string, Buffer, string]>([
		[
			'a control character in plain ASCII',
			Buffer.from('{"a":1}\u001a'),
			'it holds control character U+001A',
		],
		[
			'binary junk',
			bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			'it is neither UTF-8 nor UTF-16 with a byte order mark',
		],
		[
			'a NUL byte',
			Buffer.from('{"a":1}\u0000'),
			'it holds a NUL byte (UTF-16 without a byte order mark, or a binary file)',
		],
		[
			'invalid UTF-8',
			bytes(Buffer.from('{"a":"'), [0xc3, 0x28], Buffer.from('"}')),
			'it is neither UTF-8 nor UTF-16 with a byte order mark',
		],
		[
			'UTF-16 LE without a BOM',
			Buffer.from('{"version":1}', 'utf16le'),
			'it holds a NUL byte (UTF-16 without a byte order mark, or a binary file)',
		],
		[
			'a UTF-16 BOM over an odd number of bytes',
			bytes([0xff, 0xfe, 0x7b]),
			'its byte order mark says UTF-16LE, but the bytes after it are not',
		],
		[
			'a UTF-8 BOM over Latin-1',
			bytes([0xef, 0xbb, 0xbf], Buffer.from('caf\xe9', 'latin1')),
			'its byte order mark says UTF-8, but the bytes after it are not',
		],
	])('refuses %s as not text', (_, input, reason) => {
		expect(decodeText(input)).toEqual({ ok: false, reason });
	});
});
