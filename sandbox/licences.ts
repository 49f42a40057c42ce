// The licence bundles the scenario accounts hold, as Graph's `/me/licenseDetails` entries, built
// from the shared fixtures (real SKU and service plan names and ids, fixtures/licences.ts), and
// whether Teams sees a Teams licence in each (Graph refuses Teams APIs without one).
import { licence, withExchangeDisabled } from '../fixtures/licences.ts';
import type { LicenseDetails } from '../src/engine/graph-schemas.ts';

/**
 * Microsoft Teams Essentials: SKU `Teams_Ess`, id fde42873-30b6-436b-b361-21af5a6b84ae, with the
 * service plan `TeamsEss` f4f2f6de-6830-442b-a433-e92249faebe2 (Microsoft's "Product names and
 * service plan identifiers for licensing"; the plan also in the Graph docs' cloudLicensing
 * examples). A faithful subset: the SKU's other plans (OneDrive, Office for the web) are left out.
 * TODO(fixtures): move to fixtures/licences.ts when the engine helper adds it there.
 */
const teamsEssentials = (): LicenseDetails => ({
	id: 'fixture-Teams_Ess',
	skuId: 'fde42873-30b6-436b-b361-21af5a6b84ae',
	skuPartNumber: 'Teams_Ess',
	servicePlans: [
		{
			servicePlanId: 'f4f2f6de-6830-442b-a433-e92249faebe2',
			servicePlanName: 'TeamsEss',
			provisioningStatus: 'Success',
			appliesTo: 'User',
		},
	],
});

const bundles = {
	'business-standard': { teams: true, details: () => licence('businessStandard') },
	'business-standard-exchange-disabled': {
		teams: true,
		details: () => withExchangeDisabled(licence('businessStandard')),
	},
	/** Teams only: TEAMS1 and EXCHANGE_S_FOUNDATION, which is not a mailbox. */
	'teams-only': { teams: true, details: () => licence('teamsEea') },
	'exchange-online-plan-1': { teams: false, details: () => licence('exchangeOnlinePlan1') },
	'teams-essentials': { teams: true, details: teamsEssentials },
} satisfies Record<string, { teams: boolean; details: () => LicenseDetails }>;

export type LicenceBundle = keyof typeof bundles;

/** Whether any of the bundles carries a Teams plan (TEAMS1 or TeamsEss here). */
export function holdsTeams(held: readonly LicenceBundle[]): boolean {
	return held.some((bundle) => bundles[bundle].teams);
}

/** `/me/licenseDetails` entries for a user; entry ids are opaque and stable per user and SKU. */
export function licenseDetails(oid: string, held: readonly LicenceBundle[]): LicenseDetails[] {
	return held.map((bundle) => {
		const entry = bundles[bundle].details();
		return {
			...entry,
			id: `${oid.replace(/-/g, '').slice(0, 20)}${entry.skuId.replace(/-/g, '').slice(0, 12)}`,
		};
	});
}
