// Chooses the Graph requests a check makes: the registry's base probes, then each feature's own,
// with the `{start}`/`{end}` placeholders filled with a window around now.
import type { Registry } from '../registry/index.ts';

/** One probe, ready to go into a `$batch` part. */
export interface ProbeRequest {
	/** The registry's probe id, also the batch part id. */
	id: string;
	method: 'GET';
	/** Relative to the Graph version root, e.g. `/me/licenseDetails`. */
	url: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The stage 1 probes (those that need no earlier answer), in registry order, each once. */
export function selectProbes(registry: Pick<Registry, 'baseProbes' | 'features'>, now: Date, windowDays = 7): ProbeRequest[] {
	const start = encodeURIComponent(new Date(now.getTime() - windowDays * DAY_MS).toISOString());
	const end = encodeURIComponent(new Date(now.getTime() + windowDays * DAY_MS).toISOString());
	const seen = new Set<string>();
	const out: ProbeRequest[] = [];
	for (const probe of [...registry.baseProbes, ...registry.features.flatMap((feature) => feature.probes)]) {
		if (seen.has(probe.id) || probe.stage !== 1) continue;
		seen.add(probe.id);
		out.push({ id: probe.id, method: 'GET', url: probe.path.replaceAll('{start}', start).replaceAll('{end}', end) });
	}
	return out;
}
