// The Claras app registration as the sandbox knows it: its client id and the redirect URIs
// registered on it. Like Entra, `http://localhost` redirect URIs match on any port.
import { app } from '../src/registry/index.ts';
import { REDIRECT_BRIDGE_PATH } from '../src/site-paths.ts';

const registeredOrigins: readonly string[] = [app.helpCentreOrigin];
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function registered(uri: string, paths: readonly string[]): boolean {
	let url: URL;
	try {
		url = new URL(uri);
	} catch {
		return false;
	}
	if (url.search || url.hash || !paths.includes(url.pathname)) return false;
	if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return true;
	return registeredOrigins.includes(url.origin) && uri === `${url.origin}${url.pathname}`;
}

/** A redirect URI registered under "Single-page application" (code redemption from the browser). */
export function isSpaRedirectUri(uri: string): boolean {
	return registered(uri, [REDIRECT_BRIDGE_PATH]);
}

/** A redirect URI registered under "Web", where admin consent returns. */
export function isWebRedirectUri(uri: string): boolean {
	return registered(uri, [app.consentResultPath]);
}

export function isClaras(clientId: string | null | undefined): boolean {
	return clientId?.toLowerCase() === app.applicationId;
}
