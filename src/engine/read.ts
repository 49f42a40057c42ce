// Small total readers for Graph bodies (instead of zod on the diagnose path): each takes anything,
// returns a typed value or undefined, and never throws, even on getters, proxies or huge input.

/** The most items of one Graph collection the engine reads; Graph pages hold far fewer. */
export const MAX_ITEMS = 1000;

export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

export function asArray(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** `record[key]`, or undefined when reading it throws (a hostile getter or a revoked proxy). */
export function field(record: unknown, key: string): unknown {
	try {
		return asRecord(record)?.[key];
	} catch {
		return undefined;
	}
}

/** Graph's error body, `{ error: { code, message, innerError: { code?, 'request-id'?, date? } } }`. */
export interface GraphError {
	code: string;
	message?: string;
	/** Where Graph puts the real reason for some refusals, e.g. `GraphAccessToTranscriptsDisabled`. */
	innerCode?: string;
	requestId?: string;
	date?: string;
}

const short = (value: unknown, max: number) => {
	const text = asString(value);
	return text !== undefined && text.length <= max ? text : undefined;
};

/** The error in a Graph error body, if the body is one. */
export function graphError(body: unknown): GraphError | undefined {
	const error = asRecord(field(body, 'error'));
	const code = short(error?.['code'], 200);
	if (!error || !code) return undefined;
	const inner = asRecord(error['innerError']) ?? asRecord(error['innererror']);
	const message = short(error['message'], 2000);
	const innerCode = short(inner?.['code'], 200);
	const requestId = short(inner?.['request-id'], 200);
	const date = short(inner?.['date'], 60);
	return {
		code,
		...(message ? { message } : {}),
		...(innerCode ? { innerCode } : {}),
		...(requestId ? { requestId } : {}),
		...(date ? { date } : {}),
	};
}
