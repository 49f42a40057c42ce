// "Approve sign-in request": the Authenticator number-matching step Entra shows an account with
// multi-factor authentication. It waits as long as the person does (a real MFA step can take well
// over a minute); in the sandbox, the button plays the phone's approval.
import { emailOf, type Account } from '../scenarios.ts';
import { html, page } from './layout.ts';

export function mfaPage(action: string, account: Account): string {
	return page(
		'Approve sign-in request',
		html`<div class="brand">${emailOf(account)}</div><h1>Approve sign-in request</h1>
		<p>Open your Authenticator app, and enter the number shown to sign in.</p>
		<p style="font-size:2.5rem;font-weight:600;margin:.5rem 0">42</p>
		<p><small>No numbers in your app? Make sure to upgrade to the latest version.</small></p>
		<form method="post" action="${action}"><div class="actions">
		<button class="primary" type="submit" name="action" value="mfa-approve">Approve on my phone (sandbox)</button></div></form>`,
	);
}
