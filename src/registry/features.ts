// What Claras does with a connected Microsoft account, and what each feature needs to work.
import { probes } from './probes.ts';
import type { FeatureInput } from './schema.ts';

export const features = [
	{
		id: 'scheduled-meetings',
		name: 'Scheduled meetings',
		description: 'Claras lists your upcoming and recent Teams meetings from your Outlook calendar.',
		needsMailbox: true,
		needsTeams: true,
		probes: [probes.events, probes.calendarView],
	},
	{
		id: 'recording-file-notes',
		name: 'File notes from recordings',
		description:
			'Claras takes the audio of a recorded Teams meeting and writes the file note from it.',
		needsMailbox: true,
		needsTeams: true,
		probes: [probes.onlineMeeting, probes.recordings],
	},
	{
		id: 'transcript-file-notes',
		name: 'File notes from transcripts',
		description:
			'When a meeting was transcribed but not recorded, Claras writes the file note from the transcript.',
		needsMailbox: true,
		needsTeams: true,
		probes: [probes.onlineMeeting, probes.transcripts],
	},
	{
		id: 'meet-now',
		name: '"Meet now" meetings',
		description:
			'Claras finds instant meetings started with "Meet now", which never appear in your calendar.',
		needsMailbox: false,
		needsTeams: true,
		probes: [probes.chats],
	},
	{
		id: 'attendance',
		name: 'Who attended',
		description: 'Claras records who joined a "Meet now" meeting, from its attendance report.',
		needsMailbox: false,
		needsTeams: true,
		probes: [probes.onlineMeeting, probes.attendanceReports],
	},
] as const satisfies readonly FeatureInput[];
