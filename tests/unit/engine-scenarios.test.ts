// Every sandbox account's trace (fixtures/traces.ts) through the engine on the real registry gives
// what the scenario table (sandbox/scenario-table.ts) says the checker shows: the verdict, the
// findings in order and each feature's state. A new account without a trace fails to compile here,
// and a trace whose account went fails the first test.
import { describe, expect, test } from 'vitest';
import { accountTraces } from '../../fixtures/index.ts';
import { accounts, type ScenarioId } from '../../sandbox/scenarios.ts';
import { verdictOf } from '../../src/checker/verdict.ts';
import { diagnose, parseTrace, type TraceInput } from '../../src/engine/index.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';

const traces: Readonly<Record<ScenarioId, TraceInput>> = accountTraces;

test('each account has one trace, and each trace an account', () => {
	expect(Object.keys(traces).sort()).toEqual(accounts.map((a) => a.scenario).sort());
});

describe.each(accounts.map((a) => [a.scenario, a.expect] as const))('%s', (scenario, expected) => {
	const parsed = parseTrace(traces[scenario]);
	test('its trace is valid', () => expect(parsed).toMatchObject({ ok: true }));
	if (!parsed.ok) return;
	const report = diagnose(parsed.trace, { registry: engineRegistry });

	test(`gives ${expected.findings.join(', ') || 'no finding'} (${expected.verdict})`, () => {
		expect(report.findings.map((f) => f.id)).toEqual(expected.findings);
		expect(verdictOf(report)).toBe(expected.verdict);
	});
	test('gives each feature the state the table says', () => {
		expect(Object.fromEntries(report.features.map((f) => [f.id, f.state]))).toEqual(
			expected.features,
		);
	});
});
