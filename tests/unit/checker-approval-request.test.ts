// After "Need admin approval": the hand-off says what became of a request the adviser may have sent,
// and with the admin consent workflow on (AADSTS90095) points the admin at Admin consent requests.
import { describe, expect, it } from 'vitest';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { scenarioTraces } from '../../fixtures/index.ts';
import { approvalRequestNote } from '../../src/admin/approval-request.ts';
import { buildHandoff, entraPath } from '../../src/checker/handoff.ts';
import { diagnose, parseTrace, type Trace } from '../../src/engine/index.ts';
import { app } from '../../src/registry/index.ts';

const ORIGIN = 'https://help.claras.ai';
function handoffFor(input: unknown) {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	const trace: Trace = parsed.trace;
	return buildHandoff({
		report: diagnose(trace, { registry: engineRegistry }),
		trace,
		showUsername: false,
		origin: ORIGIN,
	});
}

describe('the hand-off after "Need admin approval"', () => {
	it.each<[keyof typeof scenarioTraces, string | undefined, RegExp]>([
		[
			'needs-admin-workflow',
			'Your request for approval',
			/Admin consent requests › My Pending › .+ › Review permissions and consent$/,
		],
		[
			'needs-admin',
			'If you sent a request for approval',
			/All applications › .+ › Permissions › Grant admin consent/,
		],
		['ready', undefined, /All applications/],
	])('%s', (scenario, title, path) => {
		const handoff = handoffFor(scenarioTraces[scenario]);
		expect(handoff.approvalRequest?.title).toBe(title);
		expect(handoff.entraPath).toMatch(path);
	});

	it('says who receives the request and what happens next', () => {
		const text = handoffFor(scenarioTraces['needs-admin-workflow']).approvalRequest!.text.join(' ');
		expect(text).toMatch(/your request was sent/);
		expect(text).toMatch(/reviewers your organisation chose/);
		expect(text).toMatch(/emails you the decision/);
		expect(text).toMatch(new RegExp(`connect again in ${app.name}`));
	});

	it('the email to the admin names the requests queue for 90095', () => {
		const mail = decodeURIComponent(handoffFor(scenarioTraces['needs-admin-workflow']).mailto);
		expect(mail).toContain(`Or in the Entra admin centre: ${entraPath(undefined, true)}.`);
	});

	it('never claims a request was sent when the workflow is not known to be on', () => {
		expect(approvalRequestNote(app.name, false).text[0]).toMatch(/^If /);
	});
});
