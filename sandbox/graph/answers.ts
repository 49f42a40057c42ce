// What Graph answers each of the checker's probes (src/registry/probes.ts), by probe id: the
// scopes the resource accepts, which workload serves it, and the data. The sandbox's routes are
// the registry's probe paths (routes.ts), so a new probe needs only its answer here and the scopes
// it accepts in fixtures/graph-scopes.ts; both maps are exhaustive, so a probe without either
// fails to compile.
import { acceptedScopes, type ProbeId } from '../../fixtures/graph-scopes.ts';
import { licenseDetails } from '../licences.ts';
import type { Account } from '../scenarios.ts';
import {
	attendanceReports,
	chats,
	event,
	onlineMeeting,
	profile,
	recordings,
	transcripts,
	type Meeting,
} from './data.ts';
import { graphErrors, type GraphResult } from './errors.ts';
import { collection, joinWebUrlFilter, select } from './odata.ts';

export type { ProbeId };

export interface GraphRequest {
	account: Account;
	query: URLSearchParams;
	/** The Graph root the answer's `@odata.context` names. */
	base: string;
	now: number;
	/** The account's meetings around now (data.ts). */
	calendar: readonly Meeting[];
	/** What the probe path's one placeholder matched (the online meeting id), if it has one. */
	param?: string;
}

export interface GraphAnswer {
	/** Which delegated scopes the resource accepts (any one will do): fixtures/graph-scopes.ts. */
	anyOf: readonly string[];
	/** Outlook answers the mailbox 404; Teams the licence 403; each denies a missing scope its way. */
	kind: 'directory' | 'outlook' | 'teams';
	answer(request: GraphRequest): GraphResult;
}

const context = (r: GraphRequest, what: string) => `users('${r.account.oid}')/${what}`;
/** Artefacts belong to a meeting the user organised (the one /me/onlineMeetings can find). */
const organised = (r: GraphRequest) =>
	r.calendar.find((m) => m.organised && m.joinWebUrl && m.meetingId === r.param);

/** One artefact list of the meeting the path names, or Graph's 404 when there is no such meeting. */
const artefacts =
	(what: string, items: (r: GraphRequest, m: Meeting) => object[]) =>
	(r: GraphRequest): GraphResult => {
		const m = organised(r);
		if (!m) return graphErrors.notFound('Online meeting', r.now);
		return collection(
			r.base,
			context(r, `onlineMeetings('${m.meetingId}')/${what}`),
			items(r, m),
			r.query,
		);
	};

export const graphAnswers = {
	me: {
		anyOf: acceptedScopes.me,
		kind: 'directory',
		answer: (r) => ({
			status: 200,
			headers: {},
			body: {
				'@odata.context': `${r.base}/$metadata#users/$entity`,
				...select(profile(r.account), r.query),
			},
		}),
	},
	'licence-details': {
		anyOf: acceptedScopes['licence-details'],
		kind: 'directory',
		answer: (r) =>
			collection(
				r.base,
				context(r, 'licenseDetails'),
				licenseDetails(r.account.oid, r.account.licences),
				r.query,
			),
	},
	events: {
		anyOf: acceptedScopes.events,
		kind: 'outlook',
		answer: (r) =>
			collection(
				r.base,
				context(r, 'events'),
				r.calendar.map((m) => event(r.account, m)),
				r.query,
			),
	},
	'calendar-view': {
		anyOf: acceptedScopes['calendar-view'],
		kind: 'outlook',
		answer: (r) => {
			const start = Date.parse(r.query.get('startDateTime') ?? r.query.get('startdatetime') ?? '');
			const end = Date.parse(r.query.get('endDateTime') ?? r.query.get('enddatetime') ?? '');
			if (Number.isNaN(start) || Number.isNaN(end)) {
				return graphErrors.badRequest(
					'ErrorInvalidParameter',
					'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
					r.now,
				);
			}
			// By start, earliest first; `$orderby=start/dateTime desc` turns it round, as Graph does.
			const newestFirst = /^start\/datetime desc$/i.test(r.query.get('$orderby')?.trim() ?? '');
			const inWindow = r.calendar
				.filter((m) => m.start.getTime() < end && m.end.getTime() > start)
				.sort((a, b) => (newestFirst ? -1 : 1) * (a.start.getTime() - b.start.getTime()));
			return collection(
				r.base,
				context(r, 'calendarView'),
				inWindow.map((m) => event(r.account, m)),
				r.query,
			);
		},
	},
	chats: {
		anyOf: acceptedScopes.chats,
		kind: 'teams',
		answer: (r) => collection(r.base, 'chats', chats(r.account, r.now), r.query),
	},
	'online-meeting': {
		anyOf: acceptedScopes['online-meeting'],
		kind: 'teams',
		answer: (r) => {
			const filter = r.query.get('$filter');
			if (!filter) return graphErrors.onlineMeetingsNeedFilter(r.now);
			const joinWebUrl = joinWebUrlFilter(filter);
			if (joinWebUrl === undefined)
				return graphErrors.badRequest('BadRequest', `Invalid filter clause: ${filter}`, r.now);
			// Only the meetings the user organised: an attendee's lookup finds nothing (onlinemeeting-get.md).
			const found = r.calendar.filter((m) => m.organised && m.joinWebUrl === joinWebUrl);
			return collection(
				r.base,
				context(r, 'onlineMeetings'),
				found.map((m) => onlineMeeting(r.account, m)),
				r.query,
			);
		},
	},
	recordings: {
		anyOf: acceptedScopes.recordings,
		kind: 'teams',
		answer: artefacts('recordings', (r, m) => recordings(r.account, m, r.base, r.now)),
	},
	transcripts: {
		anyOf: acceptedScopes.transcripts,
		kind: 'teams',
		answer: (r) =>
			organised(r) && r.account.transcriptsApi === 'off'
				? graphErrors.transcriptsDisabled(r.now)
				: artefacts('transcripts', (q, m) => transcripts(q.account, m, q.now))(r),
	},
	'attendance-reports': {
		anyOf: acceptedScopes['attendance-reports'],
		kind: 'teams',
		answer: artefacts('attendanceReports', (r, m) => attendanceReports(m, r.now)),
	},
} satisfies Record<ProbeId, GraphAnswer>;
