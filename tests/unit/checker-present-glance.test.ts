// The result read at a glance: the verdict, the one next step, features grouped by what blocks
// them, times in the reader's zone, and the mailbox's likeliest cause, from real scenario traces.
import { describe, expect, test } from 'vitest';
import { scenarioTraces } from '../../fixtures/index.ts';
import { groupFeatures, localTime, nextStep } from '../../src/checker/glance.ts';
import { presentResult } from '../../src/checker/present.ts';
import type { FeatureRow } from '../../src/checker/runtime-port.ts';
import { verdictOf } from '../../src/checker/verdict.ts';
import { mailboxCauses } from '../../src/engine/checks/mailbox.ts';
import { diagnose, parseTrace, type Report } from '../../src/engine/index.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';

const time = { locale: 'en-AU', timeZone: 'Australia/Sydney' };
function present(scenario: keyof typeof scenarioTraces) {
	const parsed = parseTrace(scenarioTraces[scenario]);
	if (!parsed.ok) throw new Error(parsed.error);
	return presentResult(diagnose(parsed.trace, { registry: engineRegistry }), parsed.trace, {
		showUsername: false,
		origin: 'https://help.claras.ai',
		time,
	});
}
const groupsOf = (result: ReturnType<typeof present>) =>
	result.groups.map(
		(g) =>
			`${g.state}${g.blockedBy.length ? ` by ${g.blockedBy.join(' + ')}` : ''}: ${g.features.map((f) => f.id).join(', ')}`,
	);
const all = 'scheduled-meetings, recording-file-notes, transcript-file-notes, meet-now, attendance';

describe('four accounts, read at a glance', () => {
	test.each([
		[
			'ready',
			'ready',
			/^Nothing to fix: in Claras, open My Profile and, under Integrations, select Connect next to Microsoft Teams/,
			[`ready: ${all}`],
		],
		[
			'needs-admin',
			'action-admin',
			/^Send your IT admin the admin consent link below/,
			[`blocked by Your IT admin needs to approve Claras: ${all}`],
		],
		[
			'no-teams-licence',
			'action-admin',
			/^Email your IT admin this result: they fix “Your licence does not include Microsoft Teams”/,
			[`blocked by Your licence does not include Microsoft Teams: ${all}`],
		],
		[
			'graph-down',
			'try-later',
			/^Nothing for you to fix: this is on Microsoft's side, so check again after \d{1,2}:\d{2}\s?[ap]m/,
			[`blocked by Microsoft 365 did not answer: ${all}`],
		],
	] as const)('%s: %s', (scenario, verdict, step, groups) => {
		const result = present(scenario);
		expect(result.verdict).toBe(verdict);
		expect(result.nextStep).toMatch(step);
		expect(groupsOf(result)).toEqual(groups);
	});

	test('the needs-admin heading is the one the checker shows', () => {
		expect(present('needs-admin').verdictText).toBe('Action needed by your IT admin');
		expect(present('graph-down').verdictText).toBe('Microsoft is not answering — try later');
	});

	test('a mailbox on-premises leaves "Meet now" ready and names the cause', () => {
		const result = present('mailbox-on-premises');
		expect(groupsOf(result)).toEqual([
			'blocked by Microsoft could not open your mailbox: scheduled-meetings, recording-file-notes, transcript-file-notes, attendance',
			'ready: meet-now',
		]);
		expect(result.findings.find((f) => f.id === 'mailbox-unavailable')?.cause).toBe(
			mailboxCauses.active,
		);
	});

	test.each([
		['no-exchange-licence', mailboxCauses.none],
		['licence-disabled', mailboxCauses.inactive],
	] as const)('%s names its mailbox cause', (scenario, cause) => {
		expect(present(scenario).findings.find((f) => f.id === 'mailbox-unavailable')?.cause).toBe(
			cause,
		);
	});

	test("the time the check ran is in the reader's zone, never ISO", () => {
		const result = present('ready');
		expect(result.checkedAt.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
		expect(result.checkedAt.text).toBe(localTime(new Date(result.checkedAt.iso), time));
	});
});

describe('verdictOf', () => {
	const finding = (
		id: string,
		audience: 'user' | 'it-admin',
		severity: 'error' | 'warning' | 'info' = 'error',
	) => ({ id, audience, severity }) as Report['findings'][number];
	test.each([
		[
			'an admin finding outweighs Graph being down',
			[finding('graph-unavailable', 'user'), finding('teams-licence-missing', 'it-admin')],
			'action-admin',
		],
		["Graph down alone is Microsoft's side", [finding('graph-unavailable', 'user')], 'try-later'],
		[
			"throttled past its retries is Microsoft's side",
			[finding('graph-throttled', 'user', 'warning')],
			'try-later',
		],
		['a user finding alone is yours', [finding('consent-declined', 'user')], 'action-you'],
		[
			'advice for the admin does not make it theirs',
			[finding('colleagues-need-consent', 'it-admin', 'info'), finding('consent-declined', 'user')],
			'action-you',
		],
	] as const)('%s', (_, findings, verdict) =>
		expect(verdictOf({ ready: false, findings: [...findings] })).toBe(verdict),
	);
});

describe('groupFeatures', () => {
	const row = (
		id: string,
		state: FeatureRow['state'],
		blockedBy: string[] = [],
		reason?: string,
	): FeatureRow => ({
		id,
		name: id.toUpperCase(),
		ready: state === 'ready',
		state,
		blockedBy,
		reason,
	});
	test('groups by the same findings or reason; blocked first, then not tested, then ready', () => {
		const groups = groupFeatures([
			row('a', 'ready'),
			row('b', 'blocked', ['X']),
			row('c', 'unverified', [], 'No meeting.'),
			row('d', 'blocked', ['X']),
			row('e', 'blocked', ['X', 'Y']),
			row('f', 'unverified', [], 'No meeting.'),
		]);
		expect(
			groups.map((g) => [
				g.state,
				g.blockedBy.join('+'),
				g.reason ?? '',
				g.features.map((f) => f.id).join(''),
			]),
		).toEqual([
			['blocked', 'X', '', 'bd'],
			['blocked', 'X+Y', '', 'e'],
			['unverified', '', 'No meeting.', 'cf'],
			['ready', '', '', 'a'],
		]);
	});
});

test('the same reason naming each feature groups them, and names "these features"', () => {
	const groups = groupFeatures([
		{
			id: 'a',
			name: 'File notes',
			ready: false,
			state: 'unverified',
			blockedBy: [],
			reason: 'Nothing to test "File notes" on.',
		},
		{
			id: 'b',
			name: 'Who attended',
			ready: false,
			state: 'unverified',
			blockedBy: [],
			reason: 'Nothing to test "Who attended" on.',
		},
		{
			id: 'c',
			name: 'Meet now',
			ready: false,
			state: 'unverified',
			blockedBy: [],
			reason: 'Teams could not match "Meet now".',
		},
	]);
	expect(groups.map((g) => [g.reason, g.features.map((f) => f.id).join('')])).toEqual([
		['Nothing to test these features on.', 'ab'],
		['Teams could not match "Meet now".', 'c'],
	]);
});

describe('nextStep', () => {
	const checkedAt = new Date('2026-12-01T10:00:00Z');
	const app = { name: 'Claras', connectButton: 'Connect' };
	const view = (id: string) => ({
		id,
		severity: 'error',
		audience: 'user',
		title: id,
		message: '',
		fix: '/teams/',
	});
	test.each([
		['graph-unavailable', '9:10 pm'],
		['graph-throttled', '9:02 pm'],
	])('%s: check again after %s, Sydney time', (id, at) => {
		expect(
			nextStep(
				{
					verdict: 'try-later',
					findings: [view(id)],
					canReconnect: false,
					consentHelps: false,
					checkedAt,
					app,
				},
				time,
			),
		).toContain(`check again after ${at}`);
	});
	test('reconnect is pressed here when it can help', () => {
		expect(
			nextStep({
				verdict: 'action-you',
				findings: [view('reconnect-required')],
				canReconnect: true,
				consentHelps: true,
				checkedAt,
				app,
			}),
		).toBe('Press Reconnect below and accept the permissions Microsoft asks for.');
	});
});
