// How the tests and the bench start Debian's Chromium (Playwright cannot download its own browser
// here): one binary, one set of flags. Without the background-networking flags, Chromium's own
// connections are refused by this machine's closed network, many at a time.
import type { LaunchOptions } from '@playwright/test';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-gpu',
	'--no-first-run',
];

/**
 * Chromium as a real user has it: Playwright passes --disable-popup-blocking by default, which
 * hides how a browser treats a sign-in window opened too late.
 */
export const withPopupBlocker: LaunchOptions = {
	executablePath: chromiumPath,
	args: [...chromiumArgs],
	ignoreDefaultArgs: ['--disable-popup-blocking'],
};
