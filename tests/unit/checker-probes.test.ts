import { describe, expect, it } from 'vitest';
import { selectProbes } from '../../src/checker/probes.ts';
import { registry } from '../../src/registry/index.ts';

const now = new Date('2026-11-26T10:00:00.000Z');

describe('selectProbes', () => {
	const probes = selectProbes(registry, now);

	it('starts with the base probes, then each feature’s first-stage probes, each once', () => {
		const ids = probes.map((probe) => probe.id);
		expect(ids.slice(0, registry.baseProbes.length)).toEqual(registry.baseProbes.map((probe) => probe.id));
		expect(new Set(ids).size).toBe(ids.length);
		const firstStage = [...registry.baseProbes, ...registry.features.flatMap((feature) => feature.probes)].filter((probe) => probe.stage === 1);
		expect(ids).toEqual([...new Set(firstStage.map((probe) => probe.id))]);
	});

	it('fits in one $batch', () => {
		expect(probes.length).toBeLessThanOrEqual(20);
	});

	it('fills {start} and {end} with a window of a week either side of now', () => {
		const calendar = probes.find((probe) => probe.url.includes('startDateTime'));
		expect(calendar?.url).toContain(`startDateTime=${encodeURIComponent('2026-11-19T10:00:00.000Z')}`);
		expect(calendar?.url).toContain(`endDateTime=${encodeURIComponent('2026-12-03T10:00:00.000Z')}`);
		expect(probes.every((probe) => !probe.url.includes('{'))).toBe(true);
	});

	it('drops a probe id listed twice', () => {
		const twice = { baseProbes: registry.baseProbes, features: [...registry.features, ...registry.features] };
		expect(selectProbes(twice, now)).toHaveLength(probes.length);
	});
});
