// The error page Entra shows when it cannot trust the redirect URI or the app with the answer
// (unknown tenant or app, unregistered reply address, a personal account on a work-only app): the
// AADSTS text and Entra's "Troubleshooting details", with no redirect. Layout and wording as
// Entra's "Sorry, but we're having trouble signing you in" page.
import { randomUUID } from 'node:crypto';
import type { EntraError } from '../entra-errors.ts';
import { html, page } from './layout.ts';

export function errorPage(error: EntraError, now: Date = new Date()): string {
	const message = `AADSTS${error.code}: ${error.text}`;
	return page(
		'Sign-in error',
		html`<div class="brand">Microsoft (sandbox)</div><h1>Sorry, but we're having trouble signing you in.</h1>
		<p>${message}</p>
		<h2 style="font-size:1rem">Troubleshooting details</h2>
		<p class="details">If you contact your administrator, send this info to them.<br>
		Request Id: ${randomUUID()}<br>Correlation Id: ${randomUUID()}<br>Timestamp: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}<br>
		Message: ${message}<br>Error code ${error.code} (${error.error}).</p>`,
	);
}
