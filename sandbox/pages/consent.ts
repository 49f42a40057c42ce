// "Permissions requested": the requested permissions in Microsoft's consent wording (from the
// registry), with "Consent on behalf of your organisation" for admins.
import { app, type Permission } from '../../src/registry/index.ts';
import { emailOf, type Account } from '../scenarios.ts';
import { html, page } from './layout.ts';

export function consentPage(
	action: string,
	account: Account,
	permissions: readonly Permission[],
	organisation: boolean,
): string {
	return page(
		'Permissions requested',
		html`<div class="brand">${emailOf(account)}</div><h1>Permissions requested</h1>
		<p><strong>${app.entraName}</strong><br><small>App id ${app.applicationId}</small></p>
		<p>This app would like to:</p>
		<ul class="perms">${permissions.map((p) => html`<li>${p.consentText}${p.adminConsentRequired ? html` <span class="tag">Admin only</span>` : ''}</li>`)}</ul>
		<form method="post" action="${action}">
			${organisation ? html`<p><label><input type="checkbox" name="organisation" value="on"> Consent on behalf of your organisation</label></p>` : ''}
			<p><small>Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.${organisation ? ' If you consent on behalf of your organisation, nobody else in it will be asked.' : ''}</small></p>
			<div class="actions"><button class="secondary" type="submit" name="action" value="decline">Cancel</button>
			<button class="primary" type="submit" name="action" value="accept">Accept</button></div>
		</form>`,
	);
}
