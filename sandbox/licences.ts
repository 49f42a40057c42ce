// The licence bundles the scenario accounts hold, shaped as Graph's `/me/licenseDetails` answers
// them, with Microsoft's service plan names and ids (shared/reference §5).
export interface ServicePlan {
	servicePlanId: string;
	servicePlanName: string;
	provisioningStatus: 'Success' | 'Disabled' | 'Error' | 'PendingInput' | 'PendingActivation' | 'PendingProvisioning';
	appliesTo: 'User' | 'Company';
}

export interface LicenseDetail {
	id: string;
	skuId: string;
	skuPartNumber: string;
	servicePlans: ServicePlan[];
}

const plan = (servicePlanName: string, servicePlanId: string, provisioningStatus: ServicePlan['provisioningStatus'] = 'Success'): ServicePlan => ({
	servicePlanId,
	servicePlanName,
	provisioningStatus,
	appliesTo: 'User',
});

const businessStandardPlans = (exchange: ServicePlan['provisioningStatus']) => [
	plan('EXCHANGE_S_STANDARD', '9aaf7827-d63c-4b61-89c3-182f06f82e5c', exchange),
	plan('TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'),
	plan('MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'),
	plan('SHAREPOINTSTANDARD', 'c7699d2e-19aa-44de-8edf-1736da088ca1'),
	plan('SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'),
	plan('OFFICE_BUSINESS', '094e7854-93fc-4d55-b2c0-3ab5369ebdc1'),
	plan('SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'),
	plan('YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'),
];

const skus = {
	'business-standard': { skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', skuPartNumber: 'O365_BUSINESS_PREMIUM', servicePlans: businessStandardPlans('Success') },
	'business-standard-exchange-disabled': { skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', skuPartNumber: 'O365_BUSINESS_PREMIUM', servicePlans: businessStandardPlans('Disabled') },
	'teams-essentials': {
		skuId: '3ab6abff-666f-4424-bfb7-f0bc274ec7bc',
		skuPartNumber: 'TEAMS_ESSENTIALS_AAD',
		servicePlans: [plan('TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'), plan('EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'), plan('MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c')],
	},
	'exchange-online-plan-1': {
		skuId: '4b9405b0-7788-4568-add1-99614e613b69',
		skuPartNumber: 'EXCHANGESTANDARD',
		servicePlans: [plan('EXCHANGE_S_STANDARD', '9aaf7827-d63c-4b61-89c3-182f06f82e5c'), plan('BPOS_S_TODO_1', '5e62787c-c316-451f-b873-1d05acd4d12c')],
	},
} satisfies Record<string, Omit<LicenseDetail, 'id'>>;

export type LicenceBundle = keyof typeof skus;

/** `/me/licenseDetails` entries for a user; the entry id is Graph's (derived from user and sku). */
export function licenseDetails(oid: string, bundles: readonly LicenceBundle[]): LicenseDetail[] {
	return bundles.map((bundle) => {
		const sku = skus[bundle];
		return { id: `${oid.replace(/-/g, '').slice(0, 20)}${sku.skuId.replace(/-/g, '').slice(0, 12)}`, ...sku, servicePlans: sku.servicePlans.map((p) => ({ ...p })) };
	});
}
