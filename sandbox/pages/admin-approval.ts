// "Need admin approval", and with the admin consent workflow on "Approval required" with the request
// form, then its "Request sent" confirmation. The workflow's screens as Microsoft describes them
// (entra-docs identity/enterprise-apps/admin-consent-workflow-overview.md): "The Approval required
// message appears. The user types a justification ... and then selects Request approval. A Request
// sent message confirms that the request was submitted to the admin. ... The user receives an email
// notification when their request is approved, denied, or blocked."
import { app, type Permission } from '../../src/registry/index.ts';
import { emailOf, type Account } from '../scenarios.ts';
import { html, page, type Html } from './layout.ts';

const leave = (action: string) => html`<form method="post" action="${action}">
	<p><button class="link" type="submit" name="action" value="switch">Have an admin account? Sign in with that account</button></p>
	<p><button class="link" type="submit" name="action" value="return">Return to the application without granting consent</button></p></form>`;

export function adminApprovalPage(
	action: string,
	account: Account,
	permissions: readonly Permission[],
	workflow: boolean,
	code: number,
): string {
	const list = html`<ul class="perms">${permissions.map((p) => html`<li>${p.consentText}</li>`)}</ul>`;
	const body: Html = workflow
		? html`<p>${app.entraName} needs permission to access resources in your organisation that only an admin can grant. Request approval from an admin before you can use it.</p>${list}
			<form method="post" action="${action}"><label for="justification">Enter justification for requesting this app</label>
			<textarea id="justification" name="justification"></textarea>
			<div class="actions"><button class="primary" type="submit" name="action" value="request">Request approval</button></div></form>`
		: html`<p>${app.entraName} needs permission to access resources in your organisation that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>${list}`;
	const title = workflow ? 'Approval required' : 'Need admin approval';
	return page(
		title,
		html`<div class="brand">${emailOf(account)}</div><h1>${title}</h1>${body}${leave(action)}
		<p class="details">Troubleshooting details: error code AADSTS${code}. App id ${app.applicationId}.</p>`,
	);
}

export function requestSentPage(action: string, account: Account): string {
	return page(
		'Request sent',
		html`<div class="brand">${emailOf(account)}</div><h1>Request sent</h1>
		<p>Your request for ${app.entraName} has been sent to your admin. You will get an email when it is approved, denied or blocked, and you will be able to use the app once an admin approves it.</p>
		<form method="post" action="${action}"><button class="link" type="submit" name="action" value="return">Return to the application</button></form>`,
	);
}
