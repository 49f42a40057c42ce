// The example people and organisation the illustrations show (Microsoft's own example company).
export const EXAMPLE_ORGANISATION = 'Contoso';
export const EXAMPLE_ADVISER = 'adviser@contoso.com.au';
export const EXAMPLE_ADMIN = 'it.admin@contoso.com.au';

/** A list in words: "a, b and c". */
export function inWords(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
