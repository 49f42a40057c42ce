// The heavy half of the checker, imported when the user presses the button: configuration,
// MSAL, the Graph client, the engine and the registry, wired behind the CheckerRuntime port.
import { ADMIN_CONSENT_STATE_KEY, newConsentState } from '../admin/consent-state.ts';
import { adminConsentUrl } from '../derive/index.ts';
import { diagnose } from '../engine/core.ts';
import { GRAPH_RESOURCE_URI } from '../microsoft.ts';
import { toEngineRegistry } from '../engine/to-engine-registry.ts';
import { app, registry } from '../registry/index.ts';
import { getCheckerConfig } from './config.ts';
import { pageCodeMeanings } from './page-code-meanings.ts';
import { probeGraph } from './graph-adapter.ts';
import { createMsalAdapter } from './msal-adapter.ts';
import { presentResult } from './present.ts';
import type { CheckerRuntime } from './runtime-port.ts';
import { runStages } from './stages.ts';

/** One unguessable `state` per tab, kept so the consent-result page can recognise its answer. */
function consentState(): string {
	let state = sessionStorage.getItem(ADMIN_CONSENT_STATE_KEY);
	if (!state) {
		state = newConsentState();
		sessionStorage.setItem(ADMIN_CONSENT_STATE_KEY, state);
	}
	return state;
}

let prepared: Promise<CheckerRuntime> | undefined;

/**
 * The page's one runtime. The launcher makes it once the page is idle, because MSAL's first
 * initialisation takes hundreds of milliseconds on a slow device, long enough to cost the press its
 * popup; the island reuses it. Made again after a failure.
 */
export function createRuntime(): Promise<CheckerRuntime> {
	prepared ??= buildRuntime();
	prepared.catch(() => (prepared = undefined));
	return prepared;
}

async function buildRuntime(): Promise<CheckerRuntime> {
	const config = getCheckerConfig();
	// The sign-in codes' meanings come from the page's code look-up table, not a second copy.
	const engineRegistry = toEngineRegistry(registry, pageCodeMeanings());
	const msal = await createMsalAdapter(config.msal, {
		check: [`${GRAPH_RESOURCE_URI}.default`],
		reconnect: config.scopes,
		permissions: engineRegistry.permissions,
	});
	const origin = location.origin;
	return {
		redirectResult: msal.redirectResult,
		signIn: (options) => msal.signIn(options),
		async probe(recorder, onWait) {
			const graph = {
				graphBaseUrl: config.graphBaseUrl,
				tokenHosts: config.tokenHosts,
				getToken: () => msal.getToken(),
			};
			// Stage by stage: a later stage only when the one before found something to ask about.
			await runStages(registry, new Date(), (probes, onAnswer) =>
				probeGraph(graph, {
					probes,
					record: (exchange) => recorder.exchange(exchange),
					onWait,
					onAnswer,
				}),
			);
		},
		present(trace, showUsername) {
			// The consent link is for the app the checker signs in as (PUBLIC_ENTRA_CLIENT_ID).
			const applicationId = config.msal.auth.clientId;
			const report = diagnose(trace, {
				registry: engineRegistry,
				consentRedirectUri: new URL(app.consentResultPath, origin).toString(),
				authorityOrigin: config.consentAuthorityOrigin,
				applicationId,
			});
			const fallbackConsentUrl = adminConsentUrl({
				tenant: 'organizations',
				origin,
				authorityOrigin: config.consentAuthorityOrigin,
				applicationId,
			});
			return presentResult(report, trace, {
				showUsername,
				state: consentState(),
				origin,
				fallbackConsentUrl,
			});
		},
		cancel: () => msal.cancel(),
		signOut: () => msal.signOut(),
	};
}
