// GET {tenant}/oauth2/v2.0/logout: Entra's end-session endpoint. `logout_hint` (the id token's
// `login_hint`, which MSAL sends) signs that one account out of the browser session; without it,
// every account. Then back to `post_logout_redirect_uri` with `state`, which MSAL's redirect
// bridge needs to finish logoutPopup (msal-browser PopupClient.logoutPopupAsync), or to Entra's
// "You signed out of your account" page. (entra-docs v2-protocols-oidc, "Send a sign-out request".)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SESSION_COOKIE } from './authorize.ts';
import { cookie, redirect, sendHtml } from './http.ts';
import { signedOutPage } from './pages/home.ts';
import { accountForHint, type MintContext } from './tokens.ts';

export function handleEndSession(
	req: IncomingMessage,
	res: ServerResponse,
	ctx: MintContext,
): void {
	const q = new URL(req.url ?? '/', ctx.origin).searchParams;
	const sessionId = cookie(req, SESSION_COOKIE);
	const hint = q.get('logout_hint');
	const account = hint ? accountForHint(hint) : undefined;
	ctx.state.signOut(sessionId, account?.scenario);
	const stillSignedIn = ctx.state.sessionAccounts(sessionId).length > 0;
	const headers: Record<string, string> = stillSignedIn
		? {}
		: { 'set-cookie': `${SESSION_COOKIE}=; Path=/sandbox/; Max-Age=0` };
	const back = q.get('post_logout_redirect_uri');
	// Only back to this origin: the sandbox knows no other registered logout address.
	const target = back ? safeUrl(back, ctx.origin) : undefined;
	if (!target) return sendHtml(res, 200, signedOutPage(), headers);
	const state = q.get('state');
	if (state !== null) target.searchParams.set('state', state);
	redirect(res, target.toString(), headers);
}

function safeUrl(value: string, origin: string): URL | undefined {
	try {
		const url = new URL(value, origin);
		return url.origin === origin ? url : undefined;
	} catch {
		return undefined;
	}
}
