// Which Microsoft 365 service plans give the user an Exchange Online mailbox or Microsoft Teams.
// Plans are matched by id, then by name, so a renamed plan or a government-cloud twin still counts.
// Ids and names: Microsoft's "Product names and service plan identifiers for licensing"
// (https://learn.microsoft.com/en-us/entra/identity/users/licensing-service-plan-reference).

/** The service plans that carry an Exchange Online mailbox (and so a calendar Graph can read). */
export const mailboxPlans = {
	EXCHANGE_S_STANDARD: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
	EXCHANGE_S_ENTERPRISE: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
	EXCHANGE_S_DESKLESS: '4a82b400-a79f-41a4-b4e2-e94f5787b113',
	EXCHANGE_S_ESSENTIALS: '1126bef5-da20-4f07-b45e-ad25d2581aa8',
} as const;

/** Mailbox plans known only by name here (government clouds, older bundles). */
const otherMailboxPlanNames = new Set([
	'EXCHANGE_S_STANDARD_GOV',
	'EXCHANGE_S_ENTERPRISE_GOV',
	'EXCHANGE_S_DESKLESS_GOV',
	'EXCHANGE_S_STANDARD_MIDMARKET',
	'EXCHANGE_B_STANDARD',
	'EXCHANGE_L_STANDARD',
]);

/**
 * Exchange plans that are NOT a mailbox. `EXCHANGE_S_FOUNDATION` ships in Teams-only and app-only
 * licences so those services can keep data in Exchange; it gives the user no mailbox.
 */
export const notMailboxPlans = {
	EXCHANGE_S_FOUNDATION: '113feb6c-3fe4-4440-bddc-54d774bf0318',
} as const;

/**
 * The service plans that give the user Microsoft Teams, by name and id, from Microsoft's "Product
 * names and service plan identifiers for licensing" (learn.microsoft.com/entra/identity/users/
 * licensing-service-plan-reference, MicrosoftDocs/entra-docs, its CSV cross-checked in the code
 * corpus). TEAMS1 is also the plan inside the Teams add-ons sold beside suites without Teams
 * ("Microsoft Teams Enterprise", Microsoft_Teams_Enterprise_New; "Microsoft Teams EEA"). Not Teams:
 * TEAMS_FREE / TEAMS_FREE_SERVICE (the retired free tier) and the TEAMSPRO_* plans of Teams
 * Premium, an add-on that needs one of these.
 */
export const teamsPlans = {
	TEAMS1: '57ff2da0-773e-42df-b2af-ffb7a2317929',
	/** Microsoft Teams Essentials (the Teams_Ess SKU, and Teams Essentials (AAD identity)). */
	TeamsEss: 'f4f2f6de-6830-442b-a433-e92249faebe2',
	/** Microsoft Teams for Government (GCC). */
	TEAMS_GOV: '304767db-7d23-49e8-a945-4a7eb65f9f28',
	/** Microsoft Teams for GCC High (AR). */
	TEAMS_AR_GCCHIGH: '9953b155-8aef-4c56-92f3-72b0487fce41',
	/** Microsoft Teams for DoD (AR). */
	TEAMS_AR_DOD: 'fd500458-c24c-478e-856c-a6067a8376cd',
} as const;

const mailboxIds = new Set<string>(Object.values(mailboxPlans));
const mailboxNames = new Set<string>([...Object.keys(mailboxPlans), ...otherMailboxPlanNames]);
const teamsIds = new Set<string>(Object.values(teamsPlans));
const teamsNames = new Set<string>(Object.keys(teamsPlans).map((name) => name.toUpperCase()));

interface PlanRef {
	servicePlanId: string;
	servicePlanName: string;
}

/** Whether a service plan gives the user an Exchange Online mailbox. */
export function isMailboxPlan(plan: PlanRef): boolean {
	return (
		mailboxIds.has(plan.servicePlanId.toLowerCase()) ||
		mailboxNames.has(plan.servicePlanName.toUpperCase())
	);
}

/** Whether a service plan is Microsoft Teams. */
export function isTeamsPlan(plan: PlanRef): boolean {
	return (
		teamsIds.has(plan.servicePlanId.toLowerCase()) ||
		teamsNames.has(plan.servicePlanName.toUpperCase())
	);
}
