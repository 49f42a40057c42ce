// A small fixed registry for engine tests: the engine is given its registry, so adding a permission
// or a probe to src/registry/ changes none of these. It mirrors Claras's features today (staged
// probes, the permissions each needs); the wording, the Graph codes and the sign-in codes' meanings are the real catalogue's.
import type { EngineProbe, EngineRegistry } from '../../src/engine/engine-registry.ts';
import {
	graphCodeFindings,
	graphMessageFindings,
	signInCodeMeanings,
} from '../../src/registry/codes.ts';
import { findingIds, findings } from '../../src/registry/findings.ts';

const probe = (id: string, path: string, extra: Partial<EngineProbe> = {}): EngineProbe => ({
	id,
	path,
	stage: 1,
	outlook: false,
	...extra,
});

export const probes = {
	me: probe('me', '/me?$select=id,assignedPlans'),
	licences: probe('licence-details', '/me/licenseDetails?$select=skuId,skuPartNumber,servicePlans'),
	events: probe('events', '/me/events?$top=1&$select=id', { outlook: true }),
	calendarView: probe(
		'calendar-view',
		'/me/calendarView?startDateTime={start}&endDateTime={end}&$top=50&$select=id,isOnlineMeeting,isOrganizer,onlineMeeting,onlineMeetingProvider,start,end',
		{ outlook: true },
	),
	chats: probe('chats', '/me/chats?$top=50&$select=id,chatType,createdDateTime'),
	onlineMeeting: probe(
		'online-meeting',
		"/me/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'&$select=id,startDateTime,endDateTime",
		{ stage: 2, after: 'calendar-view' },
	),
	recordings: probe('recordings', '/me/onlineMeetings/{meetingId}/recordings', {
		stage: 3,
		after: 'online-meeting',
	}),
	transcripts: probe('transcripts', '/me/onlineMeetings/{meetingId}/transcripts', {
		stage: 3,
		after: 'online-meeting',
	}),
	attendance: probe(
		'attendance-reports',
		'/me/onlineMeetings/{meetingId}/attendanceReports?$select=id,meetingStartDateTime,meetingEndDateTime',
		{ stage: 3, after: 'online-meeting' },
	),
} as const;

const all = [
	'scheduled-meetings',
	'recording-file-notes',
	'transcript-file-notes',
	'meet-now',
	'attendance',
];

export const testRegistry: EngineRegistry = {
	app: {
		applicationId: 'c85e582e-b6dc-496b-b119-c6b2ba80556e',
		helpCentreOrigin: 'https://help.claras.ai',
		consentResultPath: '/teams/admin-consent/result/',
	},
	permissions: [
		{ claim: 'User.Read', adminConsentRequired: false, inAccessToken: true, features: all },
		{ claim: 'offline_access', adminConsentRequired: false, inAccessToken: false, features: all },
		{
			claim: 'Calendars.Read',
			adminConsentRequired: false,
			inAccessToken: true,
			features: ['scheduled-meetings', 'recording-file-notes', 'transcript-file-notes'],
		},
		{
			claim: 'OnlineMeetings.Read',
			adminConsentRequired: false,
			inAccessToken: true,
			features: ['scheduled-meetings', 'recording-file-notes', 'transcript-file-notes'],
		},
		{
			claim: 'OnlineMeetingRecording.Read.All',
			adminConsentRequired: true,
			inAccessToken: true,
			features: ['recording-file-notes'],
		},
		{
			claim: 'OnlineMeetingTranscript.Read.All',
			adminConsentRequired: true,
			inAccessToken: true,
			features: ['transcript-file-notes'],
		},
		{
			claim: 'Chat.Read',
			adminConsentRequired: false,
			inAccessToken: true,
			features: ['meet-now'],
		},
		{
			claim: 'OnlineMeetingArtifact.Read.All',
			adminConsentRequired: false,
			inAccessToken: true,
			features: ['attendance'],
		},
	],
	baseProbes: [probes.me, probes.licences],
	features: [
		{
			id: 'scheduled-meetings',
			name: 'Scheduled meetings',
			needsMailbox: true,
			needsTeams: true,
			probes: [probes.events, probes.calendarView],
		},
		{
			id: 'recording-file-notes',
			name: 'File notes from recordings',
			needsMailbox: true,
			needsTeams: true,
			probes: [probes.onlineMeeting, probes.recordings],
		},
		{
			id: 'transcript-file-notes',
			name: 'File notes from transcripts',
			needsMailbox: true,
			needsTeams: true,
			probes: [probes.onlineMeeting, probes.transcripts],
		},
		{
			id: 'meet-now',
			name: '"Meet now" meetings',
			needsMailbox: false,
			needsTeams: true,
			probes: [probes.chats],
		},
		{
			id: 'attendance',
			name: 'Who attended',
			needsMailbox: false,
			needsTeams: true,
			probes: [probes.onlineMeeting, probes.attendance],
		},
	],
	findings,
	findingOrder: findingIds,
	graphErrorCodes: graphCodeFindings,
	graphErrorMessages: graphMessageFindings,
	codeMeanings: signInCodeMeanings,
};

/** When the fixture traces were captured. */
export const NOW = new Date('2026-11-26T10:00:00.000Z');
