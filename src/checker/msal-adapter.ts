// Signs the user in with MSAL v5 and turns every outcome, errors included, into the trace's
// signIn part. Silent first when an account is known, then a popup, then a full-page redirect
// when the browser blocks the popup. The adviser can cancel a waiting window at once; a cancel
// with no reason given is explained by a silent retry only when that says more (cancel-explanation.ts).
// The access token stays in this closure, never in state.
import {
	BrowserUtils,
	createStandardPublicClientApplication,
	EventType,
	type AccountInfo,
	type AuthenticationResult,
	type Configuration,
	type IPublicClientApplication,
} from '@azure/msal-browser';
import type { EnginePermission } from '../engine/engine-registry.ts';
import {
	adminFromClaims,
	explainCancel,
	isBareCancel,
	type AuthLikeError,
} from './cancel-explanation.ts';
import { REDIRECT_MARKER } from './keys.ts';
import { reconnectScopes } from './reconnect-scopes.ts';
import {
	forgetRedirectRequest,
	saveRedirectRequest,
	takeRedirectRequest,
} from './redirect-request.ts';
import { signInError } from './sign-in-error.ts';
import type { SignInPart } from './trace-recorder.ts';

export { signInError };

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
/**
 * How long MSAL waits for the Microsoft window to report back (`system.popupBridgeTimeout`).
 * MSAL v5 cannot see the window close (it waits on its redirect bridge, and Entra's COOP severs
 * the handle: MSAL-js #8393, #8521), so its 60-second default cut off real sign-ins with a
 * password, an MFA approval and a consent screen. The Cancel button ends a wait at once, so the
 * long timer costs nobody anything; it only catches a window that was truly abandoned.
 */
const POPUP_BRIDGE_TIMEOUT_MS = 10 * 60_000;
/** Sign out is best effort: it never holds the page longer than this. */
const SIGN_OUT_TIMEOUT_MS = 20_000;

export interface SignInResult {
	signIn: SignInPart;
	/** The page is navigating to Microsoft: nothing more to do here. */
	redirecting?: boolean;
}

export interface SignInOptions {
	/** Ask again for consent (Reconnect): interactive, for the missing permissions only. */
	reconnect?: boolean;
	/** The report's missing permissions (claim values) that Reconnect asks for. */
	missingScopes?: readonly string[];
	/** The account to sign in with, when the page was given it (`?login_hint=`). */
	loginHint?: string | undefined;
	/** Called when the Microsoft window opens (the page may then ask whether it was closed). */
	onWindowOpened?: () => void;
}

export interface SignOutResult {
	/** Microsoft's session was ended too (end-session endpoint), not only this tab's cache. */
	microsoft: boolean;
}

export interface MsalAdapter {
	/** The sign-in that a redirect brought back, if this page load finishes one. */
	readonly redirectResult: SignInResult | null;
	signIn(options?: SignInOptions): Promise<SignInResult>;
	/** Ends a waiting sign-in at once: its promise rejects, its window closes. */
	cancel(): void;
	/** The access token of the last successful sign-in (for the Graph adapter only). */
	getToken(): Promise<string>;
	/** Signs out at Microsoft (a popup to the end-session endpoint) and forgets every token here. */
	signOut(): Promise<SignOutResult>;
}

/** Whether MSAL's session cache holds a refresh token for this client (offline_access granted). */
function hasRefreshToken(clientId: string): boolean {
	try {
		const keys = JSON.parse(sessionStorage.getItem(`msal.3.token.keys.${clientId}`) ?? '{}') as {
			refreshToken?: unknown[];
		};
		return Array.isArray(keys.refreshToken) && keys.refreshToken.length > 0;
	} catch {
		return false;
	}
}

/** The scopes each kind of sign-in asks for. */
export interface SignInScopes {
	/**
	 * A check asks for what the app registration is configured with (`…/.default`): like Claras'
	 * own connection, it never prompts once anything was granted, so missing permissions show.
	 */
	check: readonly string[];
	/**
	 * Every registry permission by name: what Reconnect asks for when no missing permission is
	 * known. Otherwise it asks for just the missing ones (reconnect-scopes.ts).
	 */
	reconnect: readonly string[];
	/** The registry's permissions: which of them only an admin may grant decides a silent 65001. */
	permissions: readonly Pick<EnginePermission, 'claim' | 'adminConsentRequired'>[];
}

/** Who tried, as far as MSAL knows: the account it was given, or the hint. */
interface Attempt {
	scopes: string[];
	account?: AccountInfo | undefined;
	loginHint?: string | undefined;
}

const CANCELLED = Symbol('cancelled in the checker');

export async function createMsalAdapter(
	config: Configuration,
	scopes: SignInScopes,
): Promise<MsalAdapter> {
	// The cache lives in this tab only: a shared computer must not keep anyone's tokens. No platform
	// broker (Windows' WAM through a browser extension or Edge's DOM API): the checker must see
	// Entra's own sign-in and consent pages and their errors, which a broker answers for itself.
	// MSAL's default, set here because the browser build leaves the broker's and the localStorage
	// cache's code out (src/integrations/unreached-code.ts).
	const safeConfig: Configuration = {
		...config,
		cache: { ...config.cache, cacheLocation: 'sessionStorage' },
		system: {
			...config.system,
			popupBridgeTimeout: POPUP_BRIDGE_TIMEOUT_MS,
			allowPlatformBroker: false,
		},
	};
	const pca: IPublicClientApplication = await createStandardPublicClientApplication(safeConfig);
	const clientId = config.auth.clientId;
	let accessToken: string | undefined;
	let abandon: ((reason: unknown) => void) | undefined;
	let abandoned = false;
	let window_: Window | null = null;
	let onWindowOpened: (() => void) | undefined;
	pca.addEventCallback((message) => {
		if (message.eventType !== EventType.POPUP_OPENED) return;
		window_ = (message.payload as { popupWindow?: Window } | null)?.popupWindow ?? null;
		onWindowOpened?.();
	});

	const success = (result: AuthenticationResult): SignInResult => {
		accessToken = result.accessToken;
		if (result.account) pca.setActiveAccount(result.account);
		return {
			signIn: {
				outcome: 'success',
				idTokenClaims: { ...(result.idTokenClaims as Record<string, unknown>) },
				scopes: [...result.scopes],
				refreshToken: hasRefreshToken(clientId),
			} as SignInPart,
		};
	};

	/**
	 * After a cancel with no reason, a silent sign-in (prompt=none) for the account that tried may
	 * name the reason (AADSTS53003, 50105, 65001 for admin-only permissions…); the rules for when
	 * it replaces the cancel are in cancel-explanation.ts.
	 */
	const explain = async (error: unknown, attempt: Attempt): Promise<SignInResult> => {
		const userIsAdmin = adminFromClaims(
			attempt.account?.idTokenClaims as Record<string, unknown> | undefined,
		);
		const facts = { requestedScopes: attempt.scopes, userIsAdmin, permissions: scopes.permissions };
		if (!isBareCancel(error)) return { signIn: signInError(error, facts) };
		const target = attempt.account
			? { account: attempt.account }
			: attempt.loginHint
				? { loginHint: attempt.loginHint }
				: {};
		try {
			const result = await cancellable(pca.ssoSilent({ scopes: attempt.scopes, ...target }));
			if (explainCancel({ ok: true }, facts) === 'success') return success(result);
		} catch (silentError) {
			if (silentError === CANCELLED) throw silentError;
			if (explainCancel({ ok: false, error: silentError }, facts) === 'silent')
				return { signIn: signInError(silentError, facts) };
		}
		return { signIn: signInError(error, facts) };
	};

	/** A promise the checker's Cancel can end at once (MSAL's own keeps waiting, and is overridden next time). */
	function cancellable<T>(promise: Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			abandon = reject;
			promise.then(resolve, reject);
		}).finally(() => (abandon = undefined));
	}

	let redirectResult: SignInResult | null = null;
	const resuming = sessionStorage.getItem(REDIRECT_MARKER) !== null;
	const redirected = takeRedirectRequest();
	sessionStorage.removeItem(REDIRECT_MARKER);
	try {
		const result = await pca.handleRedirectPromise();
		if (result) redirectResult = success(result);
	} catch (error) {
		// The same reading as the popup path: a bare cancel gets its silent explanation.
		if (resuming)
			redirectResult = await explain(error, redirected ?? { scopes: [...scopes.check] }).catch(
				() => ({ signIn: signInError(error) }),
			);
	}

	const knownAccount = (): AccountInfo | null =>
		pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

	async function interactive(attempt: Attempt, options: SignInOptions): Promise<SignInResult> {
		const request = {
			scopes: attempt.scopes,
			...(attempt.account
				? { account: attempt.account }
				: attempt.loginHint
					? { loginHint: attempt.loginHint }
					: {}),
		};
		// A window the adviser cancelled is still awaited by MSAL: take its place, not interaction_in_progress.
		const override = abandoned ? { overrideInteractionInProgress: true } : {};
		abandoned = false;
		onWindowOpened = options.onWindowOpened;
		try {
			return success(await cancellable(pca.acquireTokenPopup({ ...request, ...override })));
		} catch (error) {
			if (error === CANCELLED) throw error;
			const code = (error as AuthLikeError | null)?.errorCode;
			if (typeof code !== 'string' || !POPUP_BLOCKED.has(code)) return explain(error, attempt);
			sessionStorage.setItem(REDIRECT_MARKER, options.reconnect ? 'reconnect' : 'check');
			saveRedirectRequest({
				scopes: attempt.scopes,
				loginHint: attempt.loginHint ?? attempt.account?.username,
			});
			try {
				await pca.acquireTokenRedirect(request);
				return { signIn: signInError(error), redirecting: true };
			} catch {
				// Neither a popup nor a redirect: report the blocked popup, which the user can fix.
				sessionStorage.removeItem(REDIRECT_MARKER);
				forgetRedirectRequest();
				return { signIn: signInError(error) };
			}
		} finally {
			onWindowOpened = undefined;
			window_ = null;
		}
	}

	return {
		redirectResult,
		async signIn(options = {}) {
			const account = knownAccount();
			const wanted = options.reconnect
				? reconnectScopes(options.missingScopes ?? [], scopes.reconnect)
				: [...scopes.check];
			const attempt: Attempt = {
				scopes: wanted,
				account: account ?? undefined,
				loginHint: options.loginHint,
			};
			if (account && !options.reconnect) {
				try {
					return success(await cancellable(pca.acquireTokenSilent({ scopes: wanted, account })));
				} catch (error) {
					if (error === CANCELLED) throw error;
					// Fall through to an interactive sign-in: silent failures say nothing the popup won't.
				}
			}
			// No prompt=consent, even for Reconnect: Entra prompts by itself for what is not granted, and a
			// forced screen would show a non-admin the admin-only permissions ("Need admin approval").
			return interactive(attempt, options);
		},
		cancel() {
			if (!abandon) return;
			abandoned = true;
			try {
				window_?.close();
			} catch {
				// A window Entra's COOP severed cannot be closed from here; the adviser closes it.
			}
			abandon(CANCELLED);
			// Ends MSAL's own wait on its redirect bridge (what overrideInteractionInProgress does), so
			// its interaction lock is released now rather than when popupBridgeTimeout runs out.
			BrowserUtils.cancelPendingBridgeResponse(pca.getLogger(), '');
		},
		async getToken() {
			if (!accessToken) throw new Error('Not signed in.');
			return accessToken;
		},
		async signOut() {
			accessToken = undefined;
			const account = knownAccount();
			pca.setActiveAccount(null);
			// logoutPopup sends logout_hint (the id token's login_hint) to the end-session endpoint and
			// waits for the redirect bridge, then clears this tab's cache (PopupClient.logoutPopupAsync).
			const logout = pca
				.logoutPopup({
					...(account ? { account } : {}),
					postLogoutRedirectUri: config.auth.redirectUri ?? null,
				})
				.then(
					() => true,
					() => false,
				);
			const microsoft = await Promise.race([
				logout,
				new Promise<boolean>((resolve) => setTimeout(() => resolve(false), SIGN_OUT_TIMEOUT_MS)),
			]);
			await pca.clearCache();
			return { microsoft };
		},
	};
}
