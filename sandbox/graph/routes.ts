// Answers one Graph v1.0 request for a signed-in account. The routes are the registry's probe paths
// (src/registry/probes.ts), each answered as answers.ts says: the scope check Graph makes for the
// resource, the mailbox 404 for accounts without an Exchange Online mailbox, the Teams licence 403
// for accounts without Teams, then the data, `$select`ed. Nothing the checker never asks is served.
import { registry as defaultRegistry, type Registry } from '../../src/registry/index.ts';
import type { Account } from '../scenarios.ts';
import { graphAnswers, type GraphAnswer } from './answers.ts';
import { calendarOf, hasTeams } from './data.ts';
import { graphErrors, type GraphResult } from './errors.ts';

export interface Caller {
	account: Account;
	/** The access token's scopes. */
	scp: readonly string[];
}

export interface GraphRoute extends GraphAnswer {
	/** The probe whose path this is. */
	probe: string;
	/** The probe's path without its query, each `{placeholder}` one path segment. */
	pattern: RegExp;
}

/** A probe path as a pattern: `/me/onlineMeetings/{meetingId}/recordings?…` → one segment for the id. */
export function pathPattern(probePath: string): RegExp {
	const path = probePath.split('?')[0]!;
	const source = path
		.split(/\{[^}]+\}/)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('([^/]+)');
	return new RegExp(`^${source}$`, 'i');
}

/**
 * The routes for a registry's probes (each distinct probe once), answered as `answers` says. A
 * probe without an answer is a mistake in the sandbox, reported when the sandbox loads.
 */
export function graphRoutes(
	registry: Pick<Registry, 'baseProbes' | 'features'> = defaultRegistry,
	answers: Readonly<Record<string, GraphAnswer>> = graphAnswers,
): GraphRoute[] {
	const routes = new Map<string, GraphRoute>();
	for (const probe of [...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)]) {
		if (routes.has(probe.id)) continue;
		const answer = answers[probe.id];
		if (!answer)
			throw new Error(
				`The sandbox has no Graph answer for probe "${probe.id}" (${probe.path}): add one to sandbox/graph/answers.ts`,
			);
		routes.set(probe.id, { ...answer, probe: probe.id, pattern: pathPattern(probe.path) });
	}
	return [...routes.values()];
}

const defaultRoutes = graphRoutes();

export function dispatch(
	caller: Caller,
	method: string,
	relativeUrl: string,
	base: string,
	now: number,
	routes: readonly GraphRoute[] = defaultRoutes,
): GraphResult {
	const url = new URL(
		relativeUrl.startsWith('/') ? relativeUrl : `/${relativeUrl}`,
		'http://graph.local',
	);
	const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
	const route = routes.find((r) => r.pattern.test(path));
	if (!route) return graphErrors.noRoute(path, now);
	if (method !== 'GET') return graphErrors.methodNotAllowed(now);
	const scp = caller.scp.map((s) => s.toLowerCase());
	if (!route.anyOf.some((s) => scp.includes(s.toLowerCase()))) {
		if (route.kind === 'outlook') return graphErrors.outlookDenied(now);
		if (route.kind === 'teams')
			return graphErrors.teamsDenied(route.anyOf, caller.scp.join(' '), now);
		return graphErrors.directoryDenied(now);
	}
	const { account } = caller;
	if (route.kind === 'outlook' && account.mailbox !== 'active')
		return graphErrors.mailboxUnavailable(now);
	if (route.kind === 'teams' && !hasTeams(account)) return graphErrors.teamsLicence(now);
	const param = route.pattern.exec(path)?.[1];
	return route.answer({
		account,
		query: url.searchParams,
		base,
		now,
		calendar: calendarOf(account, now),
		...(param === undefined ? {} : { param }),
	});
}
