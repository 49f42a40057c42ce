// Graph round trips after sign-in, against an in-process sandbox on a loopback port. A
// scenario account signs in with a real auth-code + PKCE exchange (the sandbox unit tests' client);
// then, from that token to a diagnosed report, the checker's own Graph code path runs in Node: its
// config (sandbox mode), probes from the registry, the Graph client with its middleware
// (graph-adapter.ts) and batch.ts's retries, the trace recorder and the engine's diagnose.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { createSandbox } from '../../sandbox/index.ts';
import { claims, signIn, type TestSandbox } from '../../tests/support/test-client.ts';
import { getCheckerConfig, type CheckerConfig } from '../../src/checker/config.ts';
import {
	FetchMiddleware,
	HostScopedTokenMiddleware,
	probeGraph,
} from '../../src/checker/graph-adapter.ts';
import { planStage, STAGES, type ProbeAnswer } from '../../src/checker/probes.ts';
import { runStages } from '../../src/checker/stages.ts';
import { TraceRecorder, type SignInPart } from '../../src/checker/trace-recorder.ts';
import { diagnose, type Report } from '../../src/engine/index.ts';
import { GRAPH_RESOURCE_URI } from '../../src/microsoft.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { app, registry } from '../../src/registry/index.ts';

export interface GraphBenchOptions {
	/** How many timed runs of each way. */
	runs: number;
	/** The sandbox's latency fault: milliseconds added before every Graph answer. */
	latencyMs: number;
}

/** One way of sending the probes: HTTP round trips made, and the time from token to report. */
export interface Timing {
	ms: number[];
	/** Graph HTTP requests the sandbox received per run. */
	roundTrips: number[];
	/** The diagnosis of the last run. */
	report: Report;
}

export interface GraphBenchResult {
	probes: number;
	batch: Timing;
	sequential: Timing;
	throttled: { roundTrips: number; waits: number[]; ms: number; report: Report };
}

interface Harness {
	t: TestSandbox;
	config: CheckerConfig;
	/** Graph requests the server has seen so far. */
	graphRequests: () => number;
}

async function startHarness(): Promise<Harness> {
	const sandbox = createSandbox();
	let graphRequests = 0;
	const server: Server = createServer((req, res) => {
		if (req.url?.startsWith('/sandbox/graph/')) graphRequests++;
		void sandbox.handle(req, res).then((answered) => {
			if (!answered) res.writeHead(404).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const t: TestSandbox = {
		sandbox,
		origin,
		advance: () => {},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
	return {
		t,
		config: getCheckerConfig({ PUBLIC_CHECKER_MODE: 'sandbox' }, origin),
		graphRequests: () => graphRequests,
	};
}

/** Signs a scenario account in the way a check does (`/.default`) and returns the token and the trace's sign-in part. */
async function signInAs(
	h: Harness,
	scenario: string,
): Promise<{ token: string; part: SignInPart }> {
	const email = `${scenario}@harbour.sandbox.example`;
	const answer = await signIn(h.t, email, { scopes: [`${GRAPH_RESOURCE_URI}.default`] });
	const part: SignInPart = {
		outcome: 'success',
		idTokenClaims: claims(answer.id_token) as Extract<
			SignInPart,
			{ outcome: 'success' }
		>['idTokenClaims'],
		scopes: answer.scope.split(' ').filter(Boolean),
		refreshToken: Boolean(answer.refresh_token),
	};
	return { token: answer.access_token, part };
}

const diagnoseTrace = (h: Harness, recorder: TraceRecorder): Report =>
	diagnose(recorder.toTrace(), {
		registry: engineRegistry,
		consentRedirectUri: new URL(app.consentResultPath, h.t.origin).toString(),
		authorityOrigin: h.config.consentAuthorityOrigin,
	});

/** The checker's way: each stage's probes in one `$batch` (stages.ts → graph-adapter.ts → batch.ts), then diagnose. */
async function viaBatch(
	h: Harness,
	token: string,
	part: SignInPart,
	onWait?: (ms: number) => void,
): Promise<Report> {
	const recorder = new TraceRecorder();
	recorder.signIn(part);
	const graph = {
		graphBaseUrl: h.config.graphBaseUrl,
		tokenHosts: h.config.tokenHosts,
		getToken: async () => token,
	};
	await runStages(registry, new Date(), (probes, onAnswer) =>
		probeGraph(graph, {
			probes,
			record: (exchange) => recorder.exchange(exchange),
			onAnswer,
			...(onWait ? { onWait } : {}),
		}),
	);
	return diagnoseTrace(h, recorder);
}

/** The comparison: one GET per probe, one after another, through the same Graph client and middleware. */
async function viaSequential(h: Harness, token: string, part: SignInPart): Promise<Report> {
	const recorder = new TraceRecorder();
	recorder.signIn(part);
	const root = new URL(h.config.graphBaseUrl);
	const version = root.pathname.split('/').pop() ?? 'v1.0';
	const client = Client.initWithMiddleware({
		baseUrl: `${root.origin}${root.pathname.slice(0, -version.length).replace(/\/+$/, '')}`,
		defaultVersion: version,
		middleware: [
			new HostScopedTokenMiddleware({
				tokenHosts: h.config.tokenHosts,
				getToken: async () => token,
			}),
			new FetchMiddleware(globalThis.fetch.bind(globalThis)),
		],
	});
	// The same stages, each probe its own GET, one after another.
	const answers = new Map<string, ProbeAnswer>();
	for (const stage of STAGES) {
		for (const probe of planStage(registry, stage, answers, new Date())) {
			const response = (await client
				.api(probe.url)
				.responseType(ResponseType.RAW)
				.get()) as Response;
			const text = await response.text();
			const body = text ? (JSON.parse(text) as unknown) : null;
			answers.set(probe.id, { status: response.status, body });
			recorder.exchange({
				method: 'GET',
				url: `${h.config.graphBaseUrl}${probe.url}`,
				status: response.status,
				headers: Object.fromEntries(response.headers),
				body,
			});
		}
	}
	return diagnoseTrace(h, recorder);
}

interface Run {
	ms: number;
	roundTrips: number;
	report: Report;
}

function summarise(runs: readonly Run[]): Timing {
	const last = runs.at(-1);
	if (!last) throw new Error('The Graph bench needs at least one run.');
	return {
		ms: runs.map((run) => run.ms),
		roundTrips: runs.map((run) => run.roundTrips),
		report: last.report,
	};
}

async function timed(h: Harness, run: () => Promise<Report>): Promise<Run> {
	const before = h.graphRequests();
	const started = performance.now();
	const report = await run();
	return { ms: performance.now() - started, roundTrips: h.graphRequests() - before, report };
}

export async function benchGraph(options: GraphBenchOptions): Promise<GraphBenchResult> {
	const h = await startHarness();
	try {
		const ready = await signInAs(h, 'ready');
		h.t.sandbox.setFaults({ latencyMs: options.latencyMs });
		const runs = { batch: [] as Run[], sequential: [] as Run[] };
		const ways = [
			[runs.batch, () => viaBatch(h, ready.token, ready.part)],
			[runs.sequential, () => viaSequential(h, ready.token, ready.part)],
		] as const;
		for (const [, run] of ways) await run(); // one warm-up each: connections, JIT
		for (let i = 0; i < options.runs; i++) {
			for (const [seen, run] of ways) seen.push(await timed(h, run)); // interleaved, so drift hits both alike
		}

		const throttledUser = await signInAs(h, 'throttled');
		const waits: number[] = [];
		const throttledRun = await timed(h, () =>
			viaBatch(h, throttledUser.token, throttledUser.part, (ms) => waits.push(ms)),
		);
		return {
			probes: new Set(
				[...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)].map((p) => p.id),
			).size,
			batch: summarise(runs.batch),
			sequential: summarise(runs.sequential),
			throttled: {
				roundTrips: throttledRun.roundTrips,
				waits,
				ms: throttledRun.ms,
				report: throttledRun.report,
			},
		};
	} finally {
		await h.t.close();
	}
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
