// The error-code reference and the look-up box come from the error-code map: every code gets a row
// with its anchor, words and fix; a code added to a map shows up everywhere; and the look-up reads
// what people actually type or paste.
import { describe, expect, test } from 'vitest';
import {
	codesCoveredBy,
	errorCodeRows,
	fixPage,
	lookupEntries,
	lookupJson,
	type CodeMaps,
} from '../../src/derive/error-codes.ts';
import { lookUpCode } from '../../src/lookup/look-up.ts';
import {
	aadstsCodes,
	authErrorCodes,
	graphErrorCodes,
	subErrorCodes,
} from '../../src/registry/error-codes.ts';
import { findings } from '../../src/registry/findings.ts';

const realMaps: CodeMaps = {
	aadsts: aadstsCodes,
	auth: authErrorCodes,
	'sub-error': subErrorCodes,
	graph: graphErrorCodes,
};
const mapSize = Object.values(realMaps).reduce((sum, map) => sum + Object.keys(map).length, 0);
const rows = errorCodeRows();
const entries = lookupEntries(rows);

describe('errorCodeRows', () => {
	test('has one row per code in every map, with a unique anchor', () => {
		expect(rows).toHaveLength(mapSize);
		expect(new Set(rows.map((row) => row.anchor)).size).toBe(mapSize);
	});

	test.each([
		['aadsts', '65001', 'AADSTS65001', 'aadsts65001'],
		['auth', 'interaction_in_progress', 'interaction_in_progress', 'interaction-in-progress'],
		['sub-error', 'cancel', 'cancel', 'sub-error-cancel'],
		[
			'graph',
			'MailboxNotEnabledForRESTAPI',
			'MailboxNotEnabledForRESTAPI',
			'graph-mailboxnotenabledforrestapi',
		],
	] as const)('shows %s code %s as %s at #%s', (family, key, code, anchor) => {
		expect(rows.find((row) => row.family === family && row.key === key)).toMatchObject({
			code,
			anchor,
		});
	});

	test('takes the fix and its title from the finding, and words who acts for people', () => {
		const row = rows.find((r) => r.key === '90094')!;
		expect(row).toMatchObject({
			name: 'AdminConsentRequired',
			who: 'Your IT admin',
			fix: findings['admin-approval-required'].fix,
			fixTitle: findings['admin-approval-required'].title,
		});
	});

	test('sorts AADSTS numbers by value, so 9002326 comes after 700016', () => {
		const numbers = rows.filter((row) => row.family === 'aadsts').map((row) => Number(row.key));
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	test('follows a code added to a map, with no other change', () => {
		const maps = {
			...realMaps,
			graph: {
				...graphErrorCodes,
				ErrorAccessDenied: {
					finding: 'graph-request-refused',
					actor: 'it-admin',
					meaning: 'Graph refused the request for want of a permission.',
				},
			},
		} satisfies CodeMaps;
		const added = errorCodeRows(maps).find((row) => row.key === 'ErrorAccessDenied');
		expect(added).toMatchObject({
			anchor: 'graph-erroraccessdenied',
			fix: findings['graph-request-refused'].fix,
		});
	});

	test('refuses two codes that would share an anchor, naming both', () => {
		const maps = {
			...realMaps,
			auth: { ...authErrorCodes, 'timed-out': authErrorCodes.timed_out },
		} satisfies CodeMaps;
		expect(() => errorCodeRows(maps)).toThrowErrorMatchingInlineSnapshot(
			`[Error: error-codes.ts: auth code "timed-out" and auth code "timed_out" both get the anchor #timed-out; rename one, or give their family its own anchor prefix in src/derive/error-codes.ts]`,
		);
	});
});

describe('codesCoveredBy', () => {
	test.each([
		['/teams/faq/need-admin-approval/', ['AADSTS90094', 'AADSTS90095']],
		['/teams/faq/need-admin-approval', ['AADSTS90094', 'AADSTS90095']],
		['/teams/checker/', []],
	])('lists on %s the codes whose fix is there', (path, codes) => {
		expect(codesCoveredBy(path).map((row) => row.code)).toEqual(expect.arrayContaining(codes));
		if (codes.length === 0) expect(codesCoveredBy(path)).toEqual([]);
	});

	test('puts every code on exactly one fix page', () => {
		const pages = new Set(rows.map((row) => fixPage(row.fix)));
		expect([...pages].flatMap((page) => codesCoveredBy(page)).length).toBe(mapSize);
	});
});

describe('lookupJson', () => {
	test('cannot close its script element early', () => {
		const json = lookupJson([{ ...entries[0]!, meaning: 'a </script><script>alert(1)</script>' }]);
		expect(json).not.toContain('<');
		expect(JSON.parse(json)[0].meaning).toBe('a </script><script>alert(1)</script>');
	});
});

describe('lookUpCode', () => {
	const known = (input: string) => {
		const answer = lookUpCode(input, entries);
		return answer.kind === 'known' ? answer.entries.map((entry) => entry.code) : answer.kind;
	};

	test.each([
		['AADSTS50011', ['AADSTS50011']],
		['50011', ['AADSTS50011']],
		['aadsts50011', ['AADSTS50011']],
		['  AADSTS 50011: ', ['AADSTS50011']],
		['[65004]', ['AADSTS65004']],
		['AADSTS90094: The grant requires admin permission.', ['AADSTS90094']],
		['interaction_in_progress', ['interaction_in_progress']],
		['INTERACTION_IN_PROGRESS', ['interaction_in_progress']],
		[
			'BrowserAuthError: interaction_in_progress: Interaction is currently in progress.',
			['interaction_in_progress'],
		],
		['MailboxNotEnabledForRESTAPI', ['MailboxNotEnabledForRESTAPI']],
		['mailboxnotenabledforrestapi', ['MailboxNotEnabledForRESTAPI']],
		['consent_required', ['consent_required', 'consent_required']],
	])('knows %j', (input, codes) => {
		expect(known(input)).toEqual(codes);
	});

	test.each([
		['AADSTS12345', 'AADSTS12345', 'https://login.microsoftonline.com/error?code=12345'],
		['12345', 'AADSTS12345', 'https://login.microsoftonline.com/error?code=12345'],
		['SomeGraphError', 'SomeGraphError', 'https://learn.microsoft.com/en-us/graph/errors'],
		[
			'some_msal_error',
			'some_msal_error',
			'https://learn.microsoft.com/en-us/entra/identity-platform/msal-error-handling-js',
		],
	])('says it does not know %j and where Microsoft explains it', (input, code, explainedAt) => {
		expect(lookUpCode(input, entries)).toMatchObject({ kind: 'unknown', code, explainedAt });
	});

	test.each([
		['', /Type the code Microsoft showed you/],
		['   ', /Type the code Microsoft showed you/],
		['AADSTS', /has a number after it/],
		['123', /4 to 8 digits, and “123” has 3/],
		['hello world', /“hello world” does not look like a Microsoft code/],
		['<script>', /does not look like a Microsoft code/],
		['x'.repeat(3000), /too long to be a code/],
	])('tells what to type for %j', (input, problem) => {
		const answer = lookUpCode(input, entries);
		expect(answer.kind).toBe('malformed');
		expect(answer.kind === 'malformed' && answer.problem).toMatch(problem);
	});
});
