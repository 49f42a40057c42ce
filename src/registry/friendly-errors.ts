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

/** Renders a zod issue path like `permissions[3].claim` (or `permissions[3] (Mail.Read).claim` with a label). */
export function formatPath(
	path: readonly PropertyKey[],
	label?: (path: readonly PropertyKey[]) => string | undefined,
): string {
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

/** Plain-words messages for zod's generic issues; messages written on a schema still win. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `is missing; add ${article(issue.expected)}`
				: `must be ${article(issue.expected)}`;
		case 'unrecognized_keys':
			return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
		case 'invalid_format':
			return issue.format === 'date'
				? 'must be a date written YYYY-MM-DD, such as "2025-06-01"'
				: undefined;
		case 'too_small':
			if (issue.origin === 'array')
				return `must list at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
			if (issue.origin === 'string')
				return issue.minimum === 1
					? 'must not be empty'
					: `must be at least ${String(issue.minimum)} characters`;
			return undefined;
		case 'invalid_value':
			return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
		default:
			return undefined;
	}
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** What the message says was found; nothing where the issue itself says it (custom, unknown keys). */
function foundSuffix(issue: z.core.$ZodIssue, data: unknown): string {
	if (issue.code === 'custom' || issue.code === 'unrecognized_keys') return '';
	const found = valueAt(data, issue.path);
	return found === undefined ? '' : ` (found ${describeValue(found)})`;
}

/**
 * Parses `data` with `schema`, or throws a {@link ValidationError} that names each field, the value
 * found there and the expected shape, followed by a hint.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
	schema: S,
	data: unknown,
	options: FriendlyParseOptions,
): z.output<S> {
	const result = schema.safeParse(data, { error: plainMessage });
	if (result.success) return result.data;
	const problems = result.error.issues.map(
		(issue) =>
			`${formatPath(issue.path, options.label)}: ${issue.message}${foundSuffix(issue, data)}`,
	);
	const source = options.source.charAt(0).toUpperCase() + options.source.slice(1);
	const message = [
		`${source} is invalid:`,
		...problems.map((problem) => `  - ${problem}`),
		`Hint: ${options.hint}`,
	].join('\n');
	throw new ValidationError(message, problems);
}
