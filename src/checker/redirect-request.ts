// What a full-page redirect sign-in asked for, kept in this tab across the page load, so that its
// answer is read exactly as the popup's would be (the same silent explanation of a cancel).
const REDIRECT_REQUEST = 'claras.checker.redirectRequest';

export interface RedirectRequest {
	scopes: string[];
	loginHint?: string | undefined;
}

export function saveRedirectRequest(request: RedirectRequest): void {
	sessionStorage.setItem(REDIRECT_REQUEST, JSON.stringify(request));
}

/** Reads and forgets it; anything unreadable counts as nothing saved. */
export function takeRedirectRequest(): RedirectRequest | undefined {
	const raw = sessionStorage.getItem(REDIRECT_REQUEST);
	sessionStorage.removeItem(REDIRECT_REQUEST);
	try {
		const saved = JSON.parse(raw ?? 'null') as { scopes?: unknown; loginHint?: unknown } | null;
		if (!saved || !Array.isArray(saved.scopes) || !saved.scopes.every((s) => typeof s === 'string'))
			return undefined;
		return {
			scopes: saved.scopes as string[],
			loginHint: typeof saved.loginHint === 'string' ? saved.loginHint : undefined,
		};
	} catch {
		return undefined;
	}
}

export function forgetRedirectRequest(): void {
	sessionStorage.removeItem(REDIRECT_REQUEST);
}
