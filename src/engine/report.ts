// The report: what the engine concluded from a trace (docs/CONTRACTS.md, "Report"). The checker renders
// it, the IT admin hand-off quotes it, and `npm run diagnose` prints it.
import { z } from 'zod';
import { findingIds } from '../registry/findings.ts';

export const findingIdSchema = z.enum(findingIds);

/** One problem found, worded from the findings catalogue. */
export const findingSchema = z.object({
	/** A permanent id from src/registry/findings.ts. @example 'admin-approval-required' */
	id: findingIdSchema,
	severity: z.enum(['error', 'warning', 'info']),
	/** Who must act. */
	audience: z.enum(['user', 'it-admin']),
	title: z.string(),
	/** What happened, why, and what to do. */
	message: z.string(),
	/** A help centre path that fixes it. @example '/teams/troubleshooting/licences/#teams-missing' */
	fix: z.string().startsWith('/teams/'),
	/** What in this trace led to it: the AADSTS number, the scopes or plans, the request. */
	details: z.string().optional(),
});
export type Finding = z.output<typeof findingSchema>;

/** Whether one Claras feature works, from evidence, and which findings stand in its way. */
export const featureReadinessSchema = z.object({
	/** A feature id of the registry the report was made with. @example 'recording-file-notes' */
	id: z.string().min(1),
	/** `state === 'ready'`. */
	ready: z.boolean(),
	/**
	 * `ready`: every probe it rests on answered 2xx and nothing blocks it. `blocked`: a finding blocks
	 * it (`blockedBy`). `unverified`: nothing blocks it, but there was nothing to test it on (`reason`).
	 */
	state: z.enum(['ready', 'blocked', 'unverified']),
	/** Finding ids that block it, in the report's order; empty unless blocked. */
	blockedBy: z.array(findingIdSchema),
	/** The probe ids whose answers decided the state. @example ['me', 'licence-details', 'calendar-view'] */
	evidence: z.array(z.string()),
	/** For `unverified`: what was missing, and what it means for the adviser. */
	reason: z.string().optional(),
});
export type FeatureReadiness = z.output<typeof featureReadinessSchema>;

export const reportSchema = z.object({
	/** True only when every base probe answered 2xx, no feature is blocked and no error finding holds. */
	ready: z.boolean(),
	/** Ordered: the first is the one to act on first. */
	findings: z.array(findingSchema),
	/** The required permissions the token carries (registry spelling), then any others granted. */
	grantedScopes: z.array(z.string()),
	/** Required permissions missing from the token (registry spelling). */
	missingScopes: z.array(z.string()),
	features: z.array(featureReadinessSchema),
	/** The organisation's tenant id, when the trace shows it. */
	tenantId: z.string().optional(),
	/** Microsoft's v2 admin consent link for that tenant, with every permission Claras needs. */
	adminConsentUrl: z.url().optional(),
});
export type Report = z.output<typeof reportSchema>;
