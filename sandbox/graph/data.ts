// What a scenario account's Graph holds: its profile, its calendar (Teams meetings it organised or
// only attended, an appointment in person), each meeting's online meeting with its recordings,
// transcripts and attendance reports, and its chats. Whole resources, personal fields included
// (subject, organiser, attendees, topic): the routes apply `$select` as Graph does, so the checker
// must ask for ids, flags and dates only. Shapes follow fixtures/meetings.ts (Graph's documented
// examples); the sandbox adds the fields a real answer carries beyond a probe's `$select`.
import { createHash } from 'node:crypto';
import {
	attendanceReportsBody,
	calendarEvent,
	chatsBody,
	recordingsBody,
	transcriptsBody,
} from '../../fixtures/meetings.ts';
import { assignedPlansOf } from '../../fixtures/licences.ts';
import { licenseDetails } from '../licences.ts';
import { emailOf, tenantOf, type Account } from '../scenarios.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function profile(account: Account) {
	const [givenName, ...rest] = account.displayName.split(' ');
	const email = emailOf(account);
	return {
		businessPhones: [],
		displayName: account.displayName,
		givenName: givenName ?? null,
		jobTitle: account.admin ? 'IT administrator' : 'Financial adviser',
		mail: account.mailbox === 'active' ? email : null,
		mobilePhone: null,
		officeLocation: null,
		preferredLanguage: 'en-AU',
		surname: rest.join(' ') || null,
		userPrincipalName: email,
		id: account.oid,
		// Each plan the licences assign, with its subscription's state (where expiry shows).
		assignedPlans: assignedPlansOf(licenseDetails(account.oid, account.licences)),
	};
}

export interface Meeting {
	eventId: string;
	/** Online meeting id: base64 of `1*{organiser oid}*0**{thread}`, as Graph makes them. */
	meetingId: string;
	chatId: string;
	subject: string;
	/** `null` for an appointment in person. */
	joinWebUrl: string | null;
	start: Date;
	end: Date;
	/** The account organised it (only then does `/me/onlineMeetings` find it, and its attendance). */
	organised: boolean;
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** A GUID-shaped string determined by `seed`. */
function guidOf(seed: string): string {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function meeting(
	account: Account,
	kind: string,
	end: number,
	options: { organised?: boolean; teams?: boolean; subject: string },
): Meeting {
	// A meeting's thread is `19:meeting_` + the base64 of a GUID + `@thread.v2`, its own for each
	// meeting: `19:meeting_MTM5OTY3MGUtNmY4Mi00Yjg4LTk2MDUtY2IyZGRlNmU1ZjA2@thread.v2` is
	// "1399670e-6f82-4b88-9605-cb2dde6e5f06" (Teams developer docs, "Obtain meeting ID and organizer
	// ID", msteams-docs graph-api/meeting-transcripts/fetch-id.md). Here the GUID comes from the
	// account and the meeting's kind, so ids are stable and each meeting's is distinct.
	const thread = `19:meeting_${Buffer.from(guidOf(`${account.oid}-${kind}`)).toString('base64')}@thread.v2`;
	const organiser =
		options.organised === false ? '5e1b2c3d-4f50-4a61-8b72-9c83d4e5f6aa' : account.oid;
	const context = JSON.stringify({ Tid: account.tenantId, Oid: organiser });
	const start = new Date(end - 45 * MINUTE);
	return {
		eventId: `AAMkAG${b64(`${account.oid.slice(-12)}${kind}`).slice(0, 24)}AAA=`,
		meetingId: b64(`1*${organiser}*0**${thread}`),
		chatId: thread,
		subject: options.subject,
		joinWebUrl:
			options.teams === false
				? null
				: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(context)}`,
		start,
		end: new Date(end),
		organised: options.organised !== false,
	};
}

/** Whether Graph's Teams service sees a Teams licence for the account. */
export const hasTeams = (account: Account) => account.teams === 'licensed';

/**
 * The account's calendar around `now`. Every Teams user has: a meeting they organised that ended half
 * an hour ago, and (more recent) one they only attended. Without Teams, Outlook cannot add a Teams
 * meeting: only an appointment in person. `no-recent-meeting` has only a Teams meeting to come.
 */
export function calendarOf(account: Account, now: number): Meeting[] {
	const quarter = Math.floor(now / (15 * MINUTE)) * 15 * MINUTE;
	const inPerson = meeting(account, 'in-person', quarter - DAY, {
		teams: false,
		subject: 'Coffee with the Nguyens, 4 Smith St',
	});
	if (!hasTeams(account)) return [inPerson];
	if (account.meetings === 'none')
		return [
			inPerson,
			meeting(account, 'upcoming', quarter + 2 * DAY, { subject: 'Annual review: Nguyen family' }),
		];
	return [
		meeting(account, 'organised', quarter - 30 * MINUTE, {
			subject: 'Annual review: Nguyen family',
		}),
		meeting(account, 'attended', quarter, { organised: false, subject: 'Practice meeting' }),
		inPerson,
	];
}

const graphTime = (date: Date) => ({
	dateTime: date.toISOString().replace('Z', '0000'),
	timeZone: 'UTC',
});

/** An Outlook event resource with the fields Graph returns without `$select`. */
export function event(account: Account, m: Meeting) {
	const shape = calendarEvent(new Date(m.end), {
		id: m.eventId,
		endsHoursAgo: 0,
		isOrganizer: m.organised,
		teams: m.joinWebUrl !== null,
		...(m.joinWebUrl ? { joinUrl: m.joinWebUrl } : {}),
	});
	const organiser = m.organised
		? { name: account.displayName, address: emailOf(account) }
		: { name: 'Priya Partner', address: `priya@${tenantOf(account).domain}` };
	return {
		...shape,
		start: graphTime(m.start),
		end: graphTime(m.end),
		createdDateTime: new Date(m.start.getTime() - 7 * DAY).toISOString(),
		subject: m.subject,
		bodyPreview: 'Agenda: super, insurance, estate planning.',
		location: { displayName: m.joinWebUrl ? 'Microsoft Teams Meeting' : '4 Smith St, Parramatta' },
		organizer: { emailAddress: organiser },
		attendees: [
			{
				type: 'required',
				status: { response: 'accepted' },
				emailAddress: { name: 'Lan Nguyen', address: 'lan.nguyen@example.com' },
			},
		],
		onlineMeeting: m.joinWebUrl
			? { joinUrl: m.joinWebUrl, conferenceId: '177513992', tollNumber: '+61 2 8318 0000' }
			: null,
	};
}

/** The onlineMeeting resource (onlinemeeting-get.md), as `/me/onlineMeetings?$filter=…` lists it. */
export function onlineMeeting(account: Account, m: Meeting) {
	return {
		id: m.meetingId,
		creationDateTime: new Date(m.start.getTime() - 7 * DAY).toISOString(),
		startDateTime: m.start.toISOString(),
		endDateTime: m.end.toISOString(),
		joinUrl: m.joinWebUrl,
		joinWebUrl: m.joinWebUrl,
		subject: m.subject,
		isEntryExitAnnounced: true,
		allowedPresenters: 'everyone',
		videoTeleconferenceId: null,
		participants: {
			organizer: {
				upn: emailOf(account),
				role: 'presenter',
				identity: {
					user: { id: account.oid, tenantId: account.tenantId, displayName: account.displayName },
				},
			},
			attendees: [
				{
					upn: 'lan.nguyen@example.com',
					role: 'attendee',
					identity: { user: { id: null, displayName: 'Lan Nguyen' } },
				},
			],
		},
		chatInfo: { threadId: m.chatId, messageId: '0', replyChainMessageId: null },
		lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
	};
}

/** Recordings (onlinemeeting-list-recordings.md): none for a meeting nobody recorded. */
export function recordings(account: Account, m: Meeting, base: string, now: number) {
	if (account.meetings === 'not-recorded') return [];
	const [shape] = recordingsBody(new Date(now)).value;
	const id = b64(`${m.meetingId.slice(0, 16)}-recording`).slice(0, 36);
	return [
		{
			...shape!,
			id,
			meetingId: m.meetingId,
			createdDateTime: new Date(m.end.getTime() + MINUTE).toISOString(),
			recordingContentUrl: `${base}/me/onlineMeetings/${m.meetingId}/recordings/${id}/content`,
			meetingOrganizer: {
				application: null,
				device: null,
				user: {
					...shape!.meetingOrganizer.user,
					id: account.oid,
					tenantId: account.tenantId,
					displayName: account.displayName,
				},
			},
		},
	];
}

/** Transcripts (onlinemeeting-list-transcripts.md): none for a meeting nobody transcribed. */
export function transcripts(account: Account, m: Meeting, now: number) {
	if (account.meetings === 'not-recorded') return [];
	const [shape] = transcriptsBody(new Date(now)).value;
	return [
		{
			...shape!,
			id: `MSMjMCMj${b64(`${m.meetingId.slice(0, 16)}-transcript`)}`,
			meetingId: m.meetingId,
			createdDateTime: new Date(m.end.getTime() + MINUTE).toISOString(),
		},
	];
}

/** Attendance reports (meetingattendancereport-list.md): the organiser's only. */
export function attendanceReports(m: Meeting, now: number) {
	const [shape] = attendanceReportsBody(new Date(now)).value;
	return [
		{
			...shape!,
			id: `c9b6db1c-${m.meetingId
				.slice(4, 8)
				.toLowerCase()
				.replace(/[^0-9a-f]/g, 'a')}-427d-a5c0-20088d9b22d7`,
			meetingStartDateTime: m.start.toISOString(),
			meetingEndDateTime: m.end.toISOString(),
		},
	];
}

/** Chats (chat-list.md): each Teams meeting's chat, with its topic (the meeting's subject). */
export function chats(account: Account, now: number) {
	const [, group] = chatsBody(new Date(now)).value;
	const meetingChats = calendarOf(account, now)
		.filter((m) => m.joinWebUrl)
		.map((m) => ({
			id: m.chatId,
			topic: m.subject,
			createdDateTime: new Date(m.start.getTime() - DAY).toISOString(),
			lastUpdatedDateTime: m.end.toISOString(),
			chatType: 'meeting',
			webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(m.chatId)}/0`,
			tenantId: account.tenantId,
			onlineMeetingInfo: { joinWebUrl: m.joinWebUrl },
		}));
	return [
		...meetingChats,
		{
			...group!,
			topic: 'Harbour advisers',
			lastUpdatedDateTime: new Date(now - HOUR).toISOString(),
			webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(group!.id)}/0`,
			tenantId: account.tenantId,
		},
	];
}
