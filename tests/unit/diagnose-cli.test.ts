// `npm run diagnose`: the report on stdout with exit 0, or exit 2 with one line on stderr naming
// the problem and the field. Spawned with the Node in node_modules/.bin, as npm scripts run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scenarioTraces } from '../../fixtures/index.ts';
import { reportSchema } from '../../src/engine/index.ts';

const root = join(import.meta.dirname, '..', '..');
const node = join(root, 'node_modules', '.bin', 'node');
const dir = mkdtempSync(join(tmpdir(), 'diagnose-cli-'));

function run(args: string[], stdin?: string) {
	const result = spawnSync(node, ['scripts/diagnose.ts', ...args], {
		cwd: root,
		input: stdin ?? '',
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

// Each test spawns Node; on a loaded machine that alone can take seconds.
describe('npm run diagnose', { timeout: 30_000 }, () => {
	test('prints the report for a valid trace file and exits 0', () => {
		const { code, stdout, stderr } = run([
			file('reconnect.json', JSON.stringify(scenarioTraces.reconnect)),
		]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const report = reportSchema.parse(JSON.parse(stdout));
		expect(report.findings.map((f) => f.id)).toEqual(['reconnect-required']);
	});

	test('reads the trace from standard input with "-"', () => {
		const { code, stdout } = run(['-'], JSON.stringify(scenarioTraces['needs-admin']));
		expect(code).toBe(0);
		expect(JSON.parse(stdout).findings[0].id).toBe('admin-approval-required');
	});

	test('exits 0 for a trace with nothing wrong, every feature ready from evidence', () => {
		const { code, stdout } = run(['-'], JSON.stringify(scenarioTraces.ready));
		expect(code).toBe(0);
		const report = reportSchema.parse(JSON.parse(stdout));
		expect(report.ready).toBe(true);
		expect(report.features.every((f) => f.state === 'ready' && f.evidence.length > 0)).toBe(true);
	});

	test('says which features could not be tested, and why (no recent meeting)', () => {
		const { code, stdout } = run(['-'], JSON.stringify(scenarioTraces['no-recent-meeting']));
		expect(code).toBe(0);
		const recording = reportSchema
			.parse(JSON.parse(stdout))
			.features.find((f) => f.id === 'recording-file-notes')!;
		expect(recording.state).toBe('unverified');
		expect(recording.reason).toMatch(/Teams meeting/);
	});

	test('reads a valid trace with a Graph body nested 20,000 deep, and names the field when one is misplaced', () => {
		const deep = `${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}`;
		const { signIn, graph } = scenarioTraces.ready;
		const exchange = `{"method":"GET","url":"https://graph.microsoft.com/v1.0/me/unrelated","status":200,"body":${deep}}`;
		const valid = run(
			['-'],
			`{"version":1,"capturedAt":"${scenarioTraces.ready.capturedAt}","signIn":${JSON.stringify(signIn)},"graph":[${JSON.stringify(graph).slice(1, -1)},${exchange}]}`,
		);
		expect(valid.stderr).toBe('');
		expect(valid.code).toBe(0);
		expect(JSON.parse(valid.stdout).ready).toBe(true);
		const misplaced = run(
			['-'],
			`{"version":1,"capturedAt":"${scenarioTraces.ready.capturedAt}","signIn":${deep},"graph":[]}`,
		);
		expect(misplaced.code).toBe(2);
		expect(misplaced.stderr).toMatch(/signIn/);
		expect(misplaced.stderr).not.toMatch(/could not read/);
	});

	const json = JSON.stringify(scenarioTraces.ready);
	const utf16be = Buffer.from(json, 'utf16le').swap16();
	test.each<[string, Buffer]>([
		[
			'UTF-8 with a byte order mark',
			Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
		],
		[
			'UTF-16 LE with a byte order mark',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
		],
		['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
	])('reads a trace saved as %s', (name, bytes) => {
		const { code, stdout, stderr } = run([file(`${name.replace(/\W+/g, '-')}.json`, bytes)]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).ready).toBe(true);
	});

	test('ends quietly with exit 0 when the reader closes the pipe (| head)', () => {
		// `true` exits at once without reading, so the report meets a closed pipe (EPIPE).
		const trace = file('piped.json', json);
		const result = spawnSync(
			'bash',
			['-c', '"$0" scripts/diagnose.ts "$1" | true; echo "exit ${PIPESTATUS[0]}" >&2', node, trace],
			{
				cwd: root,
				encoding: 'utf8',
			},
		);
		expect(result.stderr).toBe('exit 0\n');
	});

	test.each<[string, () => ReturnType<typeof run>, RegExp]>([
		[
			'an invalid trace (names the field)',
			() =>
				run([
					file(
						'bad.json',
						JSON.stringify({ ...scenarioTraces.ready, signIn: { outcome: 'success', scopes: [] } }),
					),
				]),
			/signIn\.idTokenClaims/,
		],
		[
			'the wrong version',
			() => run(['-'], JSON.stringify({ ...scenarioTraces.ready, version: 2 })),
			/field: version/,
		],
		[
			'unreadable JSON',
			() => run([file('broken.json', '{"version": 1,')]),
			/not valid JSON.*field: \(root\)/,
		],
		['a missing file', () => run([join(dir, 'missing.json')]), /no such file/],
		['a directory', () => run([dir]), /is a directory, not a trace file/],
		[
			'binary junk',
			() => run([file('junk.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))]),
			/junk\.bin is not a text file/,
		],
		[
			'NUL bytes in otherwise plain JSON',
			() => run([file('nul.json', `{"version":1,\u0000}`)]),
			/not a text file: it holds a NUL byte/,
		],
		[
			'invalid UTF-8',
			() => run([file('latin1.json', Buffer.from('{"a":"caf\xe9"}', 'latin1'))]),
			/not a text file: it is neither UTF-8 nor UTF-16/,
		],
		[
			'UTF-16 without a byte order mark',
			() =>
				run([
					file('utf16-nobom.json', Buffer.from(JSON.stringify(scenarioTraces.ready), 'utf16le')),
				]),
			/not a text file: it holds a NUL byte \(UTF-16 without a byte order mark/,
		],
		['no argument', () => run([]), /usage/],
	])('exits 2 with one line on stderr for %s', (_, invoke, message) => {
		const { code, stdout, stderr } = invoke();
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(message);
	});
});
