// Build time: the help centre beside a plain Starlight site with the same number of
// pages (scripts/bench/baseline.ts writes them from the site's own articles), built one after the
// other, interleaved, so load on the machine hits both alike. The median of the runs is compared.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaselinePages } from './baseline.ts';
import { percentile } from './graph-round-trips.ts';

/** The site may take at most this many times as long to build as plain Starlight. */
export const BUILD_RATIO_TARGET = 1.2;

/** Where a build's time went, in seconds, read from what `astro build` prints. */
export interface BuildPhases {
	/** Before Astro's build timer starts: Node, the CLI, the configuration and its integrations. */
	startup: number;
	/** Vite's server (prerender) build. */
	server: number;
	/** Vite's client build: every script and island the pages load. */
	client: number;
	/** Rendering the pages. */
	render: number;
	/** The rest: content sync, assets, Pagefind, the integrations' build-done steps. */
	other: number;
}

export interface BuildTimes {
	site: number[];
	baseline: number[];
	/** Each run's phases, in the order of `site` and `baseline`; missing where the output was not read. */
	sitePhases: (BuildPhases | undefined)[];
	baselinePhases: (BuildPhases | undefined)[];
	sitePages: number;
	baselinePages: number;
	ratio: number;
}

/** `923ms`, `1.09s` → seconds. */
const duration = (text: string) =>
	text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));

/**
 * A build's phases from Astro's output (colours stripped) and its wall time: the two Vite builds'
 * "built in", the page generation's "Completed in" and the total "page(s) built in". Undefined
 * when Astro printed something else (another Astro version): the bench then shows totals only.
 */
export function buildPhases(output: string, wall: number): BuildPhases | undefined {
	const text = output.replace(/\x1b\[[0-9;]*m/g, '');
	const vite = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].map((m) => duration(m[1]!));
	const render = /^\S+ ✓ Completed in ([\d.]+m?s)\.?$/m.exec(text)?.[1];
	const total = /\[build\] \d+ page\(s\) built in ([\d.]+m?s)/.exec(text)?.[1];
	if (vite.length !== 2 || !render || !total) return undefined;
	const [server, client] = vite as [number, number];
	const built = duration(total);
	const rendered = duration(render);
	return {
		startup: Math.max(0, wall - built),
		server,
		client,
		render: rendered,
		other: Math.max(0, built - server - client - rendered),
	};
}

/** One build: its wall time, and its phases where Astro's output could be read. */
interface Timed {
	wall: number;
	phases: BuildPhases | undefined;
}

function build(astro: string, cwd: string, label: string, args: string[]): Timed {
	const started = performance.now();
	let output = '';
	try {
		output = execFileSync(astro, ['build', ...args], {
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const stderr = (error as { stderr?: Buffer | string }).stderr?.toString() ?? '';
		console.error(`The ${label} build failed:\n${stderr.trim().split('\n').slice(-20).join('\n')}`);
		process.exit(2);
	}
	const wall = (performance.now() - started) / 1000;
	return { wall, phases: buildPhases(output, wall) };
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
	const site: Timed[] = [];
	const baseline: Timed[] = [];
	for (let run = 0; run < runs; run++) {
		site.push(build(astro, root, 'help centre', ['--outDir', siteDir]));
		if (run === 0)
			writeBaselinePages(
				join(root, 'src', 'content', 'docs'),
				baselineRoot,
				Math.max(1, htmlPages(siteDir) - 2),
				(path) => {
					try {
						return readFileSync(join(siteDir, path), 'utf8');
					} catch {
						return undefined;
					}
				},
			);
		baseline.push(
			build(astro, root, 'baseline', ['--root', 'bench/baseline', '--outDir', baselineDir]),
		);
	}
	const walls = (runs: Timed[]) => runs.map((run) => run.wall);
	const ratio = percentile(walls(site), 50) / percentile(walls(baseline), 50);
	return {
		site: walls(site),
		baseline: walls(baseline),
		sitePhases: site.map((run) => run.phases),
		baselinePhases: baseline.map((run) => run.phases),
		sitePages: htmlPages(siteDir),
		baselinePages: htmlPages(baselineDir),
		ratio,
	};
}

const PHASES: readonly (keyof BuildPhases)[] = ['startup', 'server', 'client', 'render', 'other'];

/** Rows of phase, site median, baseline median and their difference; undefined if any run went unread. */
export function phaseTable(
	site: readonly (BuildPhases | undefined)[],
	baseline: readonly (BuildPhases | undefined)[],
): string[][] | undefined {
	const read = (runs: readonly (BuildPhases | undefined)[]) =>
		runs.every((run): run is BuildPhases => run !== undefined) && runs.length > 0
			? runs
			: undefined;
	const s = read(site);
	const b = read(baseline);
	if (!s || !b) return undefined;
	const median = (runs: readonly BuildPhases[], phase: keyof BuildPhases) =>
		percentile(
			runs.map((run) => run[phase]),
			50,
		);
	return PHASES.map((phase) => {
		const ours = median(s, phase);
		const plain = median(b, phase);
		const diff = ours - plain;
		return [
			phase,
			`${ours.toFixed(2)} s`,
			`${plain.toFixed(2)} s`,
			`${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(2)} s`,
		];
	});
}
