// The delegated Microsoft Graph permissions Claras asks for. This is the only place a claim value
// is written: tables, JSON, the Entra manifest, consent links, commands and checks derive from it.
// Ids and wording: https://learn.microsoft.com/en-us/graph/permissions-reference
import type { PermissionInput } from './schema.ts';

export const permissions = [
	{
		claim: 'User.Read',
		id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
		consentText: 'Sign in and read user profile',
		reason:
			'Reads your name, email address and Microsoft id, which Claras needs for every other request.',
		adminConsentRequired: false,
		features: [
			'scheduled-meetings',
			'recording-file-notes',
			'transcript-file-notes',
			'meet-now',
			'attendance',
		],
		addedIn: '2025.1',
	},
	{
		claim: 'offline_access',
		id: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
		consentText: 'Maintain access to data you have given it access to',
		reason:
			'Lets Claras keep working in the background, for example writing a file note after the meeting ends, without you signing in again.',
		adminConsentRequired: false,
		inAccessToken: false,
		features: [
			'scheduled-meetings',
			'recording-file-notes',
			'transcript-file-notes',
			'meet-now',
			'attendance',
		],
		addedIn: '2025.1',
	},
	{
		claim: 'Calendars.Read',
		id: '465a38f9-76ea-45b9-9f34-9e8b0d4b0b42',
		consentText: 'Read user calendars',
		reason: 'Finds your scheduled meetings in your Outlook calendar so Claras can show them.',
		adminConsentRequired: false,
		features: ['scheduled-meetings', 'recording-file-notes', 'transcript-file-notes'],
		addedIn: '2025.1',
	},
	{
		claim: 'OnlineMeetings.Read',
		id: '9be106e1-f4e3-4df5-bdff-e4bc531cbe43',
		consentText: "Read user's online meetings",
		reason:
			'Matches each calendar entry to its Teams meeting so Claras can show scheduled meetings.',
		adminConsentRequired: false,
		features: ['scheduled-meetings', 'recording-file-notes', 'transcript-file-notes'],
		addedIn: '2025.1',
	},
	{
		claim: 'OnlineMeetingRecording.Read.All',
		id: '190c2bb6-1fdd-4fec-9aa2-7d571b5e1fe3',
		consentText: 'Read all recordings of online meetings',
		reason: 'Takes the audio from a meeting recording so Claras can write the file note.',
		adminConsentRequired: true,
		features: ['recording-file-notes'],
		addedIn: '2025.1',
	},
	{
		claim: 'OnlineMeetingTranscript.Read.All',
		id: '30b87d18-ebb1-45db-97f8-82ccb1f0190c',
		consentText: 'Read all transcripts of online meetings',
		reason:
			'Reads the meeting transcript so Claras can write the file note when there is no recording.',
		adminConsentRequired: true,
		features: ['transcript-file-notes'],
		addedIn: '2025.1',
	},
	{
		claim: 'Chat.Read',
		id: 'f501c180-9344-439a-bca0-6cbf209fd270',
		consentText: 'Read user chat messages',
		reason: 'Finds "Meet now" instant meetings, which only show up as Teams meeting chats.',
		adminConsentRequired: false,
		features: ['meet-now'],
		addedIn: '2025.4',
	},
	{
		claim: 'OnlineMeetingArtifact.Read.All',
		id: '110e5abb-a10c-4b59-8b55-9b4daa4ef743',
		consentText: "Read user's online meeting artifacts",
		reason: 'Reads the attendance report of a "Meet now" meeting so Claras can note who attended.',
		adminConsentRequired: false,
		features: ['attendance'],
		addedIn: '2025.4',
	},
] as const satisfies readonly PermissionInput[];
