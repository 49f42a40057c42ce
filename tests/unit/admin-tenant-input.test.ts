import { describe, expect, it } from 'vitest';
import {
	parseTenantInput,
	tenantKey,
	type TenantInputProblem,
	type TenantRef,
} from '../../src/admin/tenant-input.ts';

describe('parseTenantInput', () => {
	describe.each<[string, string, TenantRef]>([
		[
			'a tenant id',
			'72f988bf-86f1-41af-91ab-2d7cd011db47',
			{ kind: 'id', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
		],
		[
			'an upper-case tenant id',
			'72F988BF-86F1-41AF-91AB-2D7CD011DB47',
			{ kind: 'id', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
		],
		[
			'a tenant id in braces',
			'{72f988bf-86f1-41af-91ab-2d7cd011db47}',
			{ kind: 'id', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
		],
		[
			'a tenant id with spaces around it',
			'  72f988bf-86f1-41af-91ab-2d7cd011db47\n',
			{ kind: 'id', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
		],
		['a domain', 'contoso.com.au', { kind: 'domain', domain: 'contoso.com.au', from: 'domain' }],
		[
			'an onmicrosoft.com domain',
			'contosoadvice.onmicrosoft.com',
			{ kind: 'domain', domain: 'contosoadvice.onmicrosoft.com', from: 'domain' },
		],
		[
			'an upper-case domain',
			'Contoso.COM.AU',
			{ kind: 'domain', domain: 'contoso.com.au', from: 'domain' },
		],
		[
			'a domain with a trailing dot',
			'contoso.com.',
			{ kind: 'domain', domain: 'contoso.com', from: 'domain' },
		],
		[
			'a domain with tabs and spaces around it',
			'\t contoso.com.au  ',
			{ kind: 'domain', domain: 'contoso.com.au', from: 'domain' },
		],
		[
			'a domain with hyphens and digits',
			'smith-and-co2.com.au',
			{ kind: 'domain', domain: 'smith-and-co2.com.au', from: 'domain' },
		],
		[
			'an email address',
			'Jane.Citizen@Contoso.com.au',
			{ kind: 'domain', domain: 'contoso.com.au', from: 'email' },
		],
		[
			'a website address',
			'https://www.contoso.com.au/about',
			{ kind: 'domain', domain: 'contoso.com.au', from: 'url' },
		],
		[
			'a consent link with a domain',
			'https://login.microsoftonline.com/contoso.com.au/v2.0/adminconsent?client_id=x',
			{ kind: 'domain', domain: 'contoso.com.au', from: 'url' },
		],
		[
			'a sign-in link with a tenant id',
			'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/authorize',
			{ kind: 'id', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
		],
	])('accepts %s', (_name, input, expected) => {
		it(`reads ${JSON.stringify(input)} as ${tenantKey(expected)}`, () => {
			expect(parseTenantInput(input)).toEqual({ ok: true, tenant: expected });
		});
	});

	describe.each<[string, string, TenantInputProblem]>([
		['nothing', '', 'empty'],
		['only whitespace', '   \t ', 'empty'],
		['a name without a dot', 'contoso', 'single-label'],
		['words with spaces', 'contoso advice pty ltd', 'spaces'],
		['a domain with a space inside', 'contoso .com', 'spaces'],
		['an underscore', 'contoso_advice.com', 'characters'],
		['an accented letter', 'café.com.au', 'characters'],
		['a slash without a scheme', 'contoso.com/teams', 'characters'],
		['two dots in a row', 'contoso..com', 'label'],
		['a leading hyphen', '-contoso.com', 'label'],
		['a numeric top-level domain', 'contoso.123', 'top-level'],
		['an IP address', '10.0.0.1', 'top-level'],
		['a tenant id one digit short', '72f988bf-86f1-41af-91ab-2d7cd011db4', 'almost-guid'],
		['the nil GUID', '00000000-0000-0000-0000-000000000000', 'almost-guid'],
		['common', 'common', 'not-specific'],
		['organizations in capitals', 'Organizations', 'not-specific'],
		['the personal accounts tenant', '9188040d-6c67-4c5b-b112-36a304b66dad', 'personal'],
		['a very long name', `${'a'.repeat(250)}.com`, 'too-long'],
	])('rejects %s', (_name, input, problem) => {
		it(`says "${problem}" for ${JSON.stringify(input).slice(0, 40)}`, () => {
			const result = parseTenantInput(input);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.problem).toBe(problem);
				expect(result.message).toContain('Type your organisation');
			}
		});
	});

	it('names what is wrong and what to type', () => {
		const messages = [
			'contoso',
			'contoso advice',
			'contoso_advice.com',
			'72f988bf-86f1-41af-91ab-2d7cd011db4',
			'common',
		].map((input) => {
			const result = parseTenantInput(input);
			return result.ok ? 'ok' : result.message;
		});
		expect(messages).toMatchInlineSnapshot(`
			[
			  ""contoso" is not a full domain name: it needs a dot, as in contoso.com.au. Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
			  ""contoso advice" has a space in it; a domain name has none. Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
			  ""contoso_advice.com" has a character a domain name cannot have ("_"). Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
			  ""72f988bf-86f1-41af-91ab-2d7cd011db4" looks like a tenant id but is not one: a tenant id has 32 hexadecimal digits in groups of 8-4-4-4-12. Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
			  ""common" stands for every organisation, not yours; consent has to name one organisation. Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
			]
		`);
	});
});
