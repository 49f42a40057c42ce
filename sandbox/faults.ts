// Test knobs for Graph (POST /sandbox/_faults, same origin, JSON only): added latency, and a number of
// upcoming Graph requests to answer with 429, 503 or a malformed body.
import { z } from 'zod';

export const faultsSchema = z.strictObject({
	/** Milliseconds added before every Graph answer. */
	latencyMs: z.number().int().min(0).max(30_000).default(0),
	/** How many upcoming Graph requests get 429 Too Many Requests. */
	throttle: z.number().int().min(0).default(0),
	/** The Retry-After (seconds) sent with a throttled answer. */
	retryAfterSeconds: z.number().int().min(0).max(120).default(1),
	/** How many upcoming Graph requests get 503 Service Unavailable. */
	unavailable: z.number().int().min(0).default(0),
	/** How many upcoming Graph requests get a 200 whose body is not valid JSON. */
	malformed: z.number().int().min(0).default(0),
});

export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;

export function noFaults(): Faults {
	return faultsSchema.parse({});
}

/** Which fault, if any, the next Graph request meets; consumes one from its count. */
export function takeFault(faults: Faults): 'throttle' | 'unavailable' | 'malformed' | undefined {
	for (const kind of ['throttle', 'unavailable', 'malformed'] as const) {
		if (faults[kind] > 0) {
			faults[kind] -= 1;
			return kind;
		}
	}
	return undefined;
}
