// The OData parts of Graph's answers the sandbox needs: `$select`, `$top`, collections and the
// `$filter=JoinWebUrl eq '…'` the online meeting probe sends.
import type { GraphResult } from './errors.ts';

/**
 * Applies `$select` (top-level properties, case-insensitive) as Graph does, keeping `id` and
 * annotations. Graph reads `$select` and `select` alike (query-parameters.md, "$ prefix optional").
 */
export function select<T extends object>(item: T, query: URLSearchParams): Partial<T> {
	const fields = (query.get('$select') ?? query.get('select'))
		?.split(',')
		.map((f) => f.trim().toLowerCase());
	if (!fields) return item;
	return Object.fromEntries(
		Object.entries(item).filter(
			([key]) => key === 'id' || key.startsWith('@') || fields.includes(key.toLowerCase()),
		),
	) as Partial<T>;
}

export function collection<T extends object>(
	base: string,
	context: string,
	items: T[],
	query: URLSearchParams,
): GraphResult {
	const top = Number(query.get('$top') ?? items.length);
	return {
		status: 200,
		headers: {},
		body: {
			'@odata.context': `${base}/$metadata#${context}`,
			value: items.slice(0, top).map((i) => select(i, query)),
		},
	};
}

/**
 * The JoinWebUrl of `$filter=JoinWebUrl eq '…'` (property name case-insensitive, a quote doubled
 * inside the literal, as OData writes it), or undefined for any other filter.
 */
export function joinWebUrlFilter(filter: string): string | undefined {
	const match = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
	return match?.[1]?.replaceAll("''", "'");
}
