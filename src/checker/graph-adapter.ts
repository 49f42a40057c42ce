// Talks to Microsoft Graph (or the sandbox's) through the Graph client with our own middleware
// chain: the bearer token goes only to the configured hosts, and the final hop is an injectable
// fetch. Loaded only after the user presses the button.
import {
	Client,
	ResponseType,
	type Context,
	type Middleware,
} from '@microsoft/microsoft-graph-client';
import { runProbeBatch, type BatchBody, type HttpAnswer, type RetryPolicy } from './batch.ts';
import type { ProbeAnswer, ProbeRequest } from './probes.ts';
import type { GraphExchange } from './trace-recorder.ts';

export interface GraphAdapterOptions {
	/** The Graph version root, e.g. `https://graph.microsoft.com/v1.0`. */
	graphBaseUrl: string;
	/** Hosts (`host` or `host:port`) that may receive the token. */
	tokenHosts: readonly string[];
	getToken: () => Promise<string>;
	fetch?: typeof fetch;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL may carry the token: a listed host, over https (plain http only on loopback). */
export function mayCarryToken(url: URL, tokenHosts: readonly string[]): boolean {
	const listed = tokenHosts.some((host) =>
		host.includes(':') ? host === url.host : host === url.hostname,
	);
	return (
		listed &&
		(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
	);
}

function requestUrl(request: RequestInfo): URL {
	return new URL(typeof request === 'string' ? request : request.url);
}

/** Attaches `Authorization: Bearer …` to requests for the configured hosts, and to nothing else. */
export class HostScopedTokenMiddleware implements Middleware {
	#next: Middleware | undefined;
	#options: Pick<GraphAdapterOptions, 'tokenHosts' | 'getToken'>;
	constructor(options: Pick<GraphAdapterOptions, 'tokenHosts' | 'getToken'>) {
		this.#options = options;
	}
	async execute(context: Context): Promise<void> {
		const headers = new Headers(context.options?.headers as HeadersInit | undefined);
		headers.delete('authorization');
		if (mayCarryToken(requestUrl(context.request), this.#options.tokenHosts)) {
			headers.set('authorization', `Bearer ${await this.#options.getToken()}`);
		}
		context.options = { ...context.options, headers };
		await this.#next?.execute(context);
	}
	setNext(next: Middleware): void {
		this.#next = next;
	}
}

/** The last hop: a plain fetch (injectable for tests). */
export class FetchMiddleware implements Middleware {
	#fetch: typeof fetch;
	constructor(fetchImpl: typeof fetch) {
		this.#fetch = fetchImpl;
	}
	async execute(context: Context): Promise<void> {
		context.response = await this.#fetch(context.request, context.options as RequestInit);
	}
}

async function readBody(response: Response): Promise<unknown> {
	const text = await response.text();
	if (!text) return null;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text.slice(0, 2000);
	}
}

/** A `send` for runProbeBatch: POSTs a batch body to `{graphBaseUrl}/$batch` through the client. */
export function createBatchSender(
	options: GraphAdapterOptions,
): (body: BatchBody, signal?: AbortSignal) => Promise<HttpAnswer> {
	const root = new URL(options.graphBaseUrl.replace(/\/+$/, ''));
	const version = root.pathname.split('/').pop() ?? 'v1.0';
	const baseUrl = `${root.origin}${root.pathname.slice(0, -version.length).replace(/\/+$/, '')}`;
	// Our own chain, never an authProvider: the browser build leaves the client's default chain out
	// (src/integrations/unreached-code.ts).
	const client = Client.initWithMiddleware({
		baseUrl,
		defaultVersion: version,
		middleware: [
			new HostScopedTokenMiddleware(options),
			new FetchMiddleware(options.fetch ?? globalThis.fetch.bind(globalThis)),
		],
	});
	return async (body, signal) => {
		const request = client.api('/$batch').responseType(ResponseType.RAW);
		// GraphRequest.options() merges into the fetch RequestInit that FetchMiddleware passes on; its
		// type allows only strings and numbers, so the AbortSignal goes through a cast.
		if (signal) request.options({ signal } as unknown as Record<string, string>);
		const response = (await request.post(body)) as Response;
		const headers: Record<string, string> = {};
		response.headers.forEach((value, name) => {
			headers[name] = value;
		});
		return { status: response.status, headers, body: await readBody(response) };
	};
}

export interface ProbeRun {
	probes: readonly ProbeRequest[];
	record: (exchange: GraphExchange) => void;
	onWait?: (ms: number, attempt: number) => void;
	onAnswer?: (id: string, answer: ProbeAnswer) => void;
	policy?: RetryPolicy;
	sleep?: (ms: number) => Promise<void>;
	deadlineMs?: number;
}

/** Runs the probes as one `$batch` (plus bounded retries), each round trip with a deadline. Returns the round trips made. */
export function probeGraph(options: GraphAdapterOptions, run: ProbeRun): Promise<number> {
	return runProbeBatch({
		...run,
		send: createBatchSender(options),
		graphBaseUrl: options.graphBaseUrl,
	});
}
