// Signs the user in with MSAL v5 and turns every outcome, errors included, into the trace's
// signIn part. Silent first when an account is known, then a popup, then a full-page redirect
// when the browser blocks the popup. The access token stays in this closure, never in state.
import {
	createStandardPublicClientApplication,
	type AccountInfo,
	type AuthenticationResult,
	type Configuration,
	type IPublicClientApplication,
} from '@azure/msal-browser';
import { REDIRECT_MARKER } from './keys.ts';
import { reconnectScopes } from './reconnect-scopes.ts';
import type { SignInPart } from './trace-recorder.ts';

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

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
}

export interface MsalAdapter {
	/** The sign-in that a redirect brought back, if this page load finishes one. */
	readonly redirectResult: SignInResult | null;
	signIn(options?: SignInOptions): Promise<SignInResult>;
	/** The access token of the last successful sign-in (for the Graph adapter only). */
	getToken(): Promise<string>;
	/** Forgets the account and every token in this tab. */
	signOut(): Promise<void>;
}

type AuthLikeError = { errorCode?: unknown; subError?: unknown; errorNo?: unknown; errorMessage?: unknown; message?: unknown; correlationId?: unknown };

/** Turns whatever MSAL threw into the trace's error outcome, keeping only the fields it had. */
export function signInError(error: unknown): SignInPart {
	const e = (error && typeof error === 'object' ? error : {}) as AuthLikeError;
	const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
	const errorCode = text(e.errorCode) ?? 'unknown_error';
	const details = {
		subError: text(e.subError),
		errorNo: text(e.errorNo) ?? (typeof e.errorNo === 'number' ? String(e.errorNo) : undefined),
		message: text(e.errorMessage) ?? text(e.message),
		correlationId: text(e.correlationId),
	};
	const fields = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
	return { outcome: 'error', error: { errorCode, ...fields } } as SignInPart;
}

/** Whether MSAL's session cache holds a refresh token for this client (offline_access granted). */
function hasRefreshToken(clientId: string): boolean {
	try {
		const keys = JSON.parse(sessionStorage.getItem(`msal.3.token.keys.${clientId}`) ?? '{}') as { refreshToken?: unknown[] };
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
}

export async function createMsalAdapter(config: Configuration, scopes: SignInScopes): Promise<MsalAdapter> {
	// The cache lives in this tab only: a shared computer must not keep anyone's tokens.
	const safeConfig: Configuration = { ...config, cache: { ...config.cache, cacheLocation: 'sessionStorage' } };
	const pca: IPublicClientApplication = await createStandardPublicClientApplication(safeConfig);
	const clientId = config.auth.clientId;
	let accessToken: string | undefined;

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

	let redirectResult: SignInResult | null = null;
	const resuming = sessionStorage.getItem(REDIRECT_MARKER) !== null;
	sessionStorage.removeItem(REDIRECT_MARKER);
	try {
		const result = await pca.handleRedirectPromise();
		if (result) redirectResult = success(result);
	} catch (error) {
		if (resuming) redirectResult = { signIn: signInError(error) };
	}

	/**
	 * "Return to the application without granting consent" and a closed window say nothing about
	 * why. If Microsoft still has a session, a silent sign-in (prompt=none) names the reason, e.g.
	 * AADSTS90094 (admin approval needed); if it simply succeeds, the user is signed in after all.
	 */
	const explainCancel = async (error: unknown, requestScopes: string[]): Promise<SignInResult> => {
		const e = error as AuthLikeError | null;
		// MSAL reads `suberror`, not Entra's `error_subcode`, so "return without granting" arrives as a
		// bare access_denied: no sub-error, no AADSTS number.
		const numbered = Boolean(e?.errorNo) || /AADSTS\d+/.test(String(e?.errorMessage ?? ''));
		const cancelled = e?.errorCode === 'user_cancelled' || (e?.errorCode === 'access_denied' && !numbered);
		if (!cancelled) return { signIn: signInError(error) };
		try {
			return success(await pca.ssoSilent({ scopes: requestScopes }));
		} catch (silentError) {
			const errorNo = (silentError as AuthLikeError | null)?.errorNo;
			return { signIn: signInError(errorNo ? silentError : error) };
		}
	};

	const knownAccount = (): AccountInfo | null => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

	return {
		redirectResult,
		async signIn(options = {}) {
			const account = knownAccount();
			const wanted = options.reconnect ? reconnectScopes(options.missingScopes ?? [], scopes.reconnect) : [...scopes.check];
			const request = { scopes: wanted, ...(account ? { account } : {}) };
			if (account && !options.reconnect) {
				try {
					return success(await pca.acquireTokenSilent({ ...request, account }));
				} catch {
					// Fall through to an interactive sign-in: silent failures say nothing the popup won't.
				}
			}
			// No prompt=consent, even for Reconnect: Entra prompts by itself for what is not granted, and a
			// forced screen would show a non-admin the admin-only permissions ("Need admin approval").
			try {
				return success(await pca.acquireTokenPopup(request));
			} catch (error) {
				const code = (error as AuthLikeError | null)?.errorCode;
				if (typeof code !== 'string' || !POPUP_BLOCKED.has(code)) return explainCancel(error, request.scopes);
				sessionStorage.setItem(REDIRECT_MARKER, options.reconnect ? 'reconnect' : 'check');
				try {
					await pca.acquireTokenRedirect(request);
					return { signIn: signInError(error), redirecting: true };
				} catch {
					// Neither a popup nor a redirect: report the blocked popup, which the user can fix.
					sessionStorage.removeItem(REDIRECT_MARKER);
					return { signIn: signInError(error) };
				}
			}
		},
		async getToken() {
			if (!accessToken) throw new Error('Not signed in.');
			return accessToken;
		},
		async signOut() {
			accessToken = undefined;
			pca.setActiveAccount(null);
			await pca.clearCache();
		},
	};
}
