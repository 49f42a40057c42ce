// The Graph requests the checker makes (docs/CONTRACTS.md, "How the checker proves each feature"), staged:
// stage 1 needs nothing; stage 2 finds the online meeting of the most recent past Teams meeting the
// user organised (from stage 1's calendar view); stage 3 asks that meeting for its recordings,
// transcripts and attendance reports. Every probe `$select`s only ids, flags and dates where Graph
// allows it: no subject, chat topic, body or anyone's name or address enters a trace.
import type { z } from 'zod';
import type { probeSchema } from './schema.ts';

type ProbeInput = z.input<typeof probeSchema>;

/** Asked for every check, whatever the features: who the user is and which licences they hold. */
export const baseProbes = [
	// assignedPlans carries each plan's capabilityStatus: a suspended or deleted mailbox plan shows there.
	{
		id: 'me',
		path: '/me?$select=id,assignedPlans',
		proves: 'You are signed in and Claras can read your account.',
	},
	{
		id: 'licence-details',
		path: '/me/licenseDetails?$select=skuId,skuPartNumber,servicePlans',
		proves: 'Claras can see which Microsoft 365 licences you hold.',
	},
] as const satisfies readonly ProbeInput[];

/** The feature probes, each defined once; features.ts lists which feature needs which. */
export const probes = {
	// Not /me/mailboxSettings: that needs MailboxSettings.Read, which Claras does not ask for.
	// /me/events needs only the calendar permission and answers MailboxNotEnabledForRESTAPI the same way.
	events: {
		id: 'events',
		path: '/me/events?$top=1&$select=id',
		outlook: true,
		proves: 'Your Exchange Online mailbox answers and Claras can read its events.',
	},
	calendarView: {
		id: 'calendar-view',
		path: '/me/calendarView?startDateTime={start}&endDateTime={end}&$orderby=start/dateTime desc&$top=50&$select=id,isOnlineMeeting,isOrganizer,onlineMeeting,onlineMeetingProvider,start,end',
		outlook: true,
		proves: 'Claras can read your calendar and find your Teams meetings.',
	},
	chats: {
		id: 'chats',
		path: '/me/chats?$top=50&$select=id,chatType,createdDateTime',
		proves: 'Claras can see your Teams meeting chats, where "Meet now" meetings appear.',
	},
	onlineMeeting: {
		id: 'online-meeting',
		// The filter is the one way to find a calendar meeting's online meeting (onlinemeeting-get.md);
		// $select keeps the subject and participants' names and addresses out of the trace.
		path: "/me/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'&$select=id,startDateTime,endDateTime",
		stage: 2,
		after: 'calendar-view',
		proves: 'Claras can open your most recent Teams meeting.',
	},
	// recordings and transcripts take no OData parameters (onlinemeeting-list-recordings.md,
	// onlinemeeting-list-transcripts.md): their answers hold ids, dates and the organiser's id only.
	recordings: {
		id: 'recordings',
		path: '/me/onlineMeetings/{meetingId}/recordings',
		stage: 3,
		after: 'online-meeting',
		proves: 'Claras can read the recordings of your Teams meetings.',
	},
	transcripts: {
		id: 'transcripts',
		path: '/me/onlineMeetings/{meetingId}/transcripts',
		stage: 3,
		after: 'online-meeting',
		proves: 'Claras can read the transcripts of your Teams meetings.',
	},
	attendanceReports: {
		id: 'attendance-reports',
		// attendanceRecords (names, addresses) is always empty in this list (meetingattendancereport-list.md).
		path: '/me/onlineMeetings/{meetingId}/attendanceReports?$select=id,totalParticipantCount,meetingStartDateTime,meetingEndDateTime',
		stage: 3,
		after: 'online-meeting',
		proves: 'Claras can read who attended your Teams meetings.',
	},
} as const satisfies Record<string, ProbeInput>;
