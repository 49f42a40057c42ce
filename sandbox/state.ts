// Everything the sandbox remembers between requests: consent grants (organisation-wide per tenant,
// and per user), browser sessions, one-time authorization codes, refresh tokens, admin consent
// requests and in-progress sign-ins. `reset()` returns it all to the scenarios' starting point.
// Whatever a request can create expires and is capped (bounded-map.ts), so memory stays bounded
// however many authorise requests arrive.
import { randomBytes } from 'node:crypto';
import { BoundedMap } from './bounded-map.ts';
import type { Account } from './scenarios.ts';
import { accounts, tenants } from './scenarios.ts';

export interface AuthorizeRequest {
	/** The tenant segment of the authority path, as the client sent it. */
	tenantSegment: string;
	clientId: string;
	redirectUri: string;
	/** Requested scopes as sent (space-separated in the URL). */
	scopes: string[];
	state?: string;
	nonce?: string;
	codeChallenge?: string;
	codeChallengeMethod?: string;
	responseMode: 'fragment' | 'query' | 'form_post';
	prompt?: string;
	loginHint?: string;
	/** Set for the v2 `adminconsent` flow: the `scope` it was sent, if any (none means all configured). */
	adminConsent?: { scope?: string };
}

export interface PendingSignIn {
	request: AuthorizeRequest;
	account?: Account;
	createdAt: number;
}

export interface CodeRecord {
	request: AuthorizeRequest;
	account: Account;
	issuedAt: number;
	redeemed: boolean;
}

export interface RefreshRecord {
	account: Account;
	clientId: string;
	issuedAt: number;
	/**
	 * When the sign-in's refresh tokens stop working: 24 hours after the sign-in, carried over to
	 * every refresh token redeemed from it (a single-page app's lifetime does not slide).
	 */
	expiresAt: number;
}

export interface ConsentRequest {
	account: Account;
	justification: string;
	scopes: string[];
	at: number;
}

const norm = (claim: string) => claim.toLowerCase();

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * How long each kind of record lives and how many are kept. Codes outlive their 10-minute validity
 * (token-endpoint.ts) so a late redemption still gets Entra's AADSTS70008 rather than "not valid";
 * refresh tokens likewise outlive the 24 hours Entra gives a single-page app's refresh token
 * (https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens), so an expired one
 * gets AADSTS700084; sessions last those 24 hours. A pending sign-in
 * waits on a person (the account picker, consent, an Authenticator prompt), so it outlives the
 * checker's 10-minute popup timeout (README, "Things that cost us time").
 */
export const stateLimits = {
	pendingSignIns: { ttlMs: 30 * MINUTE, cap: 1_000 },
	codes: { ttlMs: 20 * MINUTE, cap: 1_000 },
	sessions: { ttlMs: DAY, cap: 1_000 },
	refreshTokens: { ttlMs: 2 * DAY, cap: 1_000 },
	graphCalls: { ttlMs: DAY, cap: 10_000 },
	consentRequests: { cap: 1_000 },
} as const;

export interface StateOptions {
	/** The clock, in milliseconds: the sandbox's own, so tests expire records by moving it. */
	now?: () => number;
}

export function createState(options: StateOptions = {}) {
	const now = options.now ?? Date.now;
	const bounded = <V>(limits: { ttlMs: number; cap: number }) =>
		new BoundedMap<string, V>({ ...limits, now });
	const orgGrants = new Map<string, Set<string>>();
	const userGrants = new Map<string, Set<string>>();
	// session id → signed-in scenario ids
	const sessions = bounded<Set<string>>(stateLimits.sessions);
	const codes = bounded<CodeRecord>(stateLimits.codes);
	const refreshTokens = bounded<RefreshRecord>(stateLimits.refreshTokens);
	const pending = bounded<PendingSignIn>(stateLimits.pendingSignIns);
	const consentRequests: ConsentRequest[] = [];
	/** Graph requests seen per account and URL, so `throttled` answers 429 first, then succeeds. */
	const graphCalls = bounded<number>(stateLimits.graphCalls);

	function reset() {
		for (const map of [orgGrants, userGrants, sessions, codes, refreshTokens, pending, graphCalls])
			map.clear();
		consentRequests.length = 0;
		for (const tenant of tenants) orgGrants.set(tenant.id, new Set(tenant.initialGrant.map(norm)));
		for (const account of accounts) userGrants.set(account.oid, new Set());
	}
	reset();

	return {
		reset,
		/** Claim values (lower case) granted to this account, by its organisation or by the user. */
		grantedTo(account: Account): Set<string> {
			return new Set([
				...(orgGrants.get(account.tenantId) ?? []),
				...(userGrants.get(account.oid) ?? []),
			]);
		},
		grant(account: Account, claims: readonly string[], forOrganisation: boolean) {
			const target = forOrganisation
				? orgGrants.get(account.tenantId)!
				: userGrants.get(account.oid)!;
			for (const claim of claims) target.add(norm(claim));
		},
		grantTenant(tenantId: string, claims: readonly string[]) {
			const target = orgGrants.get(tenantId)!;
			for (const claim of claims) target.add(norm(claim));
		},
		orgGrant(tenantId: string): string[] {
			return [...(orgGrants.get(tenantId) ?? [])];
		},
		signIn(sessionId: string | undefined, account: Account): string {
			const id = sessionId && sessions.has(sessionId) ? sessionId : token();
			sessions.set(id, new Set([...(sessions.get(id) ?? []), account.scenario]));
			return id;
		},
		sessionAccounts(sessionId: string | undefined): string[] {
			return sessionId ? [...(sessions.get(sessionId) ?? [])] : [];
		},
		/** Signs one account out of a browser session, or every account when none is named. */
		signOut(sessionId: string | undefined, scenario?: string) {
			if (!sessionId) return;
			const signedIn = sessions.get(sessionId);
			if (scenario === undefined || !signedIn) sessions.delete(sessionId);
			else signedIn.delete(scenario);
		},
		startSignIn(request: AuthorizeRequest, now: number): string {
			const id = token();
			pending.set(id, { request, createdAt: now });
			return id;
		},
		pendingSignIn: (id: string) => pending.get(id),
		endSignIn: (id: string) => pending.delete(id),
		issueCode(record: Omit<CodeRecord, 'redeemed'>): string {
			const code = `1.${token(48)}`;
			codes.set(code, { ...record, redeemed: false });
			return code;
		},
		code: (code: string) => codes.get(code),
		issueRefreshToken(record: RefreshRecord): string {
			const rt = `1.${token(64)}`;
			refreshTokens.set(rt, record);
			return rt;
		},
		refreshToken: (rt: string) => refreshTokens.get(rt),
		requestConsent(request: ConsentRequest) {
			consentRequests.push(request);
			if (consentRequests.length > stateLimits.consentRequests.cap) consentRequests.shift();
		},
		consentRequests: () => consentRequests.slice(),
		/** Grants and admin consent requests, for tests and support staff (GET /sandbox/_state). */
		snapshot() {
			return {
				organisationGrants: Object.fromEntries(
					[...orgGrants].map(([tenant, claims]) => [tenant, [...claims]]),
				),
				userGrants: Object.fromEntries(
					[...userGrants].filter(([, c]) => c.size).map(([oid, claims]) => [oid, [...claims]]),
				),
				adminConsentRequests: consentRequests.map((r) => ({
					account: r.account.scenario,
					justification: r.justification,
					scopes: r.scopes,
					at: new Date(r.at).toISOString(),
				})),
			};
		},
		/** How many records of each kind are held now (tests check a flood stays under the caps). */
		sizes() {
			return {
				pendingSignIns: pending.size,
				codes: codes.size,
				sessions: sessions.size,
				refreshTokens: refreshTokens.size,
				graphCalls: graphCalls.size,
				consentRequests: consentRequests.length,
			};
		},
		/** Counts a Graph call (keyed by account and URL) and returns how many came before it. */
		countGraphCall(key: string): number {
			const n = graphCalls.get(key) ?? 0;
			graphCalls.set(key, n + 1);
			return n;
		},
	};
}

export type SandboxState = ReturnType<typeof createState>;

function token(bytes = 24): string {
	return randomBytes(bytes).toString('base64url');
}
