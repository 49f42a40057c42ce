// What Claras does with a connected Microsoft account, and what each feature needs to work.
import type { FeatureInput } from './schema.ts';

export const features = [
	{
		id: 'scheduled-meetings',
		name: 'Scheduled meetings',
		description: 'Claras lists your upcoming and recent Teams meetings from your Outlook calendar.',
		needsMailbox: true,
		needsTeams: true,
		probes: [
			{
				id: 'events',
				// Not /me/mailboxSettings: that needs MailboxSettings.Read, which Claras does not ask for.
				// /me/events needs only the calendar permission and answers MailboxNotEnabledForRESTAPI the same way.
				path: '/me/events?$top=1&$select=id',
				proves: 'Your Exchange Online mailbox answers and Claras can read its events.',
			},
			{
				id: 'calendar-view',
				path: '/me/calendarView?startDateTime={start}&endDateTime={end}&$top=1&$select=id,subject,isOnlineMeeting',
				proves: 'Claras can read your calendar.',
			},
		],
	},
	{
		id: 'recording-file-notes',
		name: 'File notes from recordings',
		description: 'Claras takes the audio of a recorded Teams meeting and writes the file note from it.',
		needsMailbox: true,
		needsTeams: true,
		probes: [],
	},
	{
		id: 'transcript-file-notes',
		name: 'File notes from transcripts',
		description: 'When a meeting was transcribed but not recorded, Claras writes the file note from the transcript.',
		needsMailbox: true,
		needsTeams: true,
		probes: [],
	},
	{
		id: 'meet-now',
		name: '"Meet now" meetings',
		description: 'Claras finds instant meetings started with "Meet now", which never appear in your calendar.',
		needsMailbox: false,
		needsTeams: true,
		probes: [
			{
				id: 'chats',
				path: '/me/chats?$top=1&$select=id,chatType',
				proves: 'Claras can see your Teams meeting chats.',
			},
		],
	},
	{
		id: 'attendance',
		name: 'Who attended',
		description: 'Claras records who joined a "Meet now" meeting, from its attendance report.',
		needsMailbox: false,
		needsTeams: true,
		probes: [],
	},
] as const satisfies readonly FeatureInput[];
