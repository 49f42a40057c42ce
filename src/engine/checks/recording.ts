// Recording and transcription: Claras writes a file note from a meeting's recording or its
// transcript. When the most recent Teams meeting the user organised has neither (both lists answered,
// both empty), the connection works but there is nothing to write from: a warning with the fix.
// Probes are found by what they ask Graph for, not by id, so any registry's names work.
import type { Check } from '../context.ts';
import type { EngineProbe } from '../engine-registry.ts';
import { isSuccess } from '../exchanges.ts';
import { latestOrganisedTeamsMeeting } from '../meetings.ts';
import { asArray, field } from '../read.ts';

const asking = (probes: ReadonlyMap<string, EngineProbe>, tail: RegExp) =>
	[...probes.values()].find((p) => tail.test(p.path.split('?')[0] ?? ''));

export const recordingCheck: Check = ({ evidence, probes, signedInAtWork, now }) => {
	if (!signedInAtWork) return [];
	const recordingsProbe = asking(probes, /\/onlineMeetings\/\{[^}]+\}\/recordings$/i);
	const transcriptsProbe = asking(probes, /\/onlineMeetings\/\{[^}]+\}\/transcripts$/i);
	if (!recordingsProbe || !transcriptsProbe) return [];
	const recordings = evidence.get(recordingsProbe.id);
	const transcripts = evidence.get(transcriptsProbe.id);
	if (!recordings || !transcripts || !isSuccess(recordings) || !isSuccess(transcripts)) return [];
	if (
		asArray(field(recordings.body, 'value')).length > 0 ||
		asArray(field(transcripts.body, 'value')).length > 0
	)
		return [];
	const calendar = asking(probes, /\/calendarView$/i);
	const meeting = calendar
		? latestOrganisedTeamsMeeting(evidence.get(calendar.id)?.body, now)
		: undefined;
	const when = meeting ? ` (it ended ${meeting.end})` : '';
	return [
		{
			id: 'meeting-not-recorded',
			details: `Your most recent Teams meeting${when} has no recording and no transcript.`,
			probes: [recordingsProbe.id, transcriptsProbe.id],
		},
	];
};
