// The licence bundles the scenario accounts hold, as Graph's `/me/licenseDetails` entries, built
// from the shared fixtures (real SKU and service plan names and ids, fixtures/licences.ts).
import { licence, withExchangeDisabled } from '../fixtures/licences.ts';
import type { LicenseDetails } from '../src/engine/graph-schemas.ts';

const bundles = {
	'business-standard': () => licence('businessStandard'),
	'business-standard-exchange-disabled': () => withExchangeDisabled(licence('businessStandard')),
	/** Teams only: TEAMS1 and EXCHANGE_S_FOUNDATION, which is not a mailbox. */
	'teams-only': () => licence('teamsEea'),
	'exchange-online-plan-1': () => licence('exchangeOnlinePlan1'),
} satisfies Record<string, () => LicenseDetails>;

export type LicenceBundle = keyof typeof bundles;

/** `/me/licenseDetails` entries for a user; entry ids are opaque and stable per user and SKU. */
export function licenseDetails(oid: string, held: readonly LicenceBundle[]): LicenseDetails[] {
	return held.map((bundle) => {
		const entry = bundles[bundle]();
		return { ...entry, id: `${oid.replace(/-/g, '').slice(0, 20)}${entry.skuId.replace(/-/g, '').slice(0, 12)}` };
	});
}
