// Answers one Graph v1.0 request for a signed-in account: the scope check Graph makes for each
// resource, the mailbox 404 for accounts without an Exchange Online mailbox, then the data.
import { licenseDetails } from '../licences.ts';
import type { Account } from '../scenarios.ts';
import { attendanceReport, chat, event, mailboxSettings, meetingOf, onlineMeeting, profile, recording, transcript } from './data.ts';
import { graphErrors, type GraphResult } from './errors.ts';

/** Which delegated scopes each resource accepts (any one will do), as Graph's reference lists them. */
const routes: { pattern: RegExp; anyOf: string[]; kind: 'directory' | 'outlook' | 'teams'; name: string }[] = [
	{ name: 'me', pattern: /^\/me$/, anyOf: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All'], kind: 'directory' },
	{ name: 'licenseDetails', pattern: /^\/me\/licenseDetails$/, anyOf: ['User.Read', 'User.Read.All', 'Directory.Read.All'], kind: 'directory' },
	{ name: 'mailboxSettings', pattern: /^\/me\/mailboxSettings$/, anyOf: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], kind: 'outlook' },
	{ name: 'calendarView', pattern: /^\/me\/(calendar\/)?calendarView$/, anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'], kind: 'outlook' },
	{ name: 'events', pattern: /^\/me\/(calendar\/)?events$/, anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'], kind: 'outlook' },
	{ name: 'onlineMeetings', pattern: /^\/me\/onlineMeetings$/, anyOf: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'], kind: 'teams' },
	{ name: 'recordings', pattern: /^\/me\/onlineMeetings\/([^/]+)\/recordings$/, anyOf: ['OnlineMeetingRecording.Read.All'], kind: 'teams' },
	{ name: 'transcripts', pattern: /^\/me\/onlineMeetings\/([^/]+)\/transcripts$/, anyOf: ['OnlineMeetingTranscript.Read.All'], kind: 'teams' },
	{ name: 'attendanceReports', pattern: /^\/me\/onlineMeetings\/([^/]+)\/attendanceReports$/, anyOf: ['OnlineMeetingArtifact.Read.All'], kind: 'teams' },
	{ name: 'chats', pattern: /^\/me\/chats$/, anyOf: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'], kind: 'teams' },
];

export interface Caller {
	account: Account;
	/** The access token's scopes. */
	scp: readonly string[];
}

/** Applies `$select` (top-level properties) as Graph does, keeping `id` and annotations. */
function select<T extends object>(item: T, query: URLSearchParams): Partial<T> {
	const fields = query.get('$select')?.split(',').map((f) => f.trim().toLowerCase());
	if (!fields) return item;
	return Object.fromEntries(Object.entries(item).filter(([key]) => key === 'id' || key.startsWith('@') || fields.includes(key.toLowerCase()))) as Partial<T>;
}

function collection<T extends object>(base: string, context: string, items: T[], query: URLSearchParams): GraphResult {
	const top = Number(query.get('$top') ?? items.length);
	return { status: 200, headers: {}, body: { '@odata.context': `${base}/$metadata#${context}`, value: items.slice(0, top).map((i) => select(i, query)) } };
}

export function dispatch(caller: Caller, method: string, relativeUrl: string, base: string, now: number): GraphResult {
	const url = new URL(relativeUrl.startsWith('/') ? relativeUrl : `/${relativeUrl}`, 'http://graph.local');
	const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
	const query = url.searchParams;
	const route = routes.find((r) => r.pattern.test(path));
	if (!route) return graphErrors.noRoute(path, now);
	if (method !== 'GET') return graphErrors.methodNotAllowed(now);
	const scp = caller.scp.map((s) => s.toLowerCase());
	if (!route.anyOf.some((s) => scp.includes(s.toLowerCase()))) {
		if (route.kind === 'outlook') return graphErrors.outlookDenied(now);
		if (route.kind === 'teams') return graphErrors.teamsDenied(route.anyOf, caller.scp.join(' '), now);
		return graphErrors.directoryDenied(now);
	}
	const { account } = caller;
	if (route.kind === 'outlook' && account.mailbox !== 'active') return graphErrors.mailboxUnavailable(now);
	const meeting = meetingOf(account, now);
	const meetingIdOk = () => route.pattern.exec(path)?.[1] === meeting.meetingId;
	switch (route.name) {
		case 'me':
			return { status: 200, headers: {}, body: { '@odata.context': `${base}/$metadata#users/$entity`, ...select(profile(account), query) } };
		case 'licenseDetails':
			return collection(base, `users('${account.oid}')/licenseDetails`, licenseDetails(account.oid, account.licences), query);
		case 'mailboxSettings':
			return { status: 200, headers: {}, body: { '@odata.context': `${base}/$metadata#users('${account.oid}')/mailboxSettings`, ...select(mailboxSettings(), query) } };
		case 'calendarView': {
			const start = Date.parse(query.get('startDateTime') ?? query.get('startdatetime') ?? '');
			const end = Date.parse(query.get('endDateTime') ?? query.get('enddatetime') ?? '');
			if (Number.isNaN(start) || Number.isNaN(end)) {
				return graphErrors.badRequest('ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', now);
			}
			const inWindow = meeting.start.getTime() < end && meeting.end.getTime() > start;
			return collection(base, `users('${account.oid}')/calendarView`, inWindow ? [event(account, meeting)] : [], query);
		}
		case 'events':
			return collection(base, `users('${account.oid}')/events`, [event(account, meeting)], query);
		case 'onlineMeetings': {
			const filter = query.get('$filter');
			if (!filter) return graphErrors.onlineMeetingsNeedFilter(now);
			const match = /^\s*joinWebUrl\s+eq\s+'(.*)'\s*$/i.exec(filter);
			if (!match) return graphErrors.badRequest('BadRequest', `Invalid filter clause: ${filter}`, now);
			return collection(base, `users('${account.oid}')/onlineMeetings`, match[1] === meeting.joinWebUrl ? [onlineMeeting(meeting)] : [], query);
		}
		case 'recordings':
			return meetingIdOk() ? collection(base, 'recordings', [recording(account, meeting, base)], query) : graphErrors.notFound('Online meeting', now);
		case 'transcripts':
			return meetingIdOk() ? collection(base, 'transcripts', [transcript(account, meeting, base)], query) : graphErrors.notFound('Online meeting', now);
		case 'attendanceReports':
			return meetingIdOk() ? collection(base, 'attendanceReports', [attendanceReport(meeting)], query) : graphErrors.notFound('Online meeting', now);
		default:
			return collection(base, `chats`, account.licences.length ? [chat(meeting)] : [], query);
	}
}
