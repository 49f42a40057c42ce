import { describe, expect, it } from 'vitest';
import {
	odataString,
	planStage,
	selectProbes,
	type ProbeAnswer,
} from '../../src/checker/probes.ts';
import { runStages } from '../../src/checker/stages.ts';
import { registry } from '../../src/registry/index.ts';

const now = new Date('2026-11-26T10:00:00.000Z');
const JOIN =
	'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZWE1%40thread.v2/0?context=%7b%22Tid%22%3a%226c3b%22%7d';
const MEETING_ID = 'MSpiOTM1ZTY3NS01ZTY3LTQ4YjktOGQ0NS0yNDlkNWY4OGU5NjQqMCoqMTk6bWVldGluZ19ZbU0z';

/** A calendarView item as Graph answers `$select=id,isOnlineMeeting,isOrganizer,onlineMeeting,onlineMeetingProvider,start,end`. */
const event = (end: string, over: Record<string, unknown> = {}) => ({
	id: `AAMkAG${end.slice(11, 13)}AAA=`,
	isOnlineMeeting: true,
	isOrganizer: true,
	onlineMeetingProvider: 'teamsForBusiness',
	start: { dateTime: '2026-11-26T08:00:00.0000000', timeZone: 'UTC' },
	end: { dateTime: end, timeZone: 'UTC' },
	onlineMeeting: { joinUrl: JOIN },
	...over,
});
const view = (...value: unknown[]): ProbeAnswer => ({ status: 200, body: { value } });
const found = (id = MEETING_ID): ProbeAnswer => ({
	status: 200,
	body: { value: [{ id, joinWebUrl: JOIN }] },
});
const ids = (stage: 1 | 2 | 3, answers: Record<string, ProbeAnswer>) =>
	planStage(registry, stage, new Map(Object.entries(answers)), now).map((probe) => probe.id);

describe('planStage', () => {
	it('stage 1: the base probes, then each feature’s first-stage probes, each once', () => {
		const firstStage = [
			...registry.baseProbes,
			...registry.features.flatMap((feature) => feature.probes),
		].filter((probe) => probe.stage === 1);
		expect(ids(1, {})).toEqual([...new Set(firstStage.map((probe) => probe.id))]);
		expect(ids(1, {}).slice(0, registry.baseProbes.length)).toEqual(
			registry.baseProbes.map((probe) => probe.id),
		);
	});

	it('stage 1 fills {start} and {end} with the fortnight up to now, newest first, and marks Outlook probes', () => {
		const calendar = selectProbes(registry, now).find((probe) => probe.id === 'calendar-view');
		expect(calendar?.url).toContain(
			`startDateTime=${encodeURIComponent('2026-11-12T10:00:00.000Z')}`,
		);
		expect(calendar?.url).toContain(
			`endDateTime=${encodeURIComponent('2026-11-26T10:00:00.000Z')}`,
		);
		expect(calendar?.url).toContain('$orderby=start/dateTime desc');
		expect(calendar?.outlook).toBe(true);
		expect(selectProbes(registry, now).every((probe) => !probe.url.includes('{'))).toBe(true);
	});

	it.each<[string, Record<string, ProbeAnswer>, string[]]>([
		[
			'a past Teams meeting the user organised',
			{ 'calendar-view': view(event('2026-11-26T09:00:00.0000000')) },
			['online-meeting'],
		],
		['no calendar answer at all', {}, []],
		[
			'a calendar view refused (403)',
			{ 'calendar-view': { status: 403, body: { error: { code: 'ErrorAccessDenied' } } } },
			[],
		],
		['an empty calendar', { 'calendar-view': view() }, []],
		[
			'only a meeting still to come',
			{ 'calendar-view': view(event('2026-11-26T11:00:00.0000000')) },
			[],
		],
		[
			'only meetings someone else organised',
			{ 'calendar-view': view(event('2026-11-26T09:00:00.0000000', { isOrganizer: false })) },
			[],
		],
		[
			'only an in-person appointment',
			{
				'calendar-view': view(
					event('2026-11-26T09:00:00.0000000', { isOnlineMeeting: false, onlineMeeting: null }),
				),
			},
			[],
		],
		[
			'a third-party meeting link',
			{
				'calendar-view': view(
					event('2026-11-26T09:00:00.0000000', {
						onlineMeetingProvider: 'unknown',
						onlineMeeting: { joinUrl: 'https://zoom.us/j/123' },
					}),
				),
			},
			[],
		],
		['a body that is not a collection', { 'calendar-view': { status: 200, body: '<html>' } }, []],
	])('stage 2 after %s: %o', (_, answers, expected) => {
		expect(ids(2, answers)).toEqual(expected);
	});

	it('stage 2 asks for the meeting by its join URL, OData-quoted and URL-encoded', () => {
		const quoted =
			'https://teams.microsoft.com/l/meetup-join/x/0?context={"n":"O\'Brien & co"}#top';
		const [probe] = planStage(
			registry,
			2,
			new Map([
				[
					'calendar-view',
					view(event('2026-11-26T09:00:00.0000000', { onlineMeeting: { joinUrl: quoted } })),
				],
			]),
			now,
		);
		expect(probe?.url).toContain(
			`$filter=JoinWebUrl eq '${encodeURIComponent(quoted.replaceAll("'", "''"))}'`,
		);
		// The join URL's own & and # cannot end the parameter: it reads back whole, quotes doubled.
		expect(new URL(probe!.url, 'https://graph.microsoft.com').searchParams.get('$filter')).toBe(
			`JoinWebUrl eq '${quoted.replaceAll("'", "''")}'`,
		);
	});

	it.each<[string, Record<string, ProbeAnswer>, string[]]>([
		[
			'the meeting was found',
			{ 'online-meeting': found() },
			['recordings', 'transcripts', 'attendance-reports'],
		],
		[
			'Graph found no meeting for the join URL',
			{ 'online-meeting': { status: 200, body: { value: [] } } },
			[],
		],
		[
			'the lookup was refused',
			{ 'online-meeting': { status: 403, body: { error: { code: 'Forbidden' } } } },
			[],
		],
	])('stage 3 when %s: %o', (_, answers, expected) => {
		expect(ids(3, answers)).toEqual(expected);
	});

	it('stage 3 puts the meeting id in the path, encoded', () => {
		const urls = planStage(registry, 3, new Map([['online-meeting', found('MSo/a+b=')]]), now).map(
			(probe) => probe.url,
		);
		expect(urls.map((url) => url.split('?')[0])).toEqual([
			'/me/onlineMeetings/MSo%2Fa%2Bb%3D/recordings',
			'/me/onlineMeetings/MSo%2Fa%2Bb%3D/transcripts',
			'/me/onlineMeetings/MSo%2Fa%2Bb%3D/attendanceReports',
		]);
	});

	it('drops a probe id listed twice', () => {
		const twice = {
			baseProbes: registry.baseProbes,
			features: [...registry.features, ...registry.features],
		};
		expect(selectProbes(twice, now)).toHaveLength(selectProbes(registry, now).length);
	});
});

describe('odataString', () => {
	it.each([
		["it's", "it''s"],
		['a&b=c#d', 'a%26b%3Dc%23d'],
		['plain', 'plain'],
	])('%s → %s', (input, expected) => expect(odataString(input)).toBe(expected));
});

describe('runStages', () => {
	/** A fake Graph answering every probe from a table (200 and an empty collection otherwise). */
	async function stagesFor(table: Record<string, ProbeAnswer>) {
		const sent: string[][] = [];
		const run = await runStages(registry, now, async (probes, onAnswer) => {
			sent.push(probes.map((probe) => probe.id));
			for (const probe of probes)
				onAnswer(probe.id, table[probe.id] ?? { status: 200, body: { value: [] } });
			return 1;
		});
		return { ...run, sent };
	}

	it('ready: three stages, three round trips', async () => {
		const run = await stagesFor({
			'calendar-view': view(event('2026-11-26T09:00:00.0000000')),
			'online-meeting': found(),
		});
		expect(run).toMatchObject({ stages: [1, 2, 3], roundTrips: 3 });
		expect(run.sent[1]).toEqual(['online-meeting']);
	});

	it('no recent meeting: stage 1 only', async () => {
		expect(await stagesFor({})).toMatchObject({ stages: [1], roundTrips: 1 });
	});

	it('a meeting Graph cannot find: two stages', async () => {
		expect(
			await stagesFor({ 'calendar-view': view(event('2026-11-26T09:00:00.0000000')) }),
		).toMatchObject({ stages: [1, 2], roundTrips: 2 });
	});
});
