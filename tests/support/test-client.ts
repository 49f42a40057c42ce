// A small client for the sandbox's unit tests: starts it on a free loopback port with a clock the
// test controls, and walks the authorize → token dance the way MSAL does (PKCE S256, nonce).
import { createHash, randomBytes } from 'node:crypto';
import {
	createServer,
	request,
	type Agent,
	type IncomingHttpHeaders,
	type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { app, permissions } from '../../src/registry/index.ts';
import { createSandbox, type Sandbox } from '../../sandbox/index.ts';

export { REDIRECT_BRIDGE_PATH as REDIRECT_PATH } from '../../src/site-paths.ts';
import { REDIRECT_BRIDGE_PATH as REDIRECT_PATH } from '../../src/site-paths.ts';
import { answerClientError } from '../../sandbox/client-error.ts';

export interface TestSandbox {
	sandbox: Sandbox;
	origin: string;
	/** Moves the sandbox's clock forward. */
	advance(ms: number): void;
	close(): Promise<void>;
}

export async function startSandbox(): Promise<TestSandbox> {
	let offset = 0;
	const sandbox = createSandbox({ now: () => Date.now() + offset });
	const server: Server = createServer((req, res) => {
		void sandbox.handle(req, res).then((answered) => {
			if (!answered) res.writeHead(404).end();
		});
	}).on('clientError', answerClientError);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		sandbox,
		origin: `http://localhost:${port}`,
		advance: (ms) => void (offset += ms),
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

export const allScopes = permissions.map((p) => p.claim);

export interface AuthorizeOptions {
	tenant?: string;
	scopes?: readonly string[];
	prompt?: string;
	redirectUri?: string;
	cookie?: string;
	/** `fragment` unless given. */
	responseMode?: 'fragment' | 'query' | 'form_post';
	/** PKCE as MSAL sends it (`S256`) unless given; `omitted` sends the challenge with no method. */
	pkceMethod?: 'S256' | 'plain' | 'omitted';
}

export function pkce() {
	const verifier = randomBytes(32).toString('base64url');
	return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** GET authorize with a login hint; returns the redirect's parameters (code or error). */
export async function authorize(
	t: TestSandbox,
	scenarioEmail: string,
	options: AuthorizeOptions = {},
) {
	const method = options.pkceMethod ?? 'S256';
	const { verifier, challenge: s256 } = pkce();
	const challenge = method === 'S256' ? s256 : verifier;
	const url = new URL(
		`${t.origin}/sandbox/${options.tenant ?? 'organizations'}/oauth2/v2.0/authorize`,
	);
	const params = {
		client_id: app.applicationId,
		response_type: 'code',
		redirect_uri: options.redirectUri ?? `${t.origin}${REDIRECT_PATH}`,
		scope: [...(options.scopes ?? allScopes), 'openid', 'profile'].join(' '),
		state: 'state-1',
		nonce: 'nonce-1',
		code_challenge: challenge,
		...(method === 'omitted' ? {} : { code_challenge_method: method }),
		response_mode: options.responseMode ?? 'fragment',
		login_hint: scenarioEmail,
		...(options.prompt ? { prompt: options.prompt } : {}),
	};
	for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
	const response = await fetch(url, {
		redirect: 'manual',
		headers: options.cookie ? { cookie: options.cookie } : {},
	});
	const location = response.headers.get('location') ?? '';
	return {
		response,
		verifier,
		cookie: response.headers.get('set-cookie')?.split(';')[0],
		params: new URLSearchParams(location.split('#')[1] ?? ''),
	};
}

export async function redeem(
	t: TestSandbox,
	code: string,
	verifier: string,
	redirectUri = `${t.origin}${REDIRECT_PATH}`,
	/** The Origin header a browser sends; null for a request from a server (which sends none). */
	origin: string | null = t.origin,
) {
	const body = new URLSearchParams({
		client_id: app.applicationId,
		grant_type: 'authorization_code',
		code,
		code_verifier: verifier,
		redirect_uri: redirectUri,
		scope: [...allScopes, 'openid', 'profile'].join(' '),
		client_info: '1',
	});
	const response = await fetch(`${t.origin}/sandbox/organizations/oauth2/v2.0/token`, {
		method: 'POST',
		body,
		headers: origin ? { origin } : {},
	});
	return {
		status: response.status,
		headers: response.headers,
		body: (await response.json()) as Record<string, unknown>,
	};
}

/** Signs a scenario account in and returns its token response. */
export async function signIn(
	t: TestSandbox,
	scenarioEmail: string,
	options: AuthorizeOptions = {},
) {
	const { params, verifier } = await authorize(t, scenarioEmail, options);
	const code = params.get('code');
	if (!code) throw new Error(`no code for ${scenarioEmail}: ${params.toString()}`);
	return (await redeem(t, code, verifier)).body as {
		access_token: string;
		refresh_token?: string;
		refresh_token_expires_in?: number;
		id_token: string;
		scope: string;
		client_info: string;
	};
}

/** Graph's answer bodies, loosely: an error, a collection, a batch, or an entity. */
export interface GraphBody {
	error?: { code: string; message: string; innerError?: Record<string, string> };
	value?: Record<string, unknown>[];
	responses?: { id: string; status: number; headers: Record<string, string>; body: GraphBody }[];
	[key: string]: unknown;
}

export async function graph(t: TestSandbox, path: string, token?: string, init: RequestInit = {}) {
	const response = await fetch(`${t.origin}/sandbox/graph/v1.0${path}`, {
		...init,
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...(init.headers as Record<string, string> | undefined),
		},
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		text,
		body: text ? (JSON.parse(text) as GraphBody) : undefined,
	};
}

export function claims(jwt: string): Record<string, unknown> {
	return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
		string,
		unknown
	>;
}

export interface RawAnswer {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
	/** Whether the request went on a socket an earlier request had used (keep-alive). */
	reusedSocket: boolean;
}

/**
 * A request exactly as written, with Node's own HTTP client (fetch may not set Host, and refuses
 * some of what the sandbox's bad-input tests send): the status, headers and body text. `Host` is
 * `localhost:<port>` unless `headers` says otherwise; pass an `agent` to keep the socket alive.
 */
export function rawRequest(
	t: TestSandbox,
	path: string,
	{
		method = 'GET',
		headers = {},
		body,
		agent,
	}: {
		method?: string;
		headers?: Record<string, string>;
		body?: string | Buffer | undefined;
		agent?: Agent;
	} = {},
): Promise<RawAnswer> {
	const port = Number(new URL(t.origin).port);
	return new Promise((resolve, reject) => {
		const all = { host: `localhost:${port}`, ...headers };
		const req = request({ host: '127.0.0.1', port, method, path, agent, headers: all }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers,
					text: Buffer.concat(chunks).toString('utf8'),
					reusedSocket: req.reusedSocket,
				}),
			);
		});
		req.on('error', reject).end(body);
	});
}
