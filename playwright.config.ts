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

const port = Number(process.env['E2E_PORT'] ?? 4400);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env['CI'],
	retries: process.env['CI'] ? 1 : 0,
	// One worker: the checker, sandbox and admin specs share the one sandbox and reset it before each
	// test, so two workers would undo each other's consent. The whole suite takes ~3.5 minutes.
	workers: 1,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [...chromiumArgs],
		},
		trace: 'retain-on-failure',
	},
	webServer: {
		command: `node scripts/serve.ts --port ${port} --root ${process.env['E2E_DIST'] ?? 'dist'}`,
		url: `${baseURL}/`,
		reuseExistingServer: !process.env['CI'],
		stdout: 'pipe',
		stderr: 'pipe',
		timeout: 30_000,
	},
});
