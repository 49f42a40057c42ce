// Starlight route middleware. Last-updated dates come from git (Starlight's `lastUpdated`); a page
// git knows nothing about (not committed yet, or a build from a tarball without .git) would show
// no date, so it gets the newest commit's date, or failing that the build's.
import { execFileSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

function newestCommitDate(): Date | undefined {
	try {
		const seconds = Number(
			execFileSync('git', ['log', '-1', '--format=%ct'], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim(),
		);
		return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
	} catch {
		return undefined; // no git, or no commit: fall back to the build time
	}
}

const fallbackDate = newestCommitDate() ?? new Date();

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.data.lastUpdated === false) return;
	route.lastUpdated ??= fallbackDate;
});
