// Answers one Graph v1.0 request for a signed-in account: the scope check Graph makes for each
// resource, the mailbox 404 for accounts without an Exchange Online mailbox, the Teams licence 403
// for accounts without Teams, the tenant's transcript switch, then the data, `$select`ed.
import { licenseDetails } from '../licences.ts';
import type { Account } from '../scenarios.ts';
import {
	attendanceReports,
	calendarOf,
	chats,
	event,
	hasTeams,
	onlineMeeting,
	profile,
	recordings,
	transcripts,
	type Meeting,
} from './data.ts';
import { graphErrors, type GraphResult } from './errors.ts';

/** Which delegated scopes each resource accepts (any one will do), as Graph's reference lists them. */
const routes: {
	pattern: RegExp;
	anyOf: string[];
	kind: 'directory' | 'outlook' | 'teams';
	name: string;
}[] = [
	{
		name: 'me',
		pattern: /^\/me$/,
		anyOf: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All'],
		kind: 'directory',
	},
	{
		name: 'licenseDetails',
		pattern: /^\/me\/licenseDetails$/,
		anyOf: ['User.Read', 'User.Read.All', 'Directory.Read.All'],
		kind: 'directory',
	},
	{
		name: 'calendarView',
		pattern: /^\/me\/(calendar\/)?calendarView$/,
		anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
		kind: 'outlook',
	},
	{
		name: 'events',
		pattern: /^\/me\/(calendar\/)?events$/,
		anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
		kind: 'outlook',
	},
	{
		name: 'onlineMeetings',
		pattern: /^\/me\/onlineMeetings$/,
		anyOf: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'],
		kind: 'teams',
	},
	{
		name: 'recordings',
		pattern: /^\/me\/onlineMeetings\/([^/]+)\/recordings$/,
		anyOf: ['OnlineMeetingRecording.Read.All'],
		kind: 'teams',
	},
	{
		name: 'transcripts',
		pattern: /^\/me\/onlineMeetings\/([^/]+)\/transcripts$/,
		anyOf: ['OnlineMeetingTranscript.Read.All'],
		kind: 'teams',
	},
	{
		name: 'attendanceReports',
		pattern: /^\/me\/onlineMeetings\/([^/]+)\/attendanceReports$/,
		anyOf: ['OnlineMeetingArtifact.Read.All'],
		kind: 'teams',
	},
	{
		name: 'chats',
		pattern: /^\/me\/chats$/,
		anyOf: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
		kind: 'teams',
	},
];

export interface Caller {
	account: Account;
	/** The access token's scopes. */
	scp: readonly string[];
}

/**
 * Applies `$select` (top-level properties, case-insensitive) as Graph does, keeping `id` and
 * annotations. Graph reads `$select` and `select` alike (query-parameters.md, "$ prefix optional").
 */
function select<T extends object>(item: T, query: URLSearchParams): Partial<T> {
	const fields = (query.get('$select') ?? query.get('select'))
		?.split(',')
		.map((f) => f.trim().toLowerCase());
	if (!fields) return item;
	return Object.fromEntries(
		Object.entries(item).filter(
			([key]) => key === 'id' || key.startsWith('@') || fields.includes(key.toLowerCase()),
		),
	) as Partial<T>;
}

function collection<T extends object>(
	base: string,
	context: string,
	items: T[],
	query: URLSearchParams,
): GraphResult {
	const top = Number(query.get('$top') ?? items.length);
	return {
		status: 200,
		headers: {},
		body: {
			'@odata.context': `${base}/$metadata#${context}`,
			value: items.slice(0, top).map((i) => select(i, query)),
		},
	};
}

/**
 * The JoinWebUrl of `$filter=JoinWebUrl eq '…'` (property name case-insensitive, a quote doubled
 * inside the literal, as OData writes it), or undefined for any other filter.
 */
export function joinWebUrlFilter(filter: string): string | undefined {
	const match = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
	return match?.[1]?.replaceAll("''", "'");
}

export function dispatch(
	caller: Caller,
	method: string,
	relativeUrl: string,
	base: string,
	now: number,
): GraphResult {
	const url = new URL(
		relativeUrl.startsWith('/') ? relativeUrl : `/${relativeUrl}`,
		'http://graph.local',
	);
	const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
	const query = url.searchParams;
	const route = routes.find((r) => r.pattern.test(path));
	if (!route) return graphErrors.noRoute(path, now);
	if (method !== 'GET') return graphErrors.methodNotAllowed(now);
	const scp = caller.scp.map((s) => s.toLowerCase());
	if (!route.anyOf.some((s) => scp.includes(s.toLowerCase()))) {
		if (route.kind === 'outlook') return graphErrors.outlookDenied(now);
		if (route.kind === 'teams')
			return graphErrors.teamsDenied(route.anyOf, caller.scp.join(' '), now);
		return graphErrors.directoryDenied(now);
	}
	const { account } = caller;
	if (route.kind === 'outlook' && account.mailbox !== 'active')
		return graphErrors.mailboxUnavailable(now);
	if (route.kind === 'teams' && !hasTeams(account)) return graphErrors.teamsLicence(now);
	const calendar = calendarOf(account, now);
	const context = (what: string) => `users('${account.oid}')/${what}`;
	// Artefacts belong to a meeting the user organised (the one /me/onlineMeetings can find).
	const organised = (): Meeting | undefined =>
		calendar.find(
			(m) => m.organised && m.joinWebUrl && m.meetingId === route.pattern.exec(path)?.[1],
		);
	switch (route.name) {
		case 'me':
			return {
				status: 200,
				headers: {},
				body: {
					'@odata.context': `${base}/$metadata#users/$entity`,
					...select(profile(account), query),
				},
			};
		case 'licenseDetails':
			return collection(
				base,
				context('licenseDetails'),
				licenseDetails(account.oid, account.licences),
				query,
			);
		case 'calendarView': {
			const start = Date.parse(query.get('startDateTime') ?? query.get('startdatetime') ?? '');
			const end = Date.parse(query.get('endDateTime') ?? query.get('enddatetime') ?? '');
			if (Number.isNaN(start) || Number.isNaN(end)) {
				return graphErrors.badRequest(
					'ErrorInvalidParameter',
					'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
					now,
				);
			}
			// By start, earliest first; `$orderby=start/dateTime desc` turns it round, as Graph does.
			const newestFirst = /^start\/datetime desc$/i.test(query.get('$orderby')?.trim() ?? '');
			const inWindow = calendar
				.filter((m) => m.start.getTime() < end && m.end.getTime() > start)
				.sort((a, b) => (newestFirst ? -1 : 1) * (a.start.getTime() - b.start.getTime()));
			return collection(
				base,
				context('calendarView'),
				inWindow.map((m) => event(account, m)),
				query,
			);
		}
		case 'events':
			return collection(
				base,
				context('events'),
				calendar.map((m) => event(account, m)),
				query,
			);
		case 'onlineMeetings': {
			const filter = query.get('$filter');
			if (!filter) return graphErrors.onlineMeetingsNeedFilter(now);
			const joinWebUrl = joinWebUrlFilter(filter);
			if (joinWebUrl === undefined)
				return graphErrors.badRequest('BadRequest', `Invalid filter clause: ${filter}`, now);
			// Only the meetings the user organised: an attendee's lookup finds nothing (onlinemeeting-get.md).
			const found = calendar.filter((m) => m.organised && m.joinWebUrl === joinWebUrl);
			return collection(
				base,
				context('onlineMeetings'),
				found.map((m) => onlineMeeting(account, m)),
				query,
			);
		}
		case 'recordings': {
			const m = organised();
			return m
				? collection(
						base,
						context(`onlineMeetings('${m.meetingId}')/recordings`),
						recordings(account, m, base, now),
						query,
					)
				: graphErrors.notFound('Online meeting', now);
		}
		case 'transcripts': {
			const m = organised();
			if (m && account.transcriptsApi === 'off') return graphErrors.transcriptsDisabled(now);
			return m
				? collection(
						base,
						context(`onlineMeetings('${m.meetingId}')/transcripts`),
						transcripts(account, m, now),
						query,
					)
				: graphErrors.notFound('Online meeting', now);
		}
		case 'attendanceReports': {
			const m = organised();
			return m
				? collection(
						base,
						context(`onlineMeetings('${m.meetingId}')/attendanceReports`),
						attendanceReports(m, now),
						query,
					)
				: graphErrors.notFound('Online meeting', now);
		}
		default:
			return collection(base, 'chats', chats(account, now), query);
	}
}
