// The error-code reference (/teams/error-codes/), each fix page's "codes this page covers" and the
// look-up box's data, all from the error-code map (src/registry/error-codes.ts) and the findings
// catalogue. Pure: maps in, rows and plain JSON out, so nothing here ever lists a code by hand.
import {
	aadstsCodes,
	authErrorCodes,
	graphErrorCodes,
	subErrorCodes,
	type CodeActor,
	type CodeEntry,
	type CodeFamily,
} from '../registry/error-codes.ts';
import {
	findings as defaultFindings,
	type FindingDefinition,
	type FindingId,
} from '../registry/findings.ts';

/** The four maps, by family: the same shape as the registry's, so tests can pass fixture maps. */
export type CodeMaps = { readonly [F in CodeFamily]: Readonly<Record<string, CodeEntry>> };
type Catalogue = { readonly [K in FindingId]: Pick<FindingDefinition, 'title' | 'fix'> };

const defaultMaps: CodeMaps = {
	aadsts: aadstsCodes,
	auth: authErrorCodes,
	'sub-error': subErrorCodes,
	graph: graphErrorCodes,
};

/** Each family's heading and how a reader meets its codes, in the order the page lists them. */
export const codeFamilies = {
	aadsts: {
		title: 'Microsoft sign-in codes (AADSTS)',
		where: 'Microsoft’s sign-in window shows these as AADSTS and a number.',
	},
	auth: {
		title: 'Sign-in error names (OAuth and MSAL)',
		where:
			'Words such as consent_required, shown after a sign-in fails or in the checker’s details.',
	},
	'sub-error': {
		title: 'Sub-errors',
		where: 'A second word Microsoft adds to some sign-in errors, shown in the checker’s details.',
	},
	graph: {
		title: 'Microsoft Graph codes',
		where:
			'Codes Microsoft Graph answers with after you have signed in, shown in the checker’s details.',
	},
} as const satisfies Record<CodeFamily, { title: string; where: string }>;

/** Who acts, worded for the person reading. Exhaustive: a new actor cannot land without words. */
const actorWords = {
	adviser: 'You (the adviser)',
	'it-admin': 'Your IT admin',
	'claras-support': 'Claras support',
	microsoft: 'Microsoft: nothing for you to fix, try again later',
} as const satisfies Record<CodeActor, string>;

/** One code, ready to render. */
export interface CodeRow {
	family: CodeFamily;
	/** The map's key: the AADSTS number, or the code as Microsoft spells it. */
	key: string;
	/** The code as Microsoft shows it. @example 'AADSTS65001' */
	code: string;
	/** The element id on /teams/error-codes/. @example 'aadsts65001' */
	anchor: string;
	/** Microsoft's own short name, where it has one. */
	name?: string;
	meaning: string;
	actor: CodeActor;
	/** `actor`, in words. */
	who: string;
	finding: FindingId;
	/** The finding's fix page, with its anchor. */
	fix: string;
	/** The finding's title, the fix link's text. */
	fixTitle: string;
}

const slug = (value: string) =>
	value
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

function anchorFor(family: CodeFamily, key: string): string {
	switch (family) {
		case 'aadsts':
			return `aadsts${key}`;
		case 'auth':
			return slug(key);
		case 'sub-error':
			return `sub-error-${slug(key)}`;
		case 'graph':
			return `graph-${slug(key)}`;
	}
}

const byKey = (family: CodeFamily) => (a: string, b: string) =>
	family === 'aadsts' ? Number(a) - Number(b) : a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Every known code, family by family (in `codeFamilies` order), sorted within each family. */
export function errorCodeRows(
	maps: CodeMaps = defaultMaps,
	catalogue: Catalogue = defaultFindings,
): CodeRow[] {
	const rows = (Object.keys(codeFamilies) as CodeFamily[]).flatMap((family) =>
		Object.keys(maps[family])
			.sort(byKey(family))
			.map((key): CodeRow => {
				const entry = maps[family][key]!;
				const finding = catalogue[entry.finding];
				if (!finding)
					throw new Error(
						`error-codes.ts: ${family} code "${key}" names unknown finding "${entry.finding}"; use an id from src/registry/findings.ts`,
					);
				return {
					family,
					key,
					code: family === 'aadsts' ? `AADSTS${key}` : key,
					anchor: anchorFor(family, key),
					...(entry.name ? { name: entry.name } : {}),
					meaning: entry.meaning,
					actor: entry.actor,
					who: actorWords[entry.actor],
					finding: entry.finding,
					fix: finding.fix,
					fixTitle: finding.title,
				};
			}),
	);
	const seen = new Map<string, CodeRow>();
	for (const row of rows) {
		const other = seen.get(row.anchor);
		if (other)
			throw new Error(
				`error-codes.ts: ${row.family} code "${row.key}" and ${other.family} code "${other.key}" both get the anchor #${row.anchor}; rename one, or give their family its own anchor prefix in src/derive/error-codes.ts`,
			);
		seen.set(row.anchor, row);
	}
	return rows;
}

/** A fix path without its anchor, with a trailing slash. @example '/teams/troubleshooting/licences/' */
export function fixPage(fix: string): string {
	const path = fix.split('#')[0]!;
	return path.endsWith('/') ? path : `${path}/`;
}

/** The codes whose fix is on the page at `pathname`, in the reference's order. */
export function codesCoveredBy(
	pathname: string,
	rows: readonly CodeRow[] = errorCodeRows(),
): CodeRow[] {
	const page = fixPage(pathname);
	return rows.filter((row) => fixPage(row.fix) === page);
}

/** What the look-up box needs, as plain JSON (no registry, no zod in the browser). */
export interface LookupEntry {
	family: CodeFamily;
	/** Lower case, for matching: the AADSTS number, or the code. */
	key: string;
	code: string;
	name?: string;
	familyTitle: string;
	meaning: string;
	who: string;
	fix: string;
	fixTitle: string;
	/** The code's place on /teams/error-codes/. */
	reference: string;
}

export function lookupEntries(rows: readonly CodeRow[] = errorCodeRows()): LookupEntry[] {
	return rows.map((row) => ({
		family: row.family,
		key: row.key.toLowerCase(),
		code: row.code,
		...(row.name ? { name: row.name } : {}),
		familyTitle: codeFamilies[row.family].title,
		meaning: row.meaning,
		who: row.who,
		fix: row.fix,
		fixTitle: row.fixTitle,
		reference: `/teams/error-codes/#${row.anchor}`,
	}));
}

/** The look-up data as JSON safe to put inside a `<script type="application/json">`. */
export function lookupJson(entries: readonly LookupEntry[] = lookupEntries()): string {
	return JSON.stringify(entries).replaceAll('<', '\\u003c');
}
