// The engine's throughput: how many traces `diagnose` reads per second, on the sandbox accounts'
// traces (fixtures/traces.ts, one per account) and on one 5 MB trace (a calendar of 16,000 events).
// The engine runs on every check in the browser and on every trace support staff read.
import {
	calendarEvent,
	calendarViewBody,
	healthyTrace,
	scenarioTraces,
} from '../../fixtures/index.ts';
import { diagnose, parseTrace, type Trace } from '../../src/engine/index.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';

export interface Throughput {
	traces: number;
	/** Diagnoses per second, best of the rounds. */
	perSecond: number;
	/** Milliseconds for one diagnosis, median of the rounds. */
	medianMs: number;
	/** Size of the trace as JSON, in bytes (the largest, for the sandbox set). */
	bytes: number;
}

function time(traces: readonly Trace[], rounds: number): { perSecond: number; medianMs: number } {
	for (const trace of traces) diagnose(trace, { registry: engineRegistry }); // warm up
	const each: number[] = [];
	let best = 0;
	for (let round = 0; round < rounds; round++) {
		const started = performance.now();
		for (const trace of traces) diagnose(trace, { registry: engineRegistry });
		const elapsed = performance.now() - started;
		each.push(elapsed / traces.length);
		best = Math.max(best, (traces.length * 1000) / elapsed);
	}
	each.sort((a, b) => a - b);
	return { perSecond: best, medianMs: each[Math.floor(each.length / 2)] ?? Number.NaN };
}

function parsed(input: unknown): Trace {
	const result = parseTrace(input);
	if (!result.ok) throw new Error(`A bench trace does not validate: ${result.error}`);
	return result.trace;
}

export function benchEngine(rounds = 50): { sandbox: Throughput; large: Throughput } {
	const sandboxTraces = Object.values(scenarioTraces).map(parsed);
	const now = new Date('2026-11-26T10:00:00.000Z');
	const events = Array.from({ length: 16_000 }, (_, i) =>
		calendarEvent(now, { id: `AAMkAGI2TG93AAA${i}=`, endsHoursAgo: 30 + (i % 100) }),
	);
	const large = parsed(
		healthyTrace(engineRegistry, now, {
			answers: { 'calendar-view': { status: 200, body: calendarViewBody(events) } },
		}),
	);
	return {
		sandbox: {
			traces: sandboxTraces.length,
			...time(sandboxTraces, rounds),
			bytes: Math.max(...sandboxTraces.map((t) => JSON.stringify(t).length)),
		},
		large: {
			traces: 1,
			...time([large], Math.max(5, Math.floor(rounds / 5))),
			bytes: JSON.stringify(large).length,
		},
	};
}
