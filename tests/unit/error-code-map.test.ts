// Every AADSTS number in the error-code map reaches its finding through the engine, by each way
// MSAL may carry the number. Driven by the map itself (src/registry/error-codes.ts): a new code is
// tested the moment it is added, with no list here to extend.
import { describe, expect, test } from 'vitest';
import { trace, signInFailed } from '../../fixtures/traces.ts';
import { aadstsCodes } from '../../src/registry/error-codes.ts';
import type { AuthErrorInfo } from '../../src/engine/trace.ts';
import { ids, report } from './engine-test-kit.ts';

/** The ways an AADSTS number reaches the app (MSAL's `errorNo`, else only the message). */
const carriers: [string, (number: string) => AuthErrorInfo][] = [
	[
		'errorNo, as MSAL reads it from error_codes or error_uri',
		(number) => ({
			errorCode: 'invalid_request',
			errorNo: number,
			message: `invalid_request: AADSTS${number}: Entra's text.`,
		}),
	],
	[
		'only the message',
		(number) => ({
			errorCode: 'invalid_request',
			message: `invalid_request: AADSTS${number}: Entra's text.`,
		}),
	],
];

describe.each(Object.entries(aadstsCodes))('AADSTS%s', (number, entry) => {
	test.each(carriers)(`carried in %s gives ${entry.finding}`, (_, carry) => {
		const result = report(trace({ signIn: signInFailed(carry(number)), graph: [] }));
		expect(ids(result)).toEqual([entry.finding]);
		expect(result.findings[0]!.details).toContain(`AADSTS${number}`);
	});
});
