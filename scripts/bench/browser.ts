// What the user feels: the built site in real Chromium with its popup blocker on
// (Playwright turns it off by default, which hides a blocked window), on three links throttled
// through CDP. Per link: the press → the Microsoft (sandbox) window, and the press → the verdict
// for the `ready` account, beside the floor for that link, plus any CSP violation event.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { withPopupBlocker } from '../chromium.ts';

export interface Link {
	name: string;
	kbps: number;
	rttMs: number;
}

export const LINKS: readonly Link[] = [
	{ name: '10 Mbit/s, 40 ms', kbps: 10_000, rttMs: 40 },
	{ name: '1.6 Mbit/s, 150 ms', kbps: 1_600, rttMs: 150 },
	{ name: '400 kbit/s, 400 ms', kbps: 400, rttMs: 400 },
];

/**
 * The exchanges a check cannot avoid after the press, each one round trip: the authorize page in
 * the window, the account's sign-in POST (answered with the redirect), the redirect bridge page
 * (its script is in the page), the token request, then each Graph `$batch` stage (counted per run).
 */
export const FIXED_ROUND_TRIPS = 4;

export interface BrowserRun {
	link: Link;
	/** Page load → the checker's code fetched in the background (data-checker-ready). */
	settledMs: number;
	/** Press → window.open returned a window (0 floor: the code is already here). */
	windowMs: number | undefined;
	/** The browser refused the window, or the page left for a full redirect instead. */
	blocked: boolean;
	redirected: boolean;
	/** Press → the verdict, leaving out the time the account picker waited for a choice. */
	verdictMs: number | undefined;
	/** The floor for the verdict on this link: round trips × RTT + bytes ÷ bandwidth. */
	floorMs: number;
	roundTrips: number;
	bytes: number;
	/** Every securitypolicyviolation event in the page and the window, as `directive blocked-uri`. */
	violations: string[];
}

// Runs in every page before its scripts: when the press and the window happened, and CSP events.
const probe = () => {
	const w = window as unknown as {
		__bench: { pressAt?: number; openAt?: number; opened?: boolean; csp: string[] };
	};
	w.__bench = { csp: [] };
	document.addEventListener(
		'securitypolicyviolation',
		(e) => w.__bench.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
		true,
	);
	document.addEventListener(
		'click',
		(e) => {
			if ((e.target as Element | null)?.closest?.('[data-checker-start]'))
				w.__bench.pressAt ??= performance.now();
		},
		true,
	);
	const open = window.open.bind(window);
	window.open = (...args) => {
		const opened = open(...args);
		w.__bench.openAt ??= performance.now();
		w.__bench.opened ??= opened !== null;
		return opened;
	};
};

type BenchState = { pressAt?: number; openAt?: number; opened?: boolean; csp: string[] };
const state = (page: Page) =>
	page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** Throttles one page's network (each popup is its own target, so it is throttled on its own). */
async function throttle(
	context: BrowserContext,
	page: Page,
	link: Link,
	bytes: { total: number },
): Promise<CDPSession> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const throughput = (link.kbps * 1000) / 8;
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: link.rttMs,
		downloadThroughput: throughput,
		uploadThroughput: throughput,
	});
	cdp.on(
		'Network.loadingFinished',
		(event: { encodedDataLength: number }) => (bytes.total += event.encodedDataLength),
	);
	return cdp;
}

async function startServer(root: string, port: number): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		[resolve(import.meta.dirname, '..', 'serve.ts'), '--port', String(port), '--root', root],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(`http://localhost:${port}/`).then(
				(r) => r.ok,
				() => false,
			)
		)
			return server;
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`The site server on port ${port} did not start.`);
}

async function runLink(context: BrowserContext, origin: string, link: Link): Promise<BrowserRun> {
	await fetch(`${origin}/sandbox/_reset`, { method: 'POST' });
	const page = await context.newPage();
	const bytes = { total: 0 };
	await throttle(context, page, link, bytes);
	const started = Date.now();
	await page.goto(`${origin}/teams/checker/`, { waitUntil: 'load', timeout: 90_000 });
	await page.locator('[data-checker-ready]').waitFor({ state: 'attached', timeout: 90_000 });
	const settledMs = Date.now() - started;

	let batches = 0;
	page.on('request', (request) => void (request.url().includes('$batch') && batches++));
	const popupBytes = { total: 0 };
	const popupPromise = context.waitForEvent('page', { timeout: 30_000 }).then(async (popup) => {
		await throttle(context, popup, link, popupBytes).catch(() => {});
		return popup;
	});
	const left = page.waitForURL(/\/sandbox\//, { timeout: 30_000 }).then(
		() => true,
		() => false,
	);
	bytes.total = 0;
	const pressed = Date.now();
	await page.getByRole('button', { name: 'Check my connection' }).click();
	const popup = await Promise.race([popupPromise, left.then(() => undefined)]);
	const seen = await state(page).catch(() => undefined);
	const windowMs =
		seen?.openAt !== undefined && seen.pressAt !== undefined
			? seen.openAt - seen.pressAt
			: undefined;
	const run: BrowserRun = {
		link,
		settledMs,
		windowMs,
		blocked: seen?.opened === false,
		redirected: false,
		verdictMs: undefined,
		floorMs: 0,
		roundTrips: 0,
		bytes: 0,
		violations: [...(seen?.csp ?? [])],
	};
	if (!popup || run.blocked) {
		run.redirected = await left;
		await page.close();
		return run;
	}
	const account = popup.getByRole('button', { name: /(^|\s)ready@/ });
	await account.waitFor({ timeout: 60_000 });
	const shown = Date.now();
	run.violations.push(...((await state(popup).catch(() => undefined))?.csp ?? []));
	const picked = Date.now();
	await account.click();
	await page
		.getByRole('heading', { level: 2, name: /^(Ready|Action needed)/ })
		.waitFor({ timeout: 90_000 });
	run.verdictMs = shown - pressed + (Date.now() - picked);
	run.violations.push(
		...((await state(page))?.csp ?? []).filter((v) => !run.violations.includes(v)),
	);
	run.roundTrips = FIXED_ROUND_TRIPS + batches;
	run.bytes = bytes.total + popupBytes.total;
	run.floorMs = run.roundTrips * link.rttMs + (run.bytes * 8) / link.kbps;
	await page.close();
	return run;
}

/** Serves `siteDir` on `port` (with the sandbox) and measures each link, one after another. */
export async function benchBrowser(
	siteDir: string,
	port: number,
	links: readonly Link[] = LINKS,
): Promise<BrowserRun[]> {
	const server = await startServer(siteDir, port);
	const browser = await chromium.launch(withPopupBlocker);
	try {
		const runs: BrowserRun[] = [];
		for (const link of links) {
			const context = await browser.newContext(); // a cold cache for each link
			await context.addInitScript(probe);
			runs.push(await runLink(context, `http://localhost:${port}`, link));
			await context.close();
		}
		return runs;
	} finally {
		await browser.close();
		server.kill();
	}
}
