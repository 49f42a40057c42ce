// The sandbox's Graph serves the checker's probes and nothing else: its routes are the registry's
// probe paths, every answer in sandbox/graph/answers.ts belongs to a probe, and a path no probe
// asks gets Graph's 400 for an unknown segment.
import { describe, expect, test } from 'vitest';
import { registry } from '../src/registry/index.ts';
import { graphAnswers } from './graph/answers.ts';
import { dispatch, graphRoutes, pathPattern } from './graph/routes.ts';
import { findAccount } from './scenarios.ts';

const probes = [...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)].filter(
	(probe, index, all) => all.findIndex((p) => p.id === probe.id) === index,
);
const routes = graphRoutes();

test('every Graph answer is some probe’s, and every probe has one', () => {
	expect(Object.keys(graphAnswers).sort()).toEqual(probes.map((p) => p.id).sort());
	expect(routes.map((r) => r.probe)).toEqual(probes.map((p) => p.id));
});

test.each(probes.map((p) => [p.id, p.path] as const))(
	'%s: its path matches its own route only',
	(id, path) => {
		const filled = path.split('?')[0]!.replaceAll('{meetingId}', 'MSo1N2Y5ZGFjYy03MWJm');
		expect(routes.filter((r) => r.pattern.test(filled)).map((r) => r.probe)).toEqual([id]);
	},
);

describe('pathPattern', () => {
	test.each([
		['/me?$select=id', '/me', true],
		['/me?$select=id', '/me/events', false],
		['/me/onlineMeetings/{meetingId}/recordings', '/me/onlineMeetings/abc/recordings', true],
		['/me/onlineMeetings/{meetingId}/recordings', '/me/onlineMeetings/a/b/recordings', false],
		['/me/calendarView?startDateTime={start}', '/me/calendarview', true],
	])('%s matches %s: %s', (probePath, path, matches) =>
		expect(pathPattern(probePath).test(path)).toBe(matches),
	);
});

test.each(['/me/calendar/events', '/me/mailboxSettings', '/users/someone/events'])(
	'%s, which no probe asks, gets 400 BadRequest',
	(path) => {
		const answer = dispatch(
			{ account: findAccount('ready')!, scp: registry.permissions.map((p) => p.claim) },
			'GET',
			path,
			'https://graph',
			Date.now(),
		);
		expect(answer).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
	},
);
