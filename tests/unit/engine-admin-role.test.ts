// An admin whose own sign-in works is told colleagues may still need consent for the organisation,
// from the directory roles in the id token's `wids` claim; advice only, never a blocker.
import { describe, expect, it } from 'vitest';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { idTokenClaims, scenarioTraces, signedIn, trace } from '../../fixtures/index.ts';
import { CONSENT_ROLES, consentRolesIn } from '../../src/engine/checks/admin-role.ts';
import { diagnose, parseTrace, type Report, type TraceInput } from '../../src/engine/index.ts';

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const USER_ROLE = 'b79fbf4d-3ef9-4689-8143-76b194e85509';
const EXCHANGE_ADMIN = '29232cdf-9323-42fd-ade2-1d097af3e4de';

function report(input: TraceInput): Report {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, { registry: engineRegistry });
}
const withWids = (wids: unknown) =>
	trace({ signIn: signedIn({ ...idTokenClaims.work, wids } as typeof idTokenClaims.work) });

describe('consentRolesIn', () => {
	it.each<[string, unknown, string[]]>([
		[
			'Global Administrator and the member role',
			[GLOBAL_ADMIN, USER_ROLE],
			['Global Administrator'],
		],
		[
			'each role that can grant consent',
			CONSENT_ROLES.map((r) => r.templateId),
			CONSENT_ROLES.map((r) => r.name),
		],
		['upper-case ids', [GLOBAL_ADMIN.toUpperCase()], ['Global Administrator']],
		['a role that cannot grant consent', [EXCHANGE_ADMIN, USER_ROLE], []],
		['no claim', undefined, []],
		['a claim that is not a list', GLOBAL_ADMIN, []],
		['a list with junk in it', [42, null, GLOBAL_ADMIN, GLOBAL_ADMIN], ['Global Administrator']],
	])('%s', (_name, wids, expected) => expect(consentRolesIn(wids)).toEqual(expected));
});

describe('colleagues-need-consent', () => {
	it.each<[string, TraceInput, boolean]>([
		['an admin signed in, every probe fine', withWids([GLOBAL_ADMIN, USER_ROLE]), true],
		['a Cloud Application Administrator', withWids(['158c047a-c907-4556-b7ef-446551a6b5f7']), true],
		['an adviser with only the member role', withWids([USER_ROLE]), false],
		['an adviser without wids (the manifest does not ask for it)', scenarioTraces.ready, false],
		['a failed sign-in', scenarioTraces['needs-admin'], false],
	])('%s → %s', (_name, input, expected) => {
		expect(report(input).findings.some((f) => f.id === 'colleagues-need-consent')).toBe(expected);
	});

	it('is advice for the admin that keeps the report ready', () => {
		const result = report(withWids([GLOBAL_ADMIN]));
		expect(result.ready).toBe(true);
		expect(result.features.flatMap((f) => f.blockedBy)).toEqual([]);
		expect(result.findings).toEqual([
			expect.objectContaining({
				id: 'colleagues-need-consent',
				severity: 'info',
				audience: 'it-admin',
				fix: '/teams/admin-consent/',
				details: expect.stringContaining('Global Administrator'),
			}),
		]);
	});
});
