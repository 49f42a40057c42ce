// Builds and validates a registry from its parts. Kept apart from index.ts so tests can validate
// fixture registries (good and broken) with the same rules the build uses.
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { registrySchema, type Registry, type RegistryInput } from './schema.ts';

const crossChecked = registrySchema.superRefine((registry, ctx) => {
	const featureIds = new Set(registry.features.map((feature) => feature.id));
	const releaseIds = new Set(registry.releases.map((release) => release.id));
	const unique = <T>(items: readonly T[], key: (item: T) => string, path: string, what: string) => {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const value = key(item);
			const normalised = value.toLowerCase();
			if (seen.has(normalised)) {
				ctx.addIssue({
					code: 'custom',
					path: [path, index],
					message: `${what} "${value}" is listed twice (also at ${path}[${seen.get(normalised)}]); keep one entry`,
				});
			} else seen.set(normalised, index);
		});
	};
	unique(registry.permissions, (p) => p.claim, 'permissions', 'claim value');
	unique(registry.permissions, (p) => p.id, 'permissions', 'permission id');
	unique(registry.features, (f) => f.id, 'features', 'feature id');
	unique(registry.releases, (r) => r.id, 'releases', 'release id');
	// A probe shared by several features appears in each with the same definition: count it once.
	const allProbes = [...registry.baseProbes, ...registry.features.flatMap((f) => f.probes)];
	const distinctProbes = allProbes.filter(
		(probe, index) =>
			allProbes.findIndex((p) => JSON.stringify(p) === JSON.stringify(probe)) === index,
	);
	unique(distinctProbes, (p) => p.id, 'probes', 'probe id');
	const stageOf = new Map(distinctProbes.map((p) => [p.id, p.stage]));
	distinctProbes.forEach((probe) => {
		const where = ['probes', probe.id];
		if (probe.stage === 1 && probe.after !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: where,
				message: `a stage 1 probe needs no answer before it; remove "after"`,
			});
		if (
			probe.stage > 1 &&
			(probe.after === undefined || stageOf.get(probe.after) !== probe.stage - 1)
		) {
			ctx.addIssue({
				code: 'custom',
				path: where,
				message: `a stage ${probe.stage} probe must name in "after" a probe of stage ${probe.stage - 1}`,
			});
		}
	});

	registry.permissions.forEach((permission, index) => {
		permission.features.forEach((feature, f) => {
			if (!featureIds.has(feature)) {
				ctx.addIssue({
					code: 'custom',
					path: ['permissions', index, 'features', f],
					message: `unknown feature "${feature}"; use one of ${[...featureIds].join(', ')}, or add it to features.ts`,
				});
			}
		});
		if (!releaseIds.has(permission.addedIn)) {
			ctx.addIssue({
				code: 'custom',
				path: ['permissions', index, 'addedIn'],
				message: `unknown release "${permission.addedIn}"; use one of ${[...releaseIds].join(', ')}, or add the release to releases.ts`,
			});
		}
	});
	// With no permissions at all, the list's own message says enough; skip a cascade of orphans.
	registry.features.forEach((feature, index) => {
		if (
			registry.permissions.length > 0 &&
			!registry.permissions.some((p) => (p.features as readonly string[]).includes(feature.id))
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['features', index],
				message: `no permission powers feature "${feature.id}"; list it in the features of the permissions it needs`,
			});
		}
	});
	const dates = registry.releases.map((r) => r.date);
	if (dates.some((date, i) => i > 0 && date < dates[i - 1]!)) {
		ctx.addIssue({
			code: 'custom',
			path: ['releases'],
			message: `must be listed oldest first (by date); found ${dates.join(', ')}`,
		});
	}
});

/** Names the entry an array index points at, so messages say `permissions[2] (Mail.Read)`. */
function labelEntry(data: unknown) {
	return (path: readonly PropertyKey[]): string | undefined => {
		let current: unknown = data;
		for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
		if (current && typeof current === 'object') {
			const entry = current as Record<string, unknown>;
			const name = entry['claim'] ?? entry['id'];
			return typeof name === 'string' ? name : undefined;
		}
		return undefined;
	};
}

/** Validates a registry, throwing a message that names the entry, the field and the fix. */
export function defineRegistry(
	input: RegistryInput,
	source = 'the registry (src/registry/)',
): Registry {
	return parseWithFriendlyErrors(crossChecked, input, {
		source,
		hint: 'fix the field named above in src/registry/ (each field is documented in src/registry/schema.ts), then build again.',
		label: labelEntry(input),
	});
}
