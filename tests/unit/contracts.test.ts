// docs/CONTRACTS.md is what a newcomer reads instead of the code: its findings table and its list
// of sandbox accounts are checked against the catalogue and the sandbox, so neither can drift.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { accounts } from '../../sandbox/scenarios.ts';
import { findingIds, findings } from '../../src/registry/findings.ts';

const contracts = readFileSync(new URL('../../docs/CONTRACTS.md', import.meta.url), 'utf8');

/** The text of one `## ` section. */
function section(title: string): string {
	const start = contracts.indexOf(`\n## ${title}\n`);
	if (start === -1) throw new Error(`docs/CONTRACTS.md has no "## ${title}" section`);
	const end = contracts.indexOf('\n## ', start + 1);
	return contracts.slice(start, end === -1 ? undefined : end);
}

/** The findings table's rows: id, severity, audience, fix. */
const rows = section('Findings catalogue')
	.split('\n')
	.filter((line) => line.startsWith('| `'))
	.map((line) => {
		const [id, severity, audience, fix] = line
			.split('|')
			.slice(1, 5)
			.map((cell) => cell.trim().replace(/^`|`$/g, ''));
		return { id, severity, audience, fix };
	});

describe('the findings table in docs/CONTRACTS.md', () => {
	test('lists every catalogue id, in the catalogue order, and no other', () => {
		expect(rows.map((row) => row.id)).toEqual([...findingIds]);
	});

	test.each(findingIds.map((id) => [id]))(
		'gives %s the catalogue severity, audience and fix',
		(id) => {
			const { severity, audience, fix } = findings[id];
			expect(rows.find((row) => row.id === id)).toEqual({ id, severity, audience, fix });
		},
	);
});

describe('the sandbox accounts in docs/CONTRACTS.md', () => {
	const listed = [...section('Sandbox accounts').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);

	test.each(accounts.map((account) => [account.scenario]))('name %s', (scenario) => {
		expect(listed).toContain(scenario);
	});
});
