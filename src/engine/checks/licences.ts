// Licences: from `GET /me/licenseDetails` (and `/me` assignedPlans when the checker asked for
// them), is there an active Exchange Online mailbox plan and an active Teams plan?
// EXCHANGE_S_FOUNDATION is not a mailbox; a plan counts only when provisioned (`Success`) and its
// capability is not suspended, locked out or deleted.
import type { Check, FindingDraft } from '../context.ts';
import { successBody } from '../exchanges.ts';
import { licenseDetailsResponseSchema, userWithAssignedPlansSchema, type ServicePlanInfo } from '../graph-schemas.ts';
import { isMailboxPlan, isTeamsPlan } from '../service-plans.ts';

const INACTIVE_CAPABILITIES = new Set(['suspended', 'lockedout', 'deleted']);

interface PlanSeen extends ServicePlanInfo {
	skuPartNumber: string;
}

export const licencesCheck: Check = ({ outcomes, signedInAtWork }) => {
	if (!signedInAtWork) return [];
	const details = licenseDetailsResponseSchema.safeParse(successBody(outcomes, '/me/licensedetails'));
	if (!details.success) return []; // Not asked, or Graph did not answer: licences unknown.
	const assigned = userWithAssignedPlansSchema.safeParse(successBody(outcomes, '/me'));
	// Graph keeps a plan's old entries (e.g. Deleted) beside its current one after a licence change:
	// a plan is inactive only when none of its entries is Enabled (or Warning, the grace period).
	const capability = new Map<string, string>();
	for (const plan of assigned.success ? assigned.data.assignedPlans : []) {
		const id = plan.servicePlanId.toLowerCase();
		const status = plan.capabilityStatus.toLowerCase();
		if (!['enabled', 'warning'].includes(capability.get(id) ?? '')) capability.set(id, status);
	}

	const plans: PlanSeen[] = details.data.value.flatMap((licence) => licence.servicePlans.map((plan) => ({ ...plan, skuPartNumber: licence.skuPartNumber })));
	const isActive = (plan: PlanSeen) =>
		plan.provisioningStatus === 'Success' && !INACTIVE_CAPABILITIES.has(capability.get(plan.servicePlanId.toLowerCase()) ?? '');
	const describe = (plan: PlanSeen) => {
		const cap = capability.get(plan.servicePlanId.toLowerCase());
		return `${plan.servicePlanName} in ${plan.skuPartNumber}: ${plan.provisioningStatus}${cap && INACTIVE_CAPABILITIES.has(cap) ? ` (${cap})` : ''}`;
	};
	const licences = details.data.value.map((l) => l.skuPartNumber).join(', ') || 'none';

	const drafts: FindingDraft[] = [];
	const mailbox = plans.filter(isMailboxPlan);
	if (mailbox.length === 0) {
		drafts.push({ id: 'exchange-licence-missing', details: `Licences: ${licences}. None has an Exchange Online mailbox plan.` });
	} else if (!mailbox.some(isActive)) {
		drafts.push({ id: 'exchange-licence-disabled', details: mailbox.map(describe).join('; ') + '.' });
	}
	const teams = plans.filter(isTeamsPlan);
	if (!teams.some(isActive)) {
		const why = teams.length === 0 ? 'None has a Microsoft Teams plan.' : `Teams plan not active: ${teams.map(describe).join('; ')}.`;
		drafts.push({ id: 'teams-licence-missing', details: `Licences: ${licences}. ${why}` });
	}
	return drafts;
};
