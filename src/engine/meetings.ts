// Reads the staged evidence: which meeting to ask about (from the calendar view), and its online
// meeting id (from the `JoinWebUrl` filter). Pure and total: any input, bounded work, never throws.
// The checker's planner imports these to fill stage 2 and 3 placeholders; the engine uses the same
// functions, so the two can never disagree on which meeting was meant.
import { asArray, asRecord, asString, MAX_ITEMS } from './read.ts';

/**
 * A Graph `dateTimeTimeZone` (`{ dateTime: '2026-11-25T09:30:00.0000000', timeZone: 'UTC' }`) as
 * epoch milliseconds. calendarView answers in UTC unless the request sends `Prefer:
 * outlook.timezone` (https://learn.microsoft.com/graph/api/user-list-calendarview, "Request
 * headers"), and the checker sends none; a dateTime with its own offset is read as written. A zone
 * we cannot convert (a Windows zone name) is read as UTC: at most hours out, enough to tell a
 * meeting that ended from one that has not.
 */
function instant(value: unknown): number | undefined {
	const text = asString(asRecord(value)?.['dateTime']);
	if (!text || text.length > 40) return undefined;
	const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
	const ms = Date.parse(hasOffset ? text : `${text}Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

/** Teams join links only: a Skype for Business or third-party link cannot be looked up as a Teams meeting. */
function isTeamsJoinUrl(url: string): boolean {
	try {
		const host = new URL(url).hostname.toLowerCase();
		return (
			host === 'teams.microsoft.com' ||
			host.endsWith('.teams.microsoft.com') ||
			host === 'teams.live.com' ||
			host.endsWith('.teams.microsoft.us') ||
			host === 'dod.teams.microsoft.us' ||
			host === 'gov.teams.microsoft.us'
		);
	} catch {
		return false;
	}
}

/** The most recent Teams meeting the user organised that has ended, from a calendarView answer body. */
export function latestOrganisedTeamsMeeting(
	calendarViewBody: unknown,
	now: Date,
): { joinWebUrl: string; end: string } | undefined {
	const nowMs = now.getTime();
	let best: { joinWebUrl: string; end: string; endMs: number } | undefined;
	for (const item of asArray(asRecord(calendarViewBody)?.['value']).slice(0, MAX_ITEMS)) {
		const event = asRecord(item);
		if (!event || event['isOrganizer'] !== true) continue;
		const joinWebUrl = asString(asRecord(event['onlineMeeting'])?.['joinUrl']);
		if (!joinWebUrl || joinWebUrl.length > 2000 || !isTeamsJoinUrl(joinWebUrl)) continue;
		const endMs = instant(event['end']);
		if (endMs === undefined || Number.isNaN(nowMs) || endMs > nowMs) continue;
		if (!best || endMs > best.endMs)
			best = { joinWebUrl, end: new Date(endMs).toISOString(), endMs };
	}
	return best ? { joinWebUrl: best.joinWebUrl, end: best.end } : undefined;
}

/**
 * The online meeting id from an `/me/onlineMeetings?$filter=JoinWebUrl eq …` answer body: Graph
 * answers that filter with a collection holding the one meeting
 * (https://learn.microsoft.com/graph/api/onlinemeeting-get, "Response"). A body that is the meeting
 * itself (a GET by id) is read too.
 */
export function onlineMeetingId(onlineMeetingsBody: unknown): string | undefined {
	const body = asRecord(onlineMeetingsBody);
	const meeting =
		asRecord(asArray(body?.['value'])[0]) ?? (body && !('value' in body) ? body : undefined);
	const id = asString(meeting?.['id']);
	return id && id.length <= 1000 ? id : undefined;
}
