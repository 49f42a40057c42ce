// The licence bundles the scenario accounts hold, as Graph's `/me/licenseDetails` entries, built
// from the shared fixtures (real SKU and service plan names and ids, fixtures/licences.ts), and
// whether Teams sees a Teams licence in each (Graph refuses Teams APIs without one).
import { licence, withExchangeDisabled } from '../fixtures/licences.ts';
import type { LicenseDetails } from '../src/engine/graph-schemas.ts';

const bundles = {
	'business-standard': { teams: true, details: () => licence('businessStandard') },
	'business-standard-exchange-disabled': {
		teams: true,
		details: () => withExchangeDisabled(licence('businessStandard')),
	},
	/** Teams only: TEAMS1 and EXCHANGE_S_FOUNDATION, which is not a mailbox. */
	'teams-only': { teams: true, details: () => licence('teamsEea') },
	'exchange-online-plan-1': { teams: false, details: () => licence('exchangeOnlinePlan1') },
	/** Microsoft Teams Essentials: Teams through the TeamsEss plan, no mailbox. */
	'teams-essentials': { teams: true, details: () => licence('teamsEssentials') },
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
