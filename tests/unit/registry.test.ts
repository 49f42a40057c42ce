// The registry is validated when loaded: a good registry passes as is, and each kind of mistake
// fails with a message that names the entry, the field and the fix.
import { describe, expect, test } from 'vitest';
import { registry } from '../../src/registry/index.ts';
import { defineRegistry } from '../../src/registry/registry.ts';
import { ValidationError } from '../../src/registry/friendly-errors.ts';
import {
	extraPermission,
	extraRelease,
	registryInput,
	type MutableRegistryInput,
} from './registry-fixture.ts';

/** Runs defineRegistry on a changed copy and returns the problems, or [] when it passes. */
function problemsAfter(change: (input: MutableRegistryInput) => void): readonly string[] {
	const input = registryInput();
	change(input);
	try {
		defineRegistry(input as never);
		return [];
	} catch (error) {
		if (error instanceof ValidationError) return error.problems;
		throw error;
	}
}

/** The real releases as the registry's message lists them (a new release must not break a test). */
const releaseIds = registry.releases.map((r) => r.id).join(', ');

describe('a good registry', () => {
	// No counts here: adding a permission or a feature (README, "Add or change a permission") must
	// not break a test. What must hold of any registry: every permission powers a feature, every
	// feature rests on a permission, and the newest release adds something.
	test('the real registry loads, each permission powering a feature and each feature a permission', () => {
		const featureIds = registry.features.map((f) => f.id);
		expect(registry.permissions.length).toBeGreaterThan(0);
		for (const p of registry.permissions)
			expect(
				p.features.every((f) => featureIds.includes(f)),
				p.claim,
			).toBe(true);
		for (const id of featureIds)
			expect(
				registry.permissions.some((p) => p.features.includes(id)),
				id,
			).toBe(true);
		expect(registry.permissions.some((p) => p.addedIn === registry.releases.at(-1)!.id)).toBe(true);
	});

	test.each([
		['as it is', () => {}],
		[
			'with a permission added in a new release',
			(r: MutableRegistryInput) => {
				r.releases.push(extraRelease);
				r.permissions.push({ ...extraPermission, features: [...extraPermission.features] });
			},
		],
		[
			'with a feature that has no probes',
			(r: MutableRegistryInput) => {
				r.features.push({
					id: 'presence',
					name: 'Presence',
					description: 'Live status.',
					needsMailbox: false,
					needsTeams: true,
				});
				r.permissions[0]!.features = [...r.permissions[0]!.features, 'presence'];
			},
		],
	])('passes %s', (_name, change) => {
		expect(problemsAfter(change)).toEqual([]);
	});

	test('fills defaults: a permission that shows in access tokens unless it says otherwise', () => {
		const refreshOnly = registry.permissions.filter((p) => !p.inAccessToken);
		expect(refreshOnly).toHaveLength(1);
		expect(refreshOnly[0]!.adminConsentRequired).toBe(false);
	});
});

// Each row: what is wrong, how to break the fixture, and the exact problem text.
describe.each<[string, (r: MutableRegistryInput) => void, string]>([
	[
		'a claim value with a space',
		(r) => {
			r.permissions[2]!.claim = 'Calendars Read';
		},
		'permissions[2] (Calendars Read).claim: must be a Graph scope claim value such as "Mail.Read" (found "Calendars Read")',
	],
	[
		'an unknown feature',
		(r) => {
			r.permissions[2]!.features = ['calendar'];
		},
		'permissions[2] (Calendars.Read).features[0]: unknown feature "calendar"; use one of scheduled-meetings, recording-file-notes, transcript-file-notes, meet-now, attendance, or add it to features.ts',
	],
	[
		'an unknown release',
		(r) => {
			r.permissions[6]!.addedIn = '2099.9';
		},
		`permissions[6] (Chat.Read).addedIn: unknown release "2099.9"; use one of ${releaseIds}, or add the release to releases.ts`,
	],
	[
		'a claim listed twice (in another case)',
		(r) => {
			r.permissions[3]!.claim = r.permissions[2]!.claim.toLowerCase();
		},
		'permissions[3] (calendars.read): claim value "calendars.read" is listed twice (also at permissions[2]); keep one entry',
	],
	[
		'a permission id that is not a GUID',
		(r) => {
			r.permissions[0]!.id = 'E1FE6DD8-ba31';
		},
		'permissions[0] (User.Read).id: must be a lower-case GUID such as "e1fe6dd8-ba31-4d61-89e7-88639da4683d" (found "E1FE6DD8-ba31")',
	],
	[
		'an application id that is not a GUID',
		(r) => {
			r.app = { ...r.app, applicationId: 'claras' };
		},
		'app.applicationId: must be a lower-case GUID such as "e1fe6dd8-ba31-4d61-89e7-88639da4683d" (found "claras")',
	],
	[
		'a missing reason',
		(r) => {
			delete (r.permissions[1] as Record<string, unknown>)['reason'];
		},
		'permissions[1] (offline_access).reason: is missing; add a string',
	],
	[
		'a misspelt field',
		(r) => {
			(r.permissions[1] as Record<string, unknown>)['adminConsent'] = true;
		},
		'permissions[1] (offline_access): has unknown field "adminConsent"; remove it or check the spelling',
	],
	[
		'a permission that powers nothing',
		(r) => {
			r.permissions[0]!.features = [];
		},
		'permissions[0] (User.Read).features: must name at least one feature it powers (found [])',
	],
	[
		'a feature no permission powers',
		(r) => {
			r.features.push({
				id: 'notes',
				name: 'Notes',
				description: 'Notes.',
				needsMailbox: false,
				needsTeams: false,
			});
		},
		'features[5] (notes): no permission powers feature "notes"; list it in the features of the permissions it needs',
	],
	[
		'releases out of order',
		(r) => {
			r.releases.reverse();
		},
		`releases: must be listed oldest first (by date); found ${registry.releases
			.map((r) => r.date)
			.reverse()
			.join(', ')}`,
	],
	[
		'a release date in another format',
		(r) => {
			r.releases[0]!.date = '10/02/2025';
		},
		'releases[0] (2025.1).date: must be a date written YYYY-MM-DD, such as "2025-06-01" (found "10/02/2025")',
	],
	[
		'no permissions at all',
		(r) => {
			r.permissions = [];
		},
		'permissions: must list at least 1 entry (found [])',
	],
])('a registry with %s', (_name, change, problem) => {
	test('fails with one problem that names the entry, the field and the fix', () => {
		expect(problemsAfter(change)).toEqual([problem]);
	});
});

describe('the whole message', () => {
	test('says what is invalid, lists each problem and ends with a hint', () => {
		const input = registryInput();
		input.permissions[6]!.addedIn = '2099.9';
		input.permissions[0]!.id = 'not-a-guid';
		expect(() => defineRegistry(input as never)).toThrow(
			[
				'The registry (src/registry/) is invalid:',
				'  - permissions[0] (User.Read).id: must be a lower-case GUID such as "e1fe6dd8-ba31-4d61-89e7-88639da4683d" (found "not-a-guid")',
				`  - permissions[6] (Chat.Read).addedIn: unknown release "2099.9"; use one of ${releaseIds}, or add the release to releases.ts`,
				'Hint: fix the field named above in src/registry/ (each field is documented in src/registry/schema.ts), then build again.',
			].join('\n'),
		);
	});

	test('names the source it was given', () => {
		const input = registryInput();
		input.releases[0]!.date = '10 February 2025';
		expect(() => defineRegistry(input as never, 'the fixture registry'))
			.toThrowErrorMatchingInlineSnapshot(`
			[ValidationError: The fixture registry is invalid:
			  - releases[0] (2025.1).date: must be a date written YYYY-MM-DD, such as "2025-06-01" (found "10 February 2025")
			Hint: fix the field named above in src/registry/ (each field is documented in src/registry/schema.ts), then build again.]
		`);
	});
});
