// The permission changelog on /teams/reconnect/: each release, newest first, with the permissions
// it first asked for (from each permission's addedIn).
import { registry as defaultRegistry, type Permission, type Registry } from '../registry/index.ts';

/** One release in the changelog. */
export interface ChangelogEntry {
	/** The release id, e.g. `2025.4`. */
	release: string;
	/** ISO date it shipped. */
	date: string;
	/** What the release brought. */
	summary: string;
	/** The permissions it added, in the registry's order. */
	added: readonly Permission[];
	/** Whether any added permission needs an administrator's consent. */
	needsAdmin: boolean;
}

/** Releases newest first, each with the permissions it added. */
export function permissionChangelog(registry: Registry = defaultRegistry): ChangelogEntry[] {
	return registry.releases
		.map((release) => {
			const added = registry.permissions.filter((permission) => permission.addedIn === release.id);
			return {
				release: release.id,
				date: release.date,
				summary: release.summary,
				added,
				needsAdmin: added.some((permission) => permission.adminConsentRequired),
			};
		})
		.reverse();
}

/** The newest release: the permission set a connection made today consents to. */
export function latestRelease(registry: Registry = defaultRegistry): Registry['releases'][number] {
	const latest = registry.releases.at(-1);
	if (!latest) throw new Error('The registry lists no release.');
	return latest;
}

/** Formats an ISO date (`2025-11-18`) the Australian way: `18 November 2025`. */
export function formatReleaseDate(isoDate: string): string {
	return new Intl.DateTimeFormat('en-AU', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(`${isoDate}T00:00:00Z`));
}
