// Everything the site publishes is derived from the registry: the table, the changelog, the JSON,
// the Entra manifest, the consent link and the admin commands. Adding one permission to a fixture
// registry must show up in every one of them.
import { describe, expect, test } from 'vitest';
import {
	adminConsentUrl,
	adminConsentUrlTemplate,
	adminOnlyPermissions,
	azureCliScript,
	azureCliSteps,
	checkTenant,
	entraManifestFragment,
	entraManifestJson,
	formatReleaseDate,
	latestRelease,
	permissionChangelog,
	permissionRows,
	permissionsJson,
	powerShellScript,
	powerShellSteps,
} from '../../src/derive/index.ts';
import { registry, type Registry } from '../../src/registry/index.ts';
import { defineRegistry } from '../../src/registry/registry.ts';
import { extraPermission, extraRelease, registryInput } from './registry-fixture.ts';

const claims = (list: readonly { claim: string }[]) => list.map((p) => p.claim);
const TENANT = '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182';

/** The real registry plus one permission in a new release. */
function registryWithExtraPermission(): Registry {
	const input = registryInput();
	input.releases.push(extraRelease);
	input.permissions.push({ ...extraPermission, features: [...extraPermission.features] });
	return defineRegistry(input as never, 'the fixture registry');
}

describe('permission rows', () => {
	const rows = permissionRows();

	test('one row per permission, in the registry order', () => {
		expect(claims(rows)).toEqual(claims(registry.permissions));
	});

	describe.each(registry.permissions.map((p) => [p.claim, p] as const))(
		'the row for %s',
		(claim, permission) => {
			const row = rows.find((r) => r.claim === claim)!;
			test('carries the wording, reason, id and admin flag', () => {
				expect(row).toMatchObject({
					consentText: permission.consentText,
					reason: permission.reason,
					id: permission.id,
					adminConsentRequired: permission.adminConsentRequired,
				});
			});
			test('names each feature it powers', () => {
				expect(row.features.map((f) => f.id)).toEqual(permission.features);
				for (const feature of row.features) {
					expect(feature.name).toBe(registry.features.find((f) => f.id === feature.id)!.name);
				}
			});
		},
	);

	test('admin-only permissions are the recording and transcript ones', () => {
		expect(claims(adminOnlyPermissions())).toEqual([
			'OnlineMeetingRecording.Read.All',
			'OnlineMeetingTranscript.Read.All',
		]);
	});
});

describe('the permission changelog', () => {
	const changelog = permissionChangelog();

	test('lists releases newest first, each permission under the release that added it', () => {
		expect(changelog.map((entry) => [entry.release, claims(entry.added), entry.needsAdmin]))
			.toMatchInlineSnapshot(`
			[
			  [
			    "2025.4",
			    [
			      "Chat.Read",
			      "OnlineMeetingArtifact.Read.All",
			    ],
			    false,
			  ],
			  [
			    "2025.1",
			    [
			      "User.Read",
			      "offline_access",
			      "Calendars.Read",
			      "OnlineMeetings.Read",
			      "OnlineMeetingRecording.Read.All",
			      "OnlineMeetingTranscript.Read.All",
			    ],
			    true,
			  ],
			]
		`);
	});

	test('lists every permission exactly once', () => {
		expect(changelog.flatMap((entry) => claims(entry.added)).sort()).toEqual(
			claims(registry.permissions).sort(),
		);
	});

	test('knows the latest release', () => {
		expect(latestRelease().id).toBe(changelog[0]!.release);
	});

	test.each([
		['2025-02-10', '10 February 2025'],
		['2025-11-18', '18 November 2025'],
	])('writes %s as %s', (iso, written) => {
		expect(formatReleaseDate(iso)).toBe(written);
	});
});

describe('/teams/permissions.json', () => {
	const json = permissionsJson();

	test('names the app and Microsoft Graph', () => {
		expect(json.version).toBe(1);
		expect(json.application).toEqual({
			name: registry.app.name,
			applicationId: registry.app.applicationId,
		});
		expect(json.resource.appId).toBe('00000003-0000-0000-c000-000000000000');
	});

	test('lists every permission with its id and the scope to ask for', () => {
		expect(json.permissions.map((p) => [p.claim, p.id, p.type])).toEqual(
			registry.permissions.map((p) => [p.claim, p.id, 'Scope']),
		);
		expect(json.permissions.find((p) => p.claim === 'Calendars.Read')!.scope).toBe(
			'https://graph.microsoft.com/Calendars.Read',
		);
		expect(json.permissions.find((p) => p.claim === 'offline_access')!.scope).toBe(
			'offline_access',
		);
	});

	test('survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe('the Entra manifest fragment', () => {
	test('asks Microsoft Graph for each permission as a delegated scope', () => {
		const [access] = entraManifestFragment().requiredResourceAccess;
		expect(access.resourceAppId).toBe('00000003-0000-0000-c000-000000000000');
		expect(access.resourceAccess).toEqual(
			registry.permissions.map((p) => ({ id: p.id, type: 'Scope' })),
		);
	});

	test('is published as two-space JSON ending in a newline', () => {
		const text = entraManifestJson();
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(entraManifestFragment());
	});
});

describe('the admin consent link', () => {
	test.each([
		['no tenant', undefined, '/organizations/v2.0/adminconsent'],
		['a tenant id', TENANT, `/${TENANT}/v2.0/adminconsent`],
		['a verified domain', 'contoso.com.au', '/contoso.com.au/v2.0/adminconsent'],
	])(
		'for %s goes to Microsoft with the app, every scope and the result page',
		(_name, tenant, path) => {
			const url = new URL(adminConsentUrl({ tenant }));
			expect(url.origin + url.pathname).toBe(`https://login.microsoftonline.com${path}`);
			expect(url.searchParams.get('client_id')).toBe(registry.app.applicationId);
			expect(url.searchParams.get('scope')!.split(' ')).toHaveLength(registry.permissions.length);
			expect(url.searchParams.get('redirect_uri')).toBe(
				'https://help.claras.ai/teams/admin-consent/result/',
			);
			expect(url.searchParams.has('state')).toBe(false);
		},
	);

	test('carries state, and can point at another authority and origin (the sandbox)', () => {
		const url = new URL(
			adminConsentUrl({
				tenant: TENANT,
				state: 'abc',
				origin: 'http://localhost:4321',
				authorityOrigin: 'http://localhost:4321/sandbox',
			}),
		);
		expect(url.href.startsWith(`http://localhost:4321/sandbox/${TENANT}/v2.0/adminconsent?`)).toBe(
			true,
		);
		expect(url.searchParams.get('state')).toBe('abc');
		expect(url.searchParams.get('redirect_uri')).toBe(
			'http://localhost:4321/teams/admin-consent/result/',
		);
	});

	test('has a template with {tenant} in place of the tenant', () => {
		expect(
			adminConsentUrlTemplate().startsWith(
				'https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id=',
			),
		).toBe(true);
	});
});

describe.each([
	['common', 'is not a tenant'],
	["contoso.com'; Remove-MgServicePrincipal", 'is not a tenant'],
	['', 'is not a tenant'],
])('a tenant of %j', (tenant, text) => {
	test('is refused before it reaches a link or a command', () => {
		expect(() => checkTenant(tenant)).toThrow(text);
		expect(() => powerShellScript({ tenant: tenant || 'x' })).toThrow(text);
	});
});

describe('the PowerShell', () => {
	test('signs in, finds both apps by app id, grants for everyone and checks', () => {
		expect(powerShellScript({ tenant: TENANT })).toMatchInlineSnapshot(`
			"# Sign in as an admin who can grant consent.
			Connect-MgGraph -TenantId '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182' -Scopes 'Application.ReadWrite.All','DelegatedPermissionGrant.ReadWrite.All'

			# Find Claras in your organisation, adding it if nobody has connected yet.
			$app = Get-MgServicePrincipal -Filter "appId eq 'c85e582e-b6dc-496b-b119-c6b2ba80556e'"
			if (-not $app) { $app = New-MgServicePrincipal -AppId 'c85e582e-b6dc-496b-b119-c6b2ba80556e' }

			# Find Microsoft Graph, the API the permissions belong to.
			$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"

			# Grant the permissions for everyone in the organisation (or update an earlier grant).
			$scope = 'User.Read offline_access Calendars.Read OnlineMeetings.Read OnlineMeetingRecording.Read.All OnlineMeetingTranscript.Read.All Chat.Read OnlineMeetingArtifact.Read.All'
			$grant = Get-MgOauth2PermissionGrant -Filter "clientId eq '$($app.Id)' and consentType eq 'AllPrincipals' and resourceId eq '$($graph.Id)'"
			if ($grant) {
				Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId $grant.Id -BodyParameter @{ Scope = $scope }
			} else {
				New-MgOauth2PermissionGrant -BodyParameter @{ ClientId = $app.Id; ConsentType = 'AllPrincipals'; ResourceId = $graph.Id; Scope = $scope }
			}

			# Check: the scope listed should name every permission above.
			Get-MgOauth2PermissionGrant -Filter "clientId eq '$($app.Id)' and consentType eq 'AllPrincipals'" | Select-Object Scope"
		`);
	});

	test("signs in to the admin's own tenant when none is given", () => {
		expect(powerShellSteps()[0]!.code).not.toContain('-TenantId');
	});
});

describe('the Azure CLI', () => {
	test('signs in, adds the app, grants for everyone and checks', () => {
		expect(azureCliScript({ tenant: 'contoso.com.au' })).toMatchInlineSnapshot(`
			"# Sign in as an admin who can grant consent.
			az login --tenant contoso.com.au --allow-no-subscriptions

			# Add Claras to your organisation (skip if it is already under Enterprise applications).
			az ad sp create --id c85e582e-b6dc-496b-b119-c6b2ba80556e

			# Grant the permissions for everyone in the organisation.
			az ad app permission grant --id c85e582e-b6dc-496b-b119-c6b2ba80556e --api 00000003-0000-0000-c000-000000000000 --scope "User.Read offline_access Calendars.Read OnlineMeetings.Read OnlineMeetingRecording.Read.All OnlineMeetingTranscript.Read.All Chat.Read OnlineMeetingArtifact.Read.All"

			# Check: the scope listed should name every permission above.
			az ad app permission list-grants --id c85e582e-b6dc-496b-b119-c6b2ba80556e --query "[?consentType=='AllPrincipals'].scope" --output tsv"
		`);
	});

	test("signs in to the admin's own tenant when none is given", () => {
		expect(azureCliSteps()[0]!.code).toBe('az login --allow-no-subscriptions');
	});
});

describe('adding a permission to the registry', () => {
	const fixture = registryWithExtraPermission();
	const claim = extraPermission.claim;

	test.each<[string, () => readonly string[]]>([
		['the table rows', () => claims(permissionRows(fixture))],
		['the changelog, under its new release', () => claims(permissionChangelog(fixture)[0]!.added)],
		['the JSON', () => claims(permissionsJson(fixture).permissions)],
		[
			'the consent link scope',
			() =>
				new URL(adminConsentUrl({}, fixture)).searchParams
					.get('scope')!
					.split(' ')
					.map((s) => s.replace('https://graph.microsoft.com/', '')),
		],
		['the PowerShell grant', () => powerShellScript({}, fixture).split(/[\s']/)],
		['the Azure CLI grant', () => azureCliScript({}, fixture).split(/[\s"]/)],
	])('shows it in %s', (_where, derived) => {
		expect(derived()).toContain(claim);
	});

	test('shows its id in the manifest', () => {
		const ids = entraManifestFragment(fixture).requiredResourceAccess[0].resourceAccess.map(
			(a) => a.id,
		);
		expect(ids).toContain(extraPermission.id);
		expect(ids).toHaveLength(registry.permissions.length + 1);
	});

	test('leaves the real registry alone', () => {
		expect(claims(permissionRows())).not.toContain(claim);
	});
});
