// Test knobs (POST /sandbox/_faults, same origin, JSON only): for Graph, added latency and a number
// of upcoming Graph requests to answer with 429, 503 or a malformed body; for sign-in, a browser that
// blocks third-party cookies.
import { z } from 'zod';

export const faultsSchema = z.strictObject({
	/**
	 * Silent sign-ins (prompt=none: MSAL's hidden iframe) see no Entra session, as in a browser
	 * that blocks third-party cookies (Safari, Firefox's strict mode, Chrome's incognito): "prompt=none
	 * in an iframe is no longer an option when third-party cookies are blocked" (entra-docs
	 * identity-platform/reference-third-party-cookies-spas.md). The sign-in window is first-party and
	 * keeps its cookies. Entra then answers every silent request as it does with no session: 50058.
	 */
	blockThirdPartyCookies: z.boolean().default(false),
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
