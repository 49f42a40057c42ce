// The stated targets a page's JavaScript is held to (issues 2, 5 and 6), as verdicts.
import type { PageBytes } from './pages.ts';
import { entryName } from './assets.ts';
import { kb, signed } from './format.ts';

/** The checker page (issue 5): its island is plain HTML plus a small launcher. */
export const CHECKER_PATH = '/teams/checker/';
/** Issue 5: the checker's initial JS may be at most this much more (gzip) than a plain page's. */
export const CHECKER_INITIAL_BUDGET_GZIP = 20 * 1024;
/** Articles that must hydrate an island, and why (issue 6 puts the consent helper on admin-consent). */
export const PERMITTED_ISLANDS: Readonly<Record<string, string>> = {
	'/teams/admin-consent/': 'issue 6 consent helper',
};

export interface Verdict {
	ok: boolean;
	text: string;
}

/**
 * An article loads only the scripts a plain Starlight page loads (issue 2), except that a permitted
 * island may add its own modules and Astro's inline island loader; its extra bytes are shown.
 */
export function articleVerdict(path: string, page: PageBytes, baseline: PageBytes): Verdict {
	const extra = page.js.raw - baseline.js.raw;
	const extraGzip = page.js.gzip - baseline.js.gzip;
	const added = page.entries.filter((entry) => !baseline.entries.includes(entry));
	if (added.length > 0) return { ok: false, text: `FAIL: loads ${added.join(', ')}` };
	if (page.islands.length > 0) {
		const why = PERMITTED_ISLANDS[path];
		const names = page.islands.map(entryName).join(', ');
		if (!why) return { ok: false, text: `FAIL: hydrates an island (${names})` };
		return { ok: true, text: `ok: permitted island (${why}) ${signed(extra)} KB / ${signed(extraGzip)} gz` };
	}
	if (page.inline > baseline.inline) return { ok: false, text: 'FAIL: more inline scripts' };
	return { ok: true, text: extra > 0 ? `ok: Starlight's scripts only (chunking +${kb(extra)} KB)` : 'ok: no extra JS' };
}

/** Issue 5: the checker's initial JS, gzip, at most 20 KB above the plain page's, and no MSAL or Graph client in it. */
export function checkerVerdicts(page: PageBytes, baseline: PageBytes): { budget: Verdict; deferred: Verdict; difference: number } {
	const difference = page.js.gzip - baseline.js.gzip;
	const budgetMet = difference <= CHECKER_INITIAL_BUDGET_GZIP;
	const early = page.initialLibraries;
	return {
		difference,
		budget: { ok: budgetMet, text: `${signed(difference)} KB gz initial, target ≤ +${kb(CHECKER_INITIAL_BUDGET_GZIP)}: ${budgetMet ? 'met' : 'NOT MET'}` },
		deferred: { ok: early.length === 0, text: early.length === 0 ? 'none: met' : `${early.join(' and ')} load with the page: NOT MET` },
	};
}
