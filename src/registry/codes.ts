// The error-code map (./error-codes.ts) as the engine reads it: which finding each code leads to,
// and, apart, what each sign-in code means. The checker's bundle gets this module prepared as
// plain data without the meanings (src/integrations/prepared-registry.ts): the checker page
// already carries every code's meaning in its code look-up table (src/components/CodeLookup.astro),
// so the checker reads them there (src/checker/page-code-meanings.ts) instead of loading them twice.
import {
	aadstsCodes,
	authErrorCodes,
	graphErrorCodes,
	graphErrorMessages,
	subErrorCodes,
	type CodeEntry,
	type CodeFamily,
} from './error-codes.ts';
import type { FindingId } from './findings.ts';

/** The families of codes a sign-in error carries. */
export type SignInCodeFamily = Exclude<CodeFamily, 'graph'>;

/** A code as the look-up table keys it: its family and the map's key. @example 'aadsts:65001' */
export type CodeKey = `${CodeFamily}:${string}`;

/** A Graph code (or message) the engine names: just the finding, and where it applies. */
export interface GraphCodeFinding {
	finding: FindingId;
	/** Only on an Outlook (mailbox) request; anywhere else the code is a plain refusal. */
	onlyOutlook?: true;
}

const findingOf = (map: Readonly<Record<string, { finding: FindingId }>>) =>
	Object.fromEntries(Object.entries(map).map(([key, { finding }]) => [key, finding]));

const graphFindings = (map: Readonly<Record<string, CodeEntry>>) =>
	Object.fromEntries(
		Object.entries(map).map(([key, { finding, onlyOutlook }]) => [
			key,
			onlyOutlook ? { finding, onlyOutlook: true as const } : { finding },
		]),
	);

/**
 * The finding each sign-in code leads to, by family: the AADSTS number (without "AADSTS"), the
 * OAuth or MSAL error code, the sub-error (both lower case, as the maps spell them).
 */
export const signInCodeFindings: {
	readonly [F in SignInCodeFamily]: Readonly<Record<string, FindingId>>;
} = {
	aadsts: findingOf(aadstsCodes),
	auth: findingOf(authErrorCodes),
	'sub-error': findingOf(subErrorCodes),
};

/** Graph `error.code` / `innerError.code` values, compared case-insensitively. */
export const graphCodeFindings: Readonly<Record<string, GraphCodeFinding>> =
	graphFindings(graphErrorCodes);

/** Refusals Microsoft names by message alone, keyed by the message's opening words. */
export const graphMessageFindings: Readonly<Record<string, GraphCodeFinding>> =
	graphFindings(graphErrorMessages);

/** What each sign-in code means, by its key. Not in the checker's bundle (see above). */
export const signInCodeMeanings: Readonly<Record<CodeKey, string>> = Object.fromEntries(
	(
		[
			['aadsts', aadstsCodes],
			['auth', authErrorCodes],
			['sub-error', subErrorCodes],
		] as const
	).flatMap(([family, map]) =>
		Object.entries(map as Readonly<Record<string, CodeEntry>>).map(([key, { meaning }]) => [
			`${family}:${key}`,
			meaning,
		]),
	),
);
