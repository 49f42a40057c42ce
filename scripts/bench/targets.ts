// The stated targets a page's JavaScript is held to, as verdicts.
import type { PageBytes } from './pages.ts';
import { entryName } from './assets.ts';
import { kb, signed } from './format.ts';

/** The checker page: its island is plain HTML plus a small launcher. */
export const CHECKER_PATH = '/teams/checker/';
/** The checker's initial JS may be at most this much more (gzip) than a plain page's. */
export const CHECKER_INITIAL_BUDGET_GZIP = 20 * 1024;
/** All the JS a check loads (MSAL and the Graph client included), gzip, at most this. */
export const AFTER_PRESS_BUDGET_GZIP = 110 * 1024;
/** Once the checker page has settled, a press opens the Microsoft window within this. */
export const WINDOW_TARGET_MS = 1000;
/**
 * Articles with an interactive part built like the checker (the consent helper on
 * admin-consent): plain HTML plus one small launcher script, the island reached only through its
 * dynamic import(). The launcher is named by its entry (the script name without the hash).
 */
export const LAUNCHERS: Readonly<Record<string, { why: string; entry: string }>> = {
	'/teams/admin-consent/': {
		why: 'the consent helper',
		entry: 'ConsentHelper.astro_astro_type_script_index_0_lang',
	},
};
/**
 * Scripts Starlight itself adds to a page for what the page contains, not for anything of ours:
 * `ec` is Expressive Code's copy button, on pages with a code block (the plain page has none).
 */
export const STARLIGHT_CONTENT_SCRIPTS: readonly string[] = ['ec'];
/** A launcher (with what it imports statically) may add at most this much JS, gzip, to a plain page's. */
export const LAUNCHER_BUDGET_GZIP = 2 * 1024;

export interface Verdict {
	ok: boolean;
	text: string;
}

/**
 * An article loads only the scripts a plain Starlight page loads and hydrates no island.
 * An article with a launcher may add that one script, within LAUNCHER_BUDGET_GZIP, and its island
 * must be among the `deferred` files (those the launcher reaches only by dynamic import()).
 */
export function articleVerdict(
	path: string,
	page: PageBytes,
	baseline: PageBytes,
	deferred: readonly string[] = [],
): Verdict {
	// Starlight's own scripts for what the page holds (Expressive Code's, with a code block) and the
	// sandbox build's consent-link script are not the page's doing: their bytes are left out.
	const content = page.entries
		.filter(
			(entry) => STARLIGHT_CONTENT_SCRIPTS.includes(entry) && !baseline.entries.includes(entry),
		)
		.map((entry) => page.entrySizes[entry] ?? { raw: 0, gzip: 0 });
	const notOurs = (key: 'raw' | 'gzip') =>
		page.sandboxInlineJs[key] + content.reduce((total, s) => total + s[key], 0);
	const extra = page.js.raw - notOurs('raw') - baseline.js.raw;
	const extraGzip = page.js.gzip - notOurs('gzip') - baseline.js.gzip;
	const launcher = LAUNCHERS[path];
	const added = page.entries.filter(
		(entry) =>
			!baseline.entries.includes(entry) &&
			entry !== launcher?.entry &&
			!STARLIGHT_CONTENT_SCRIPTS.includes(entry),
	);
	if (added.length > 0) return { ok: false, text: `FAIL: loads ${added.join(', ')}` };
	if (page.islands.length > 0)
		return {
			ok: false,
			text: `FAIL: hydrates an island (${page.islands.map(entryName).join(', ')})`,
		};
	if (page.inline - page.sandboxInline > baseline.inline)
		return { ok: false, text: 'FAIL: more inline scripts' };
	if (launcher && page.entries.includes(launcher.entry)) {
		const within = extraGzip <= LAUNCHER_BUDGET_GZIP;
		const islandDeferred = deferred.length > 0;
		const sizes = `${signed(extra)} KB / ${signed(extraGzip)} gz, target ≤ +${kb(LAUNCHER_BUDGET_GZIP)} gz`;
		const island = islandDeferred
			? `island deferred (${deferred.length} files)`
			: 'FAIL: the launcher defers nothing';
		return {
			ok: within && islandDeferred,
			text: `${within ? 'ok' : 'FAIL'}: launcher only (${launcher.why}) ${sizes}, ${island}`,
		};
	}
	const sandboxNote =
		page.sandboxInline > 0
			? " (+ the sandbox build's consent-link script; none in entra builds)"
			: '';
	return {
		ok: true,
		text:
			(extra > 0 ? `ok: Starlight's scripts only (chunking +${kb(extra)} KB)` : 'ok: no extra JS') +
			sandboxNote,
	};
}

/** The checker's initial JS, gzip, at most 20 KB above the plain page's, and no MSAL or Graph client in it. */
export function checkerVerdicts(
	page: PageBytes,
	baseline: PageBytes,
): { budget: Verdict; deferred: Verdict; difference: number } {
	const difference = page.js.gzip - baseline.js.gzip;
	const budgetMet = difference <= CHECKER_INITIAL_BUDGET_GZIP;
	const early = page.initialLibraries;
	return {
		difference,
		budget: {
			ok: budgetMet,
			text: `${signed(difference)} KB gz initial, target ≤ +${kb(CHECKER_INITIAL_BUDGET_GZIP)}: ${budgetMet ? 'met' : 'NOT MET'}`,
		},
		deferred: {
			ok: early.length === 0,
			text: early.length === 0 ? 'none: met' : `${early.join(' and ')} load with the page: NOT MET`,
		},
	};
}
