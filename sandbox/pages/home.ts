// /sandbox/: what the sandbox is, its accounts and its endpoints, for people exploring it.
import { accounts, emailOf, tenantOf } from '../scenarios.ts';
import { html, page } from './layout.ts';

export function homePage(origin: string): string {
	const base = `${origin}/sandbox`;
	return page(
		'Sandbox',
		html`<h1>Claras sign-in sandbox</h1>
		<p>A local stand-in for Microsoft Entra ID and Microsoft Graph, so the connection checker can be tried without a Microsoft account. Each account below plays one situation.</p>
		<ul>${accounts.map((a) => html`<li><strong>${emailOf(a)}</strong> (${tenantOf(a).name})<br><small>${a.summary}</small></li>`)}</ul>
		<h2>Endpoints</h2>
		<ul><li>${base}/organizations/v2.0/.well-known/openid-configuration</li><li>${base}/{tenant}/oauth2/v2.0/authorize, /token, /logout</li>
		<li>${base}/{tenant}/v2.0/adminconsent</li><li>${base}/graph/v1.0/me …</li></ul>`,
	);
}

export function signedOutPage(): string {
	return page(
		'Signed out',
		html`<h1>You signed out of your account</h1><p>It's a good idea to close all browser windows.</p>`,
	);
}
