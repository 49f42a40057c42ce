// The mailbox finding names the likeliest cause from the licences: Graph's 404 is the same for all.
import { describe, expect, test } from 'vitest';
import { assignedPlans, graphErrors, licenceBodies, meetingIds } from '../../fixtures/index.ts';
import { MAILBOX_CAUSE, mailboxCauses } from '../../src/engine/checks/mailbox.ts';
import { report, traceWith } from './engine-test-kit.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ok = (body: unknown) => ({ status: 200, body });
const mailbox404 = { status: 404, body: graphErrors.mailboxNotEnabled };
const refused = { events: mailbox404, 'calendar-view': mailbox404 };
const detailsOf = (answers: Record<string, unknown>) =>
	report(traceWith({ ...refused, ...answers } as never)).findings.find(
		(f) => f.id === 'mailbox-unavailable',
	)?.details;

describe('the mailbox finding names the likeliest cause', () => {
	test.each([
		[
			'no Exchange Online plan',
			{ 'licence-details': ok(licenceBodies.teamsOnly) },
			mailboxCauses.none,
		],
		[
			'an Exchange Online plan disabled',
			{ 'licence-details': ok(licenceBodies.exchangeDisabled) },
			mailboxCauses.inactive,
		],
		[
			'a plan still provisioning',
			{ 'licence-details': ok(licenceBodies.exchangePending) },
			mailboxCauses.inactive,
		],
		[
			'a suspended subscription',
			{
				me: ok({
					id: meetingIds.organiserId,
					assignedPlans: assignedPlans('businessStandard', 'Suspended'),
				}),
			},
			mailboxCauses.inactive,
		],
		['an active Exchange Online plan', {}, mailboxCauses.active],
	])('%s', (_, answers, cause) => {
		const details = detailsOf(answers);
		expect(details).toMatch(new RegExp(`^${escape(`${MAILBOX_CAUSE} ${cause}`)} Graph answered `));
		expect(details).toContain('404 MailboxNotEnabledForRESTAPI');
	});

	test('names no cause when Graph did not list the licences', () => {
		const details = detailsOf({
			'licence-details': { status: 503, body: graphErrors.serviceUnavailable },
		});
		expect(details).toMatch(/^Graph answered /);
		expect(details).not.toContain(MAILBOX_CAUSE);
	});

	test('the three causes are worded apart', () => {
		expect(new Set([mailboxCauses.none, mailboxCauses.inactive, mailboxCauses.active]).size).toBe(
			3,
		);
	});
});
