// Licences: from `GET /me/licenseDetails` (and `/me` assignedPlans), is there an active Exchange
// Online mailbox plan and an active Teams plan? Licences are a hint and answers are evidence: a
// mailbox probe Graph answered 2xx means the mailbox works whatever the plans say (a hybrid mailbox
// on Exchange Server holds no Exchange Online plan, and Graph serves its calendar), and a Teams
// probe answered 2xx means Teams works. EXCHANGE_S_FOUNDATION is no mailbox; a plan counts only when
// provisioned (`Success`) and its capability is not suspended, locked out or deleted.
import type { Check, CheckContext, FindingDraft } from '../context.ts';
import { isSuccess } from '../exchanges.ts';
import { asArray, asString, field } from '../read.ts';
import { isMailboxPlan, isTeamsPlan } from '../service-plans.ts';

const INACTIVE_CAPABILITIES = new Set(['suspended', 'lockedout', 'deleted']);
/** Far more plans than any licence holds (a real one has under 100); the rest is not read. */
const MAX_PLANS = 20_000;
const LISTED = 6;

interface PlanSeen {
	servicePlanId: string;
	servicePlanName: string;
	provisioningStatus: string;
	skuPartNumber: string;
}

function readPlans(body: unknown): { plans: PlanSeen[]; licences: string[] } | undefined {
	const value = field(body, 'value');
	if (!Array.isArray(value)) return undefined;
	const plans: PlanSeen[] = [];
	const licences: string[] = [];
	for (const licence of value) {
		if (plans.length >= MAX_PLANS) break;
		const skuPartNumber = asString(field(licence, 'skuPartNumber'))?.slice(0, 100) ?? '(unnamed)';
		licences.push(skuPartNumber);
		for (const plan of asArray(field(licence, 'servicePlans'))) {
			if (plans.length >= MAX_PLANS) break;
			const servicePlanId = asString(field(plan, 'servicePlanId'))?.slice(0, 100);
			const servicePlanName = asString(field(plan, 'servicePlanName'))?.slice(0, 100);
			if (servicePlanId === undefined || servicePlanName === undefined) continue;
			plans.push({
				servicePlanId,
				servicePlanName,
				provisioningStatus: asString(field(plan, 'provisioningStatus')) ?? '',
				skuPartNumber,
			});
		}
	}
	return { plans, licences };
}

/** Graph keeps a plan's old entries (e.g. Deleted) beside its current one: inactive only when none is Enabled or Warning. */
function capabilities(body: unknown): Map<string, string> {
	const capability = new Map<string, string>();
	for (const plan of asArray(field(body, 'assignedPlans')).slice(0, MAX_PLANS)) {
		const id = asString(field(plan, 'servicePlanId'))?.toLowerCase();
		const status = asString(field(plan, 'capabilityStatus'))?.toLowerCase();
		if (id === undefined || status === undefined) continue;
		if (!['enabled', 'warning'].includes(capability.get(id) ?? '')) capability.set(id, status);
	}
	return capability;
}

const list = (items: readonly string[]) =>
	items.length > LISTED
		? `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`
		: items.join(', ');

/** Probes whose 2xx answer proves the mailbox (Outlook probes) or Teams (the other feature probes of Teams features). */
function served({ evidence, registry }: CheckContext): { mailbox: boolean; teams: boolean } {
	const base = new Set(registry.baseProbes.map((p) => p.id));
	const answered = (id: string) => {
		const outcome = evidence.get(id);
		return outcome !== undefined && isSuccess(outcome);
	};
	const featureProbes = registry.features.flatMap((f) =>
		f.probes.map((p) => ({ probe: p, teams: f.needsTeams })),
	);
	return {
		mailbox: featureProbes.some(({ probe }) => probe.outlook && answered(probe.id)),
		teams: featureProbes.some(
			({ probe, teams }) => teams && !probe.outlook && !base.has(probe.id) && answered(probe.id),
		),
	};
}

/** The licences Graph listed and each plan's capability; undefined when Graph did not list them. */
function licencesOf({ evidence, registry }: CheckContext) {
	const licenceProbe = registry.baseProbes.find((p) => /\/licenseDetails/i.test(p.path));
	const userProbe = registry.baseProbes.find((p) => /^\/me(\?|$)/i.test(p.path));
	const licenceAnswer = licenceProbe ? evidence.get(licenceProbe.id) : undefined;
	const read =
		licenceAnswer && isSuccess(licenceAnswer) ? readPlans(licenceAnswer.body) : undefined;
	if (!read) return undefined;
	const userAnswer = userProbe ? evidence.get(userProbe.id) : undefined;
	const capability = capabilities(
		userAnswer && isSuccess(userAnswer) ? userAnswer.body : undefined,
	);
	const isActive = (plan: PlanSeen) =>
		plan.provisioningStatus === 'Success' &&
		!INACTIVE_CAPABILITIES.has(capability.get(plan.servicePlanId.toLowerCase()) ?? '');
	return { read, capability, isActive, licenceProbe, userProbe };
}

/** The active Teams plans the licences list (`TEAMS1 in O365_BUSINESS_PREMIUM`); undefined when not read. */
export function activeTeamsPlans(context: CheckContext): string[] | undefined {
	const licences = licencesOf(context);
	if (!licences) return undefined;
	return licences.read.plans
		.filter((plan) => isTeamsPlan(plan) && licences.isActive(plan))
		.map((plan) => `${plan.servicePlanName} in ${plan.skuPartNumber}`);
}

/** What the licences say about the mailbox, for the mailbox check to name the likeliest cause. */
export function mailboxLicence(context: CheckContext): 'unknown' | 'none' | 'inactive' | 'active' {
	const licences = licencesOf(context);
	if (!licences) return 'unknown';
	const mailbox = licences.read.plans.filter(isMailboxPlan);
	if (mailbox.length === 0) return 'none';
	return mailbox.some(licences.isActive) ? 'active' : 'inactive';
}

export const licencesCheck: Check = (context) => {
	if (!context.signedInAtWork) return [];
	const licencesRead = licencesOf(context);
	if (!licencesRead) return []; // Not asked, or Graph did not answer: licences unknown (the gap is reported by graph health).
	const { read, capability, isActive, licenceProbe, userProbe } = licencesRead;
	const describe = (plan: PlanSeen) => {
		const cap = capability.get(plan.servicePlanId.toLowerCase());
		return `${plan.servicePlanName} in ${plan.skuPartNumber}: ${plan.provisioningStatus || 'no status'}${cap && INACTIVE_CAPABILITIES.has(cap) ? ` (${cap})` : ''}`;
	};
	const licences = list(read.licences) || 'none';
	const { mailbox: mailboxServed, teams: teamsServed } = served(context);
	const probes = [licenceProbe?.id, userProbe?.id].filter((id): id is string => id !== undefined);

	const drafts: FindingDraft[] = [];
	const mailbox = read.plans.filter(isMailboxPlan);
	if (!mailboxServed && mailbox.length === 0) {
		drafts.push({
			id: 'exchange-licence-missing',
			details: `Licences: ${licences}. None has an Exchange Online mailbox plan, and Graph did not serve a mailbox.`,
			probes,
		});
	} else if (!mailboxServed && !mailbox.some(isActive)) {
		drafts.push({
			id: 'exchange-licence-disabled',
			details: `${list(mailbox.map(describe))}.`,
			probes,
		});
	}
	const teams = read.plans.filter(isTeamsPlan);
	if (!teamsServed && !teams.some(isActive)) {
		const why =
			teams.length === 0
				? 'None has a Microsoft Teams plan.'
				: `Teams plan not active: ${list(teams.map(describe))}.`;
		drafts.push({ id: 'teams-licence-missing', details: `Licences: ${licences}. ${why}`, probes });
	}
	return drafts;
};
