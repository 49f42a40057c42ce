// What a scenario account's Graph looks like: profile, mailbox settings, one Teams meeting in the
// calendar (with its recording, transcript and attendance report) and its meeting chat.
import { emailOf, tenantOf, type Account } from '../scenarios.ts';

const DAY = 24 * 60 * 60 * 1000;

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
	};
}

export function mailboxSettings() {
	return {
		archiveFolder: 'AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAuAAAD',
		timeZone: 'AUS Eastern Standard Time',
		dateFormat: 'd/MM/yyyy',
		timeFormat: 'h:mm tt',
		language: { locale: 'en-AU', displayName: 'English (Australia)' },
		workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:30:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'AUS Eastern Standard Time' } },
		userPurpose: 'user',
	};
}

export interface Meeting {
	eventId: string;
	meetingId: string;
	chatId: string;
	subject: string;
	joinWebUrl: string;
	start: Date;
	end: Date;
}

/** One Teams meeting an hour before "now", so a calendar window around now finds it. */
export function meetingOf(account: Account, now: number): Meeting {
	const short = account.oid.slice(-12);
	const thread = `19:meeting_${Buffer.from(account.oid).toString('base64url').slice(0, 40)}@thread.v2`;
	const start = new Date(Math.floor((now - 60 * 60 * 1000) / (15 * 60 * 1000)) * 15 * 60 * 1000);
	return {
		eventId: `AAMkAG${short}AAA=`,
		meetingId: `MSo${Buffer.from(`${account.oid}*${tenantOf(account).id}`).toString('base64url').slice(0, 60)}`,
		chatId: thread,
		subject: 'Annual review: Nguyen family',
		joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(JSON.stringify({ Tid: account.tenantId, Oid: account.oid }))}`,
		start,
		end: new Date(start.getTime() + 45 * 60 * 1000),
	};
}

const graphTime = (date: Date) => ({ dateTime: date.toISOString().replace('Z', '0000'), timeZone: 'UTC' });

export function event(account: Account, meeting: Meeting) {
	return {
		id: meeting.eventId,
		subject: meeting.subject,
		isOnlineMeeting: true,
		onlineMeetingProvider: 'teamsForBusiness',
		start: graphTime(meeting.start),
		end: graphTime(meeting.end),
		organizer: { emailAddress: { name: account.displayName, address: emailOf(account) } },
		onlineMeeting: { joinUrl: meeting.joinWebUrl },
	};
}

export function onlineMeeting(meeting: Meeting) {
	return {
		id: meeting.meetingId,
		subject: meeting.subject,
		startDateTime: meeting.start.toISOString(),
		endDateTime: meeting.end.toISOString(),
		joinWebUrl: meeting.joinWebUrl,
		chatInfo: { threadId: meeting.chatId, messageId: '0', replyChainMessageId: null },
	};
}

export function recording(account: Account, meeting: Meeting, base: string) {
	const id = `VjIjIzE${meeting.meetingId.slice(3, 30)}`;
	return {
		id,
		meetingId: meeting.meetingId,
		createdDateTime: meeting.end.toISOString(),
		endDateTime: meeting.end.toISOString(),
		recordingContentUrl: `${base}/me/onlineMeetings/${meeting.meetingId}/recordings/${id}/content`,
		meetingOrganizer: { user: { id: account.oid, tenantId: account.tenantId, displayName: account.displayName } },
	};
}

export function transcript(account: Account, meeting: Meeting, base: string) {
	const id = `MSMjMCMj${meeting.meetingId.slice(3, 30)}`;
	return { ...recording(account, meeting, base), id, transcriptContentUrl: `${base}/me/onlineMeetings/${meeting.meetingId}/transcripts/${id}/content`, recordingContentUrl: undefined };
}

export function attendanceReport(meeting: Meeting) {
	return { id: `c9b6db1c-${meeting.meetingId.slice(3, 7)}-4e05-b6b5-3e8f3c1c3b2a`.toLowerCase(), totalParticipantCount: 3, meetingStartDateTime: meeting.start.toISOString(), meetingEndDateTime: meeting.end.toISOString() };
}

export function chat(meeting: Meeting) {
	return {
		id: meeting.chatId,
		topic: meeting.subject,
		createdDateTime: new Date(meeting.start.getTime() - DAY).toISOString(),
		lastUpdatedDateTime: meeting.end.toISOString(),
		chatType: 'meeting',
		webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(meeting.chatId)}/0`,
		onlineMeetingInfo: { joinWebUrl: meeting.joinWebUrl },
	};
}
