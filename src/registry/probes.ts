// Graph requests the checker always makes, whatever the features: who the user is and which
// licences they hold. Feature-specific probes live with their feature in features.ts.
import type { z } from 'zod';
import type { probeSchema } from './schema.ts';

export const baseProbes = [
	// assignedPlans carries each plan's capabilityStatus: a suspended or deleted mailbox plan shows there.
	{ id: 'me', path: '/me?$select=id,displayName,userPrincipalName,mail,assignedPlans', proves: 'You are signed in and Claras can read your profile.' },
	{ id: 'licence-details', path: '/me/licenseDetails', proves: 'Claras can see which Microsoft 365 licences you hold.' },
] as const satisfies readonly z.input<typeof probeSchema>[];
