// Build time: the help centre beside a plain Starlight site with the same number of
// pages (scripts/bench/baseline.ts writes them from the site's own articles), built one after the
// other, interleaved, so load on the machine hits both alike. The median of the runs is compared.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaselinePages } from './baseline.ts';
import { percentile } from './graph-round-trips.ts';

/** The site may take at most this many times as long to build as plain Starlight. */
export const BUILD_RATIO_TARGET = 1.2;

export interface BuildTimes {
	site: number[];
	baseline: number[];
	sitePages: number;
	baselinePages: number;
	ratio: number;
}

function build(astro: string, cwd: string, label: string, args: string[]): number {
	const started = performance.now();
	try {
		execFileSync(astro, ['build', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
	} catch (error) {
		const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
		console.error(`The ${label} build failed:\n${stderr.trim().split('\n').slice(-20).join('\n')}`);
		process.exit(2);
	}
	return (performance.now() - started) / 1000;
}

/** The HTML pages a build wrote (what "the same number of pages" counts). */
export function htmlPages(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	).length;
}

/**
 * Builds the site into `siteDir` and the baseline into `baselineDir`, `runs` times each. The first
 * site build counts the pages the baseline must have: its own plain page and 404 plus one page per
 * article, padded with copies.
 */
export function timeBuilds(
	root: string,
	siteDir: string,
	baselineDir: string,
	runs: number,
): BuildTimes {
	const astro = join(root, 'node_modules', '.bin', 'astro');
	const baselineRoot = join(root, 'bench', 'baseline');
	const site: number[] = [];
	const baseline: number[] = [];
	for (let run = 0; run < runs; run++) {
		site.push(build(astro, root, 'help centre', ['--outDir', siteDir]));
		if (run === 0)
			writeBaselinePages(
				join(root, 'src', 'content', 'docs'),
				baselineRoot,
				Math.max(1, htmlPages(siteDir) - 2),
			);
		baseline.push(
			build(astro, root, 'baseline', ['--root', 'bench/baseline', '--outDir', baselineDir]),
		);
	}
	const ratio = percentile(site, 50) / percentile(baseline, 50);
	return {
		site,
		baseline,
		sitePages: htmlPages(siteDir),
		baselinePages: htmlPages(baselineDir),
		ratio,
	};
}
