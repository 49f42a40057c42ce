// The engine is given its registry: the diagnose path (src/engine/core.ts and everything it
// imports at run time) imports no zod and no registry data, and a healthy trace generated from any
// registry's probes is ready, the real one included, and one with a probe added.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { healthyTrace } from '../../fixtures/healthy-trace.ts';
import { diagnose, type Trace } from '../../src/engine/core.ts';
import type { EngineRegistry } from '../../src/engine/engine-registry.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { NOW, testRegistry } from './engine-registry-fixture.ts';

const root = join(import.meta.dirname, '..', '..');

/** The modules a file imports at run time (`import type` and type-only re-exports are erased). */
function runtimeImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const specifiers = [
		...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
	].map((m) => m[1]!);
	return specifiers.map((s) => (s.startsWith('.') ? resolve(dirname(file), s) : s));
}

function closure(entry: string): Set<string> {
	const seen = new Set<string>();
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		if (file.startsWith('/')) queue.push(...runtimeImports(file));
	}
	return seen;
}

describe('the diagnose path', () => {
	const modules = [...closure(join(root, 'src/engine/core.ts'))];

	test('imports no zod and no registry data', () => {
		expect(modules.filter((m) => !m.startsWith('/'))).toEqual([]);
		const registry = modules
			.filter((m) => m.includes('/src/registry/'))
			.map((m) => m.slice(root.length + 1));
		// The code maps are plain data, validated nowhere (the consent link builder is
		// src/derive/consent-link.ts); the checker's bundle gets codes.ts prepared, without error-codes.ts.
		expect(registry.sort()).toEqual(['src/registry/codes.ts', 'src/registry/error-codes.ts']);
		for (const file of modules) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]zod['"]/);
	});
});

describe('a healthy trace generated from the registry', () => {
	test('is ready on the real registry, every feature proven', () => {
		const report = diagnose(healthyTrace(engineRegistry, NOW) as Trace, {
			registry: engineRegistry,
		});
		expect(report.findings).toEqual([]);
		expect(report.ready).toBe(true);
		expect(report.features.map((f) => f.state)).toEqual(engineRegistry.features.map(() => 'ready'));
	});

	test('stays ready when the registry gains a probe, and the new probe is evidence', () => {
		const presence = { id: 'presence', path: '/me/presence', stage: 1 as const, outlook: false };
		const grown: EngineRegistry = {
			...testRegistry,
			features: testRegistry.features.map((f) =>
				f.id === 'meet-now' ? { ...f, probes: [...f.probes, presence] } : f,
			),
		};
		const report = diagnose(healthyTrace(grown, NOW) as Trace, { registry: grown });
		expect(report.ready).toBe(true);
		expect(report.features.find((f) => f.id === 'meet-now')!.evidence).toContain('presence');
		const without = diagnose(
			healthyTrace(grown, NOW, { answers: { presence: 'not-asked' } }) as Trace,
			{ registry: grown },
		);
		expect(without.ready).toBe(false);
	});

	test("keeps to Outlook's limit of 4 mailbox requests and Graph's 20 parts per batch, in at most three round trips", () => {
		const outlook = new Set(
			[...engineRegistry.baseProbes, ...engineRegistry.features.flatMap((f) => f.probes)]
				.filter((p) => p.outlook)
				.map((p) => p.id),
		);
		const batches = healthyTrace(engineRegistry, NOW).graph!.map(
			(g) => (g.requestBody as { requests: { id: string }[] }).requests,
		);
		expect(batches.length).toBeLessThanOrEqual(3);
		for (const parts of batches) {
			expect(parts.length).toBeLessThanOrEqual(20);
			expect(parts.filter((p) => outlook.has(p.id)).length).toBeLessThanOrEqual(4);
		}
	});
});
