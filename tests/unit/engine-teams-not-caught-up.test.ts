// Teams refuses for want of a licence for hours after one is assigned: when the licences already
// list an active Teams plan, the finding says Teams has not caught up, rather than only "no plan".
import { expect, test } from 'vitest';
import { accountTraces } from '../../fixtures/index.ts';
import { diagnose, parseTrace } from '../../src/engine/index.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';

const detailsOf = (scenario: keyof typeof accountTraces) => {
	const parsed = parseTrace(accountTraces[scenario]);
	if (!parsed.ok) throw new Error(`${scenario}: trace not valid`);
	const report = diagnose(parsed.trace, { registry: engineRegistry });
	return report.findings.find((f) => f.id === 'teams-licence-missing')?.details ?? '';
};

test('a Teams plan in the licences, refused by Teams: not caught up yet, check again later', () => {
	const details = detailsOf('teams-licence-pending');
	expect(details).toMatch(/^Graph refused /);
	expect(details).toContain(
		'Yet the licences list an active Teams plan (TEAMS1 in O365_BUSINESS_PREMIUM)',
	);
	expect(details).toContain('check again later');
});

test('no Teams plan at all: no such note', () => {
	const details = detailsOf('no-teams-licence');
	expect(details).toContain('None has a Microsoft Teams plan');
	expect(details).not.toContain('caught up');
});
