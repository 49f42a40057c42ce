// End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here)
// against the built site served with the sandbox by scripts/serve.ts.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath as executablePath } from './scripts/chromium.ts';

if (!existsSync(executablePath)) {
	throw new Error(
		`Chromium was not found at ${executablePath}. Install it with: sudo apt-get update && sudo apt-get install -y chromium` +
			' (or set CHROMIUM_PATH to a Chromium or Chrome binary).',
	);
}

const firstPort = Number(process.env['E2E_PORT'] ?? 4400);
// The checker, sandbox and admin specs reset the sandbox before each test and follow consent
// through it, so two tests must never share one. Each worker gets its own server (and so its own
// sandbox) on firstPort + its parallel index; the checker derives its authority and Graph URLs from
// the page's origin (src/checker/config.ts), so nothing else needs to know the port.
const workers = Number(process.env['E2E_WORKERS'] ?? 2);
if (!Number.isInteger(workers) || workers < 1) {
	throw new Error(
		`E2E_WORKERS must be a whole number of at least 1, not "${process.env['E2E_WORKERS']}".`,
	);
}
const origin = (index: number) => `http://localhost:${firstPort + index}`;
// Playwright sets TEST_PARALLEL_INDEX (0 … workers - 1, kept when a worker restarts) in each worker
// before it loads this file: https://playwright.dev/docs/api/class-testinfo#test-info-parallel-index
export const baseURL = origin(Number(process.env['TEST_PARALLEL_INDEX'] ?? 0));

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env['CI'],
	retries: process.env['CI'] ? 1 : 0,
	workers,
	// Tests, not files, are shared out between the workers, so one long file does not keep one
	// worker busy while the other has finished. A test never shares its worker's sandbox (a worker
	// runs one test at a time); files whose tests follow on from each other say `mode: 'serial'`.
	fullyParallel: true,
	reporter: process.env['CI']
		? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
		: 'list',
	timeout: 30_000,
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [...chromiumArgs],
		},
		// Recording a trace costs every test time (about 14% of the checker and site specs), so only a
		// retried test records one: CI retries a failure once. Locally: `npx playwright test --trace on`.
		trace: 'on-first-retry',
	},
	webServer: Array.from({ length: workers }, (_, index) => ({
		command: `node scripts/serve.ts --port ${firstPort + index} --root ${process.env['E2E_DIST'] ?? 'dist'}`,
		url: `${origin(index)}/`,
		reuseExistingServer: !process.env['CI'],
		stdout: 'pipe' as const,
		stderr: 'pipe' as const,
		timeout: 30_000,
	})),
});
