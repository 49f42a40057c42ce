// Reads a trace file as text the way support staff receive them: UTF-8 with or without a byte
// order mark (Notepad and PowerShell 5 write one), or UTF-16 with its BOM (PowerShell's `>` and
// `Out-File` in Windows PowerShell write UTF-16 LE). Anything else (binary, NUL bytes, invalid
// UTF-8, UTF-16 without a BOM) is not a text file, and the reason says which.

export type TextResult = { ok: true; text: string } | { ok: false; reason: string };

const BOMS: { bytes: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
	{ bytes: [0xff, 0xfe], encoding: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// C0 controls other than tab, LF and CR never appear in JSON text (RFC 8259 allows only those
// four whitespace characters outside strings, and none raw inside them).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export function decodeText(bytes: Uint8Array): TextResult {
	const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
	const encoding = bom?.encoding ?? 'utf-8';
	const body = bytes.subarray(bom?.bytes.length ?? 0);
	let text: string;
	try {
		// `fatal` refuses invalid sequences instead of replacing them with U+FFFD.
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		return {
			ok: false,
			reason: bom
				? `its byte order mark says ${encoding.toUpperCase()}, but the bytes after it are not`
				: 'it is neither UTF-8 nor UTF-16 with a byte order mark',
		};
	}
	const control = CONTROL.exec(text);
	if (control) {
		const code = control[0].charCodeAt(0);
		const what =
			code === 0
				? 'a NUL byte'
				: `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
		const hint = code === 0 && !bom ? ' (UTF-16 without a byte order mark, or a binary file)' : '';
		return { ok: false, reason: `it holds ${what}${hint}` };
	}
	return { ok: true, text };
}
