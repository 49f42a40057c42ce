// Reads what the next stage needs from Graph's answers: the join URL of the most recent past Teams
// meeting the user organised (calendarView), and that meeting's id (onlineMeetings by JoinWebUrl).
// Defensive: a body of any shape gives an answer or undefined, never a throw.
// TODO(merge evidence): src/engine/meetings.ts exports the same two functions; import those instead.

const record = (value: unknown): Record<string, unknown> | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const items = (body: unknown): Record<string, unknown>[] => {
	const value = record(body)?.['value'];
	if (!Array.isArray(value)) return [];
	return (value as unknown[]).flatMap((item) => record(item) ?? []);
};

/**
 * A Graph dateTimeTimeZone as epoch ms. calendarView answers in UTC unless a `Prefer:
 * outlook.timezone` header asks otherwise (event resource, "start"), so a bare time is read as UTC.
 */
function instant(value: unknown): number | undefined {
	const time = record(value);
	const dateTime = typeof time?.['dateTime'] === 'string' ? time['dateTime'] : undefined;
	if (!dateTime) return undefined;
	const zone = typeof time?.['timeZone'] === 'string' ? time['timeZone'] : 'UTC';
	if (zone !== 'UTC' && !/[zZ]|[+-]\d\d:\d\d$/.test(dateTime)) return undefined;
	const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

export function latestOrganisedTeamsMeeting(calendarViewBody: unknown, now: Date): { joinWebUrl: string; end: string } | undefined {
	let best: { joinWebUrl: string; end: number } | undefined;
	for (const event of items(calendarViewBody)) {
		const joinUrl = record(event['onlineMeeting'])?.['joinUrl'];
		const end = instant(event['end']);
		const teams = event['onlineMeetingProvider'] === undefined || event['onlineMeetingProvider'] === 'teamsForBusiness';
		if (event['isOrganizer'] !== true || event['isOnlineMeeting'] !== true || !teams) continue;
		if (typeof joinUrl !== 'string' || !joinUrl || end === undefined || end > now.getTime()) continue;
		if (!best || end > best.end) best = { joinWebUrl: joinUrl, end };
	}
	return best && { joinWebUrl: best.joinWebUrl, end: new Date(best.end).toISOString() };
}

export function onlineMeetingId(onlineMeetingsBody: unknown): string | undefined {
	const id = items(onlineMeetingsBody)[0]?.['id'];
	return typeof id === 'string' && id ? id : undefined;
}
