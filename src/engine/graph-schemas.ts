// The shapes of the Microsoft Graph bodies the engine reads (error bodies, licence details,
// assigned plans, JSON batches), as plain types: the engine reads them with the total readers in
// read.ts, never by validating, so the diagnose path carries no zod. Shapes follow Graph v1.0.

/** Graph's error body: `{ error: { code, message, innerError } }`. */
export interface GraphErrorBody {
	error: {
		/** Branch on this, never on the message. @example 'MailboxNotEnabledForRESTAPI' */
		code: string;
		/** Human text; Microsoft may change it. */
		message?: string;
		/** Request id and date Graph adds for support; some refusals carry their real reason as `code` here. */
		innerError?: {
			code?: string;
			date?: string;
			'request-id'?: string;
			'client-request-id'?: string;
		};
	};
}

/** How far a service plan of a licence has been set up for the user. */
export type ProvisioningStatus =
	'Success' | 'Disabled' | 'Error' | 'PendingInput' | 'PendingActivation' | 'PendingProvisioning';

/** One service plan inside a licence (`servicePlanInfo`). */
export interface ServicePlanInfo {
	/** @example '9aaf7827-d63c-4b61-89c3-182f06f82e5c' */
	servicePlanId: string;
	/** @example 'EXCHANGE_S_STANDARD' */
	servicePlanName: string;
	/** Anything but `Success` means the service is not working for the user. */
	provisioningStatus: ProvisioningStatus | (string & {});
	/** `User` or `Company`. */
	appliesTo?: string;
}

/** One licence assigned to the user (`licenseDetails`). */
export interface LicenseDetails {
	id?: string;
	/** The product's id, e.g. Microsoft 365 Business Basic's. */
	skuId: string;
	/** @example 'O365_BUSINESS_ESSENTIALS' */
	skuPartNumber: string;
	servicePlans: ServicePlanInfo[];
}

/** The answer of `GET /me/licenseDetails`. */
export interface LicenseDetailsResponse {
	'@odata.context'?: string;
	value: LicenseDetails[];
}

/** Expiry shows here, not in licence details: `Warning` is the grace period. */
export type CapabilityStatus = 'Enabled' | 'Warning' | 'Suspended' | 'LockedOut' | 'Deleted';

/** One entry of `/me?$select=assignedPlans`. */
export interface AssignedPlan {
	assignedDateTime?: string;
	capabilityStatus: CapabilityStatus | (string & {});
	/** @example 'exchange' */
	service?: string;
	servicePlanId: string;
}

/** One request of a JSON batch (`POST /$batch`), at most 20 per batch. */
export interface BatchRequest {
	id: string;
	method: string;
	/** Relative to the version root, e.g. `/me/licenseDetails`. */
	url: string;
	headers?: Record<string, string>;
	body?: unknown;
	dependsOn?: string[];
}
export interface BatchRequestBody {
	requests: BatchRequest[];
}

/** One answer inside a batch; each can fail (or be throttled) on its own. */
export interface BatchResponse {
	id: string;
	status: number;
	headers?: Record<string, string>;
	body?: unknown;
}
/** The batch answer: the outer status is 200 even when parts fail; parts come in any order. */
export interface BatchResponseBody {
	responses: BatchResponse[];
}
