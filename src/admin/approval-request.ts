// The admin consent workflow, followed through: what an adviser who met "Need admin approval" is
// told about a request they sent, and where the admin finds it. Words only; the checker's hand-off
// (src/checker/handoff.ts) decides when to show them.
//
// How the workflow runs (entra-docs identity/enterprise-apps/admin-consent-workflow-overview.md and
// configure-admin-consent-workflow.md): "Request approval" sends the request by email to the
// reviewers the organisation chose in Enterprise apps › Consent and permissions › Admin consent
// settings; a reviewer approves it under Admin consent requests; the user is emailed the decision;
// requests expire after the days the organisation set. Entra sends the app no code of its own after
// a request ("Return to the application" reads as a cancel), so the checker cannot see whether one
// was sent: with AADSTS90095 it knows the workflow is on, otherwise it says "if".
import { ENTRA_ADMIN_CENTRE } from '../microsoft.ts';

/**
 * Where a reviewer acts on a request (entra-docs review-admin-consent-requests.md: Enterprise
 * applications › Activity › Admin consent requests › My Pending › the app › Review permissions and
 * consent), with the admin centre's current names.
 */
export function entraRequestsPath(entraName: string): string[] {
	return [
		'Microsoft Entra admin centre',
		'Entra ID',
		'Enterprise apps',
		'Admin consent requests',
		'My Pending',
		entraName,
		'Review permissions and consent',
	];
}

/** The admin centre's Admin consent requests blade (the address the admin centre itself opens for Enterprise apps › Admin consent requests). */
export const ENTRA_REQUESTS_URL = `${ENTRA_ADMIN_CENTRE}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests`;

export interface ApprovalRequestNote {
	title: string;
	/** What happens next, in order: who receives the request, how they approve it, what the adviser does then. */
	text: string[];
}

/**
 * What the adviser is told about a request. `workflowOn`: Entra answered AADSTS90095, so the
 * Microsoft window offered "Request approval".
 */
export function approvalRequestNote(appName: string, workflowOn: boolean): ApprovalRequestNote {
	const next = [
		'It went to the reviewers your organisation chose for these requests (admins named in its admin consent settings), by email.',
		`A reviewer approves it in the Microsoft Entra admin centre, under Admin consent requests. Microsoft then emails you the decision.`,
		`When it is approved, connect again in ${appName} (or run this check again): it goes straight through. Requests expire after the number of days your organisation set, so if nobody answers, send your IT admin the link below.`,
	];
	return workflowOn
		? {
				title: 'Your request for approval',
				text: [
					'Your organisation takes requests for approval. If you selected Request approval in the Microsoft window, your request was sent.',
					...next,
				],
			}
		: {
				title: 'If you sent a request for approval',
				text: [
					'If the Microsoft window offered Request approval and you selected it, your request was sent.',
					...next,
				],
			};
}
