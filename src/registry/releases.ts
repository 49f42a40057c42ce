// Claras releases that changed the Microsoft permissions, oldest first. The reconnect page's
// changelog and the sandbox's "reconnect" tenant (consented before the newest release) read these.
import type { ReleaseInput } from './schema.ts';

export const releases = [
	{
		id: '2025.1',
		date: '2025-02-10',
		summary:
			'The Teams integration: scheduled meetings, and file notes from recordings and transcripts.',
	},
	{
		id: '2025.4',
		date: '2025-11-18',
		summary: 'File notes for "Meet now" instant meetings, with who attended them.',
	},
] as const satisfies readonly ReleaseInput[];
