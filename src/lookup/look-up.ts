// "Microsoft showed me a code": reads what someone typed or pasted (AADSTS50011, 50011, a whole
// error message, interaction_in_progress) and answers from the build's list of known codes. Pure
// and tiny, for the browser: it gets the codes as plain JSON, never the registry.
import type { LookupEntry } from '../derive/error-codes.ts';
import { microsoftErrorPage } from '../microsoft.ts';

export type LookupAnswer =
	/** One or more known codes (a word such as consent_required can be an error and a sub-error). */
	| { kind: 'known'; entries: LookupEntry[] }
	/** Well formed, but not a code we know: where Microsoft explains it. */
	| { kind: 'unknown'; code: string; explainedAt: string; explainedBy: string }
	/** Not something we can read as a code: what to type instead. */
	| { kind: 'malformed'; problem: string };

const MSAL_ERRORS =
	'https://learn.microsoft.com/en-us/entra/identity-platform/msal-error-handling-js';
const GRAPH_ERRORS = 'https://learn.microsoft.com/en-us/graph/errors';

export const EXAMPLE = 'for example AADSTS50011, 50011 or interaction_in_progress';
const MAX_LENGTH = 2000;

/** A word shaped like a code: snake_case, or with a capital after the first letter (CamelCase). */
const codeShaped = (word: string) => word.includes('_') || /^[A-Za-z][a-z0-9]*[A-Z]/.test(word);

export function lookUpCode(input: string, entries: readonly LookupEntry[]): LookupAnswer {
	const text = input.trim();
	if (!text)
		return { kind: 'malformed', problem: `Type the code Microsoft showed you, ${EXAMPLE}.` };
	if (text.length > MAX_LENGTH)
		return {
			kind: 'malformed',
			problem: `That is too long to be a code. Type just the code, ${EXAMPLE}.`,
		};
	const find = (family: 'aadsts' | 'word', key: string) =>
		entries.filter(
			(entry) =>
				(family === 'aadsts' ? entry.family === 'aadsts' : entry.family !== 'aadsts') &&
				entry.key === key.toLowerCase(),
		);
	const number = (digits: string): LookupAnswer => {
		const known = find('aadsts', digits);
		return known.length
			? { kind: 'known', entries: known }
			: {
					kind: 'unknown',
					code: `AADSTS${digits}`,
					explainedAt: microsoftErrorPage(digits),
					explainedBy: 'Microsoft’s explanation of this code',
				};
	};

	// The whole entry, without quotes, brackets or a trailing colon (Entra's error_codes: "[65004]").
	const bare = text.replace(/^["'`[(\s]+|["'`\]):.,;\s]+$/g, '');
	const digits = bare.match(/^(?:AADSTS\s*)?(\d+)$/i)?.[1];
	if (digits !== undefined) {
		return digits.length >= 4 && digits.length <= 8
			? number(digits)
			: {
					kind: 'malformed',
					problem: `An AADSTS code has 4 to 8 digits, and “${digits}” has ${digits.length}. Check the number and try again, ${EXAMPLE}.`,
				};
	}
	const exact = find('word', bare);
	if (exact.length) return { kind: 'known', entries: exact };

	// A pasted message: its AADSTS number decides, then the first code-shaped word we know.
	const inText = text.match(/AADSTS(\d{4,8})\b/i)?.[1];
	if (inText) return number(inText);
	for (const word of text.split(/[^A-Za-z0-9_]+/).filter(codeShaped)) {
		const known = find('word', word);
		if (known.length) return { kind: 'known', entries: known };
	}

	if (/^AADSTS$/i.test(bare))
		return {
			kind: 'malformed',
			problem: `An AADSTS code has a number after it. Type the whole code, ${EXAMPLE}.`,
		};
	if (/^[A-Za-z][A-Za-z0-9_.-]{1,80}$/.test(bare)) {
		const graphLike = /^[A-Z]/.test(bare) && !bare.includes('_');
		return {
			kind: 'unknown',
			code: bare,
			explainedAt: graphLike ? GRAPH_ERRORS : MSAL_ERRORS,
			explainedBy: graphLike
				? 'Microsoft’s list of Microsoft Graph errors'
				: 'Microsoft’s guide to sign-in (MSAL) errors',
		};
	}
	return {
		kind: 'malformed',
		problem: `“${truncate(bare)}” does not look like a Microsoft code. Type just the code, ${EXAMPLE}.`,
	};
}

const truncate = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
