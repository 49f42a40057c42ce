// The Microsoft Graph bodies the engine reads: error bodies, licence details, assigned plans and
// JSON batch answers. Shapes follow Graph v1.0; unknown fields are kept, never required.
import { z } from 'zod';

/** Graph's error body: `{ error: { code, message, innerError } }`. */
export const graphErrorBodySchema = z.looseObject({
	error: z.looseObject({
		/** Branch on this, never on the message. @example 'MailboxNotEnabledForRESTAPI' */
		code: z.string(),
		/** Human text; Microsoft may change it. */
		message: z.string().optional(),
		/** Request id and date Graph adds for support. */
		innerError: z.looseObject({ date: z.string().optional(), 'request-id': z.string().optional(), 'client-request-id': z.string().optional() }).optional(),
	}),
});
export type GraphErrorBody = z.output<typeof graphErrorBodySchema>;

/** How far a service plan of a licence has been set up for the user. */
export const provisioningStatusSchema = z.enum(['Success', 'Disabled', 'Error', 'PendingInput', 'PendingActivation', 'PendingProvisioning']);
export type ProvisioningStatus = z.output<typeof provisioningStatusSchema>;

/** One service plan inside a licence (`servicePlanInfo`). */
export const servicePlanInfoSchema = z.looseObject({
	/** @example '9aaf7827-d63c-4b61-89c3-182f06f82e5c' */
	servicePlanId: z.string(),
	/** @example 'EXCHANGE_S_STANDARD' */
	servicePlanName: z.string(),
	/** Anything but `Success` means the service is not working for the user. */
	provisioningStatus: z.union([provisioningStatusSchema, z.string()]),
	/** `User` or `Company`. */
	appliesTo: z.string().optional(),
});
export type ServicePlanInfo = z.output<typeof servicePlanInfoSchema>;

/** One licence assigned to the user (`licenseDetails`). */
export const licenseDetailsSchema = z.looseObject({
	id: z.string().optional(),
	/** The product's id, e.g. Microsoft 365 Business Basic's. */
	skuId: z.string(),
	/** @example 'O365_BUSINESS_ESSENTIALS' */
	skuPartNumber: z.string(),
	servicePlans: z.array(servicePlanInfoSchema),
});
export type LicenseDetails = z.output<typeof licenseDetailsSchema>;

/** The answer of `GET /me/licenseDetails`. */
export const licenseDetailsResponseSchema = z.looseObject({
	'@odata.context': z.string().optional(),
	value: z.array(licenseDetailsSchema),
});
export type LicenseDetailsResponse = z.output<typeof licenseDetailsResponseSchema>;

/** Expiry shows here, not in licence details: `Warning` is the grace period. */
export const capabilityStatusSchema = z.enum(['Enabled', 'Warning', 'Suspended', 'LockedOut', 'Deleted']);

/** One entry of `/me?$select=assignedPlans`. */
export const assignedPlanSchema = z.looseObject({
	assignedDateTime: z.string().optional(),
	capabilityStatus: z.union([capabilityStatusSchema, z.string()]),
	/** @example 'exchange' */
	service: z.string().optional(),
	servicePlanId: z.string(),
});
export type AssignedPlan = z.output<typeof assignedPlanSchema>;

/** The answer of `GET /me?$select=…,assignedPlans` (other user fields are kept as they come). */
export const userWithAssignedPlansSchema = z.looseObject({ assignedPlans: z.array(assignedPlanSchema) });

/** One request of a JSON batch (`POST /$batch`). */
export const batchRequestSchema = z.looseObject({
	id: z.string(),
	method: z.string(),
	/** Relative to the version root, e.g. `/me/licenseDetails`. */
	url: z.string(),
	headers: z.record(z.string(), z.string()).optional(),
	body: z.unknown().optional(),
	dependsOn: z.array(z.string()).optional(),
});
export const batchRequestBodySchema = z.looseObject({ requests: z.array(batchRequestSchema).max(20) });

/** One answer inside a batch; each can fail (or be throttled) on its own. */
export const batchResponseSchema = z.looseObject({
	id: z.string(),
	status: z.number().int(),
	headers: z.record(z.string(), z.string()).optional(),
	body: z.unknown().optional(),
});
/** The batch answer: the outer status is 200 even when parts fail; parts come in any order. */
export const batchResponseBodySchema = z.looseObject({ responses: z.array(batchResponseSchema) });
export type BatchResponseBody = z.output<typeof batchResponseBodySchema>;
export type BatchRequestBody = z.output<typeof batchRequestBodySchema>;
