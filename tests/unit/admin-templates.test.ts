import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN_PLACEHOLDER } from '../../src/site-paths.ts';
import { fillTenant, TENANT_PLACEHOLDER } from '../../src/admin/admin-kit.ts';
import { buildAdminKit } from '../../src/admin/build-admin-kit.ts';
import { getCheckerConfig } from '../../src/checker/config.ts';
import { entraConsentPath, entraShortcuts } from '../../src/admin/entra-links.ts';
import { adminConsentPageUrl, practiceNote } from '../../src/admin/templates.ts';
import { azureCliScript, powerShellScript } from '../../src/derive/index.ts';
import { defineRegistry } from '../../src/registry/registry.ts';
import { app, permissions, registry } from '../../src/registry/index.ts';

/** The default build's configuration (sandbox mode), as the admin consent page passes it. */
const config = getCheckerConfig(undefined, SITE_ORIGIN_PLACEHOLDER);
const kit = buildAdminKit(undefined, config);
const TENANT_ID = '4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('the admin kit', () => {
	it('carries every registry permission, in order', () => {
		expect(kit.permissions.map((p) => p.claim)).toEqual(permissions.map((p) => p.claim));
	});

	it('is plain data that survives serialisation into the page', () => {
		expect(JSON.parse(JSON.stringify(kit))).toEqual(kit);
	});

	it('follows the registry when a permission is added', () => {
		const grown = defineRegistry({
			...registry,
			permissions: [
				...registry.permissions,
				{
					claim: 'Example.Read',
					id: '00000000-1111-2222-3333-444444444444',
					consentText: 'Read examples',
					reason: 'A fixture permission for this test.',
					adminConsentRequired: true,
					features: ['meet-now'],
					addedIn: '2025.4',
				},
			],
		});
		const grownKit = buildAdminKit(grown, config);
		expect(grownKit.permissions.at(-1)?.claim).toBe('Example.Read');
		expect(grownKit.powerShell).toContain('Example.Read');
		expect(grownKit.azureCli).toContain('Example.Read');
		expect(
			practiceNote(grownKit, { organisation: 'contoso.com.au', origin: 'https://help.claras.ai' })
				.body,
		).toContain('- Read examples');
	});
});

describe.each([
	['PowerShell', 'powerShell', powerShellScript],
	['Azure CLI', 'azureCli', azureCliScript],
] as const)('the %s script for a tenant', (_name, field, build) => {
	describe.each([TENANT_ID, 'contoso.onmicrosoft.com'])('%s', (tenant) => {
		it("is the site's generated script with the tenant filled in", () => {
			expect(fillTenant(kit[field], tenant)).toBe(build({ tenant }));
		});
		it('leaves no placeholder behind', () => {
			expect(fillTenant(kit[field], tenant)).not.toContain(TENANT_PLACEHOLDER);
		});
	});
});

describe('fillTenant', () => {
	it.each(["contoso.com'; Remove-Item", 'a b', '$(whoami)', '', '-rf'])(
		'refuses %j, which could change the command',
		(tenant) => {
			expect(() => fillTenant(kit.powerShell, tenant)).toThrow(/cannot go into a command/);
		},
	);
	it('names the sign-in tenant in both scripts', () => {
		expect(fillTenant(kit.powerShell, TENANT_ID)).toContain(
			`Connect-MgGraph -TenantId '${TENANT_ID}'`,
		);
		expect(fillTenant(kit.azureCli, TENANT_ID)).toContain(`az login --tenant ${TENANT_ID}`);
	});
});

describe('Entra admin centre', () => {
	it('gives the click path ending at Grant admin consent', () => {
		expect(entraConsentPath(kit).join(' › ')).toBe(
			`Entra ID › Enterprise apps › All applications › ${app.entraName} › Permissions › Grant admin consent`,
		);
	});
	it('links only list pages (no object id can be known), and to the admin consent requests', () => {
		const urls = entraShortcuts(kit).map((shortcut) => shortcut.url);
		for (const url of urls) expect(url).not.toMatch(/objectId\/\//);
		expect(urls).toContain(
			'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests',
		);
		for (const url of urls) expect(url).toMatch(/^https:\/\/entra\.microsoft\.com\/#view\//);
	});
});

describe('practiceNote', () => {
	const note = practiceNote(kit, {
		organisation: 'contoso.com.au',
		origin: 'https://help.claras.ai',
	});

	it("tells the team to reconnect from their profile, along the registry's path", () => {
		expect(note.body).toContain(`${app.connectPath.join(' › ')}, then ${app.connectButton}`);
	});
	it('lists every permission by its consent wording', () => {
		for (const permission of permissions)
			expect(note.body).toContain(`- ${permission.consentText}`);
	});
	it('opens in a mail app with the subject and body encoded', () => {
		expect(note.mailto.startsWith('mailto:?subject=')).toBe(true);
		const params = new URLSearchParams(note.mailto.slice('mailto:?'.length));
		expect(params.get('subject')).toBe(note.subject);
		expect(params.get('body')).toBe(note.body);
	});
	it('reads as a note from the admin', () => {
		expect(note.body.split('\n').slice(0, 8).join('\n')).toMatchInlineSnapshot(`
			"Hello everyone,

			I have granted admin consent for Claras in our Microsoft 365 organisation (contoso.com.au).

			Each of you now connects once more in Claras: your profile photo › My Profile › Integrations › Microsoft Teams, then Connect.
			If Claras shows "Reconnect Microsoft Account", select it: it takes you to the same place.
			Microsoft should send you straight back without asking for approval.
			"
		`);
	});
});

describe('adminConsentPageUrl', () => {
	it.each([
		[undefined, 'https://help.claras.ai/teams/admin-consent/'],
		['contoso.com.au', 'https://help.claras.ai/teams/admin-consent/?tenant=contoso.com.au'],
		[TENANT_ID, `https://help.claras.ai/teams/admin-consent/?tenant=${TENANT_ID}`],
	])('prefills %s', (tenant, expected) => {
		expect(adminConsentPageUrl('https://help.claras.ai', tenant)).toBe(expected);
	});
});
