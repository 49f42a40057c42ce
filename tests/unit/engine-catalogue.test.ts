// The findings catalogue and the error-code map: every id in docs/CONTRACTS.md is there with wording and a fix
// page, contract pages are linked without anchors, and every mapped code points at a real finding.
import { describe, expect, test } from 'vitest';
import {
	aadstsCodes,
	authErrorCodes,
	graphErrorCodes,
	graphErrorMessages,
	subErrorCodes,
} from '../../src/registry/error-codes.ts';
import { findingIds, findings } from '../../src/registry/findings.ts';

const designIds = [
	'consent-needed',
	'admin-approval-required',
	'consent-declined',
	'sign-in-cancelled',
	'popup-blocked',
	'reconnect-required',
	'personal-account',
	'account-not-in-tenant',
	'conditional-access-blocked',
	'app-not-in-tenant',
	'mailbox-unavailable',
	'exchange-licence-missing',
	'exchange-licence-disabled',
	'teams-licence-missing',
	'graph-throttled',
	'graph-unavailable',
];
const contractPages = [
	'/teams/connect/',
	'/teams/admin-consent/',
	'/teams/reconnect/',
	'/teams/permissions/',
	'/teams/faq/mailbox-unavailable/',
	'/teams/faq/need-admin-approval/',
	'/teams/checker/',
];

describe('the findings catalogue', () => {
	test('has every id the contract names (docs/CONTRACTS.md)', () => {
		expect(findingIds).toEqual(expect.arrayContaining(designIds));
		expect(Object.keys(findings).sort()).toEqual([...findingIds].sort());
	});

	test.each(findingIds.map((id) => [id, findings[id]] as const))(
		'%s links to a help centre page',
		(_, finding) => {
			const [path, anchor] = finding.fix.split('#');
			if (contractPages.includes(path!)) expect(anchor).toBeUndefined();
			else expect(path).toMatch(/^\/teams\/troubleshooting\/[a-z-]+\/$/);
		},
	);

	test('words the two most common findings as the adviser and the admin need', () => {
		expect([
			findings['admin-approval-required'].audience,
			findings['admin-approval-required'].fix,
		]).toEqual(['it-admin', '/teams/faq/need-admin-approval/']);
		expect([findings['mailbox-unavailable'].audience, findings['mailbox-unavailable'].fix]).toEqual(
			['it-admin', '/teams/faq/mailbox-unavailable/'],
		);
	});
});

describe('the error-code map', () => {
	test.each([
		'65001',
		'65004',
		'90094',
		'90095',
		'50020',
		'500208',
		'50034',
		'53003',
		'700016',
		'50105',
		'50076',
		'50011',
		'9002326',
		'650052',
	])('maps AADSTS%s', (code) => {
		expect(findingIds).toContain(aadstsCodes[code as keyof typeof aadstsCodes].finding);
	});

	test('maps only to catalogue findings', () => {
		for (const entry of [
			...Object.values(aadstsCodes),
			...Object.values(authErrorCodes),
			...Object.values(subErrorCodes),
			...Object.values(graphErrorCodes),
			...Object.values(graphErrorMessages),
		]) {
			expect(findingIds).toContain(entry.finding);
			expect(entry.meaning.length).toBeGreaterThan(20);
		}
	});

	test.each([
		['GraphAccessToTranscriptsDisabled', 'tenant-policy-blocked'],
		['ServicePrincipalDisabledOnTenant', 'tenant-policy-blocked'],
		['MailboxNotEnabledForRESTAPI', 'mailbox-unavailable'],
		['ResourceNotFound', 'mailbox-unavailable'],
	] as const)('maps the Graph code %s to %s', (code, finding) => {
		expect(graphErrorCodes[code].finding).toBe(finding);
	});

	test('names a refusal by message only where Microsoft gives no code, for Teams licences and Teams switched off', () => {
		expect(
			Object.values(graphErrorMessages)
				.map((entry) => entry.finding)
				.sort(),
		).toEqual(['teams-licence-missing', 'tenant-policy-blocked']);
	});
});
