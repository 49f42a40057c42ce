// Reconnect asks for the missing permissions only, by their resource-qualified registry names.
import { describe, expect, test } from 'vitest';
import { reconnectScopes } from '../../src/checker/reconnect-scopes.ts';
import { qualifiedScope } from '../../src/derive/consent-link.ts';
import { permissions, registry } from '../../src/registry/index.ts';

const claims = permissions.map((p) => p.claim);
const newest = registry.releases.at(-1)!.id;
const newestPermissions = permissions.filter((p) => p.addedIn === newest);
const offline = permissions.find((p) => !p.inAccessToken)!;

describe('reconnectScopes', () => {
	test.each([
		[
			'the newest release',
			newestPermissions.map((p) => p.claim),
			newestPermissions.map(qualifiedScope),
		],
		[
			'any case',
			newestPermissions.map((p) => p.claim.toUpperCase()),
			newestPermissions.map(qualifiedScope),
		],
		['an OpenID scope, left bare', [offline.claim], [offline.claim]],
		[
			'unknown values dropped',
			['Nope.Read', newestPermissions[0]!.claim],
			[qualifiedScope(newestPermissions[0]!)],
		],
		['nothing known missing: every permission', [], claims],
		['only unknown values: every permission', ['Nope.Read'], claims],
	])('%s', (_name, missing, expected) => {
		expect(reconnectScopes(missing, claims)).toEqual(expected);
	});

	test('Graph permissions are resource-qualified', () => {
		expect(reconnectScopes(['Chat.Read'], claims)).toMatchInlineSnapshot(`
			[
			  "https://graph.microsoft.com/Chat.Read",
			]
		`);
	});

	test('admin-only permissions are asked for only when missing', () => {
		const scopes = reconnectScopes(
			newestPermissions.map((p) => p.claim),
			claims,
		);
		expect(
			permissions
				.filter((p) => p.adminConsentRequired)
				.map(qualifiedScope)
				.filter((s) => scopes.includes(s)),
		).toEqual([]);
	});
});
