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

function file(name: string, content: string): string {
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

	test('reads a trace saved with a byte order mark (Notepad, PowerShell 5)', () => {
		const { code, stdout } = run([
			file('bom.json', `\uFEFF${JSON.stringify(scenarioTraces.ready)}`),
		]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).ready).toBe(true);
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
		['no argument', () => run([]), /usage/],
	])('exits 2 with one line on stderr for %s', (_, invoke, message) => {
		const { code, stdout, stderr } = invoke();
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(message);
	});
});
