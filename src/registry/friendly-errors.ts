// Validates data at the edge and turns zod issues into one message a person can act on:
// what is wrong, where (source, entry, field, value) and how to fix it.
import type { z } from 'zod';

/** Thrown when registry data (or any validated input) does not match its schema. */
export class ValidationError extends Error {
	override name = 'ValidationError';
	/** Each problem as `path: message`, in the order zod found them. */
	readonly problems: readonly string[];
	constructor(message: string, problems: readonly string[]) {
		super(message);
		this.problems = problems;
	}
}

/** Renders a zod issue path like `permissions[3].claim` (or `entry "Calendars.Read" › claim`). */
export function formatPath(path: readonly PropertyKey[], label?: (path: readonly PropertyKey[]) => string | undefined): string {
	let out = '';
	path.forEach((key, index) => {
		if (typeof key === 'number') {
			const name = label?.(path.slice(0, index + 1));
			out += name ? `[${key}] (${name})` : `[${key}]`;
		} else {
			out += out ? `.${String(key)}` : String(key);
		}
	});
	return out || '(root)';
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text && text.length > 60 ? `${text.slice(0, 57)}...` : (text ?? String(value));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

export interface FriendlyParseOptions {
	/** What is being validated, e.g. `the registry (src/registry/permissions.ts)`. */
	source: string;
	/** How to fix it in general: the last line of the message. */
	hint: string;
	/** Names the entry at a path that ends in an array index, e.g. a permission's claim value. */
	label?: (path: readonly PropertyKey[]) => string | undefined;
}

/**
 * Parses `data` with `schema`, or throws a {@link ValidationError} that names each field, the value
 * found there and the expected shape, followed by a hint.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, options: FriendlyParseOptions): z.output<S> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		const where = formatPath(issue.path, options.label);
		const found = issue.code === 'custom' ? '' : ` (found ${describeValue(valueAt(data, issue.path))})`;
		return `${where}: ${issue.message}${found}`;
	});
	const message = [
		`Invalid ${options.source}:`,
		...problems.map((problem) => `  - ${problem}`),
		`Hint: ${options.hint}`,
	].join('\n');
	throw new ValidationError(message, problems);
}
