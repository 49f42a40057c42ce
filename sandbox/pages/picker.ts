// "Pick an account": every scenario account, signed-in ones first, like Microsoft's picker.
// There are no passwords; choosing an account signs it in.
import { accounts, emailOf, type Account } from '../scenarios.ts';
import { html, page } from './layout.ts';

export function pickerPage(
	action: string,
	signedIn: readonly string[],
	hint: Account | undefined,
): string {
	const ordered = [...accounts].sort((a, b) => rank(b) - rank(a));
	function rank(account: Account) {
		return (account === hint ? 2 : 0) + (signedIn.includes(account.scenario) ? 1 : 0);
	}
	const items = ordered.map(
		(
			account,
		) => html`<button class="account" type="submit" name="account" value="${account.scenario}">
			${account.displayName} ${signedIn.includes(account.scenario) ? html`<span class="tag">Signed in</span>` : ''}
			<small>${emailOf(account)}</small><small>${account.summary}</small></button>`,
	);
	return page(
		'Pick an account',
		html`<div class="brand">Microsoft (sandbox)</div><h1>Pick an account</h1>
		<p>Each account is a scenario the help centre can show. Choose one to sign in as.</p>
		<form method="post" action="${action}"><input type="hidden" name="action" value="pick">${items}</form>`,
	);
}
