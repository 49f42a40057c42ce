// The error page Entra shows when it cannot trust the redirect URI (unknown tenant or app,
// unregistered reply address): the AADSTS text, with no redirect.
import type { EntraError } from '../entra-errors.ts';
import { html, page } from './layout.ts';

export function errorPage(error: EntraError): string {
	return page(
		'Sign-in error',
		html`<div class="brand">Microsoft (sandbox)</div><h1>Sorry, but we're having trouble signing you in.</h1>
		<p>AADSTS${error.code}: ${error.text}</p>
		<p class="details">Error code ${error.code} (${error.error}).</p>`,
	);
}
