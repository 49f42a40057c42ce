// The sign-in codes' meanings, read from the checker page's code look-up table
// (src/components/CodeLookup.astro renders every known code as JSON beside its form), so the
// checker's bundle does not carry a second copy. The meanings only word a finding's details: which
// finding a code leads to is in the bundle (src/registry/codes.ts), so a page without the table, or
// a table that does not parse, costs the details their explanation and never changes a verdict.
import { readJsonBlock } from '../page-data.ts';
import type { CodeKey } from '../registry/codes.ts';

/** The look-up table's data block (beside each look-up form). */
export const CODE_TABLE = '[data-code-lookup-data]';

const SIGN_IN_FAMILIES: ReadonlySet<string> = new Set(['aadsts', 'auth', 'sub-error']);

/** Every sign-in code's meaning the page's table gives, by `family:key`; none without a table. */
export function pageCodeMeanings(root: ParentNode = document): Record<CodeKey, string> {
	const rows = readJsonBlock(root, CODE_TABLE);
	if (!Array.isArray(rows)) return {};
	const meanings: Record<CodeKey, string> = {};
	for (const row of rows as unknown[]) {
		if (typeof row !== 'object' || row === null) continue;
		const { family, key, meaning } = row as Record<string, unknown>;
		if (typeof family !== 'string' || !SIGN_IN_FAMILIES.has(family)) continue;
		if (typeof key !== 'string' || typeof meaning !== 'string' || !meaning) continue;
		meanings[`${family}:${key}` as CodeKey] = meaning;
	}
	return meanings;
}
