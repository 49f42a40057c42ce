// Reads what an IT admin typed as "your organisation": a tenant id or a domain name. Admins paste
// what they have to hand, so an email address or a web address is accepted too and reduced to its
// domain; anything else gets a message that says what is wrong and what to type instead. What is
// accepted is src/derive/tenant.ts's rule; this module only says which part of it an input breaks.
import { DOMAIN_LABEL, isDomainName, isTenantId, TOP_LEVEL_DOMAIN } from '../derive/tenant.ts';
import { AUTHORITY_HOSTS, CONSUMER_TENANT_ID, MULTI_TENANT_SEGMENTS } from '../microsoft.ts';

/** The tenant an admin named: its id, or a domain still to be resolved to an id. */
export type TenantRef =
	| {
			kind: 'id';
			/** The tenant id, lower case. */
			tenantId: string;
	  }
	| {
			kind: 'domain';
			/** The domain name, lower case, without a trailing dot. @example 'contoso.onmicrosoft.com' */
			domain: string;
			/** Where the domain came from, so the page can say "we used the domain of that email". */
			from: 'domain' | 'email' | 'url';
	  };

/** Why the input is not a tenant, each with its own message. */
export type TenantInputProblem =
	| 'empty'
	| 'too-long'
	| 'spaces'
	| 'characters'
	| 'single-label'
	| 'label'
	| 'top-level'
	| 'almost-guid'
	| 'not-specific'
	| 'personal';

export type TenantInputResult =
	{ ok: true; tenant: TenantRef } | { ok: false; problem: TenantInputProblem; message: string };

/** What to type, appended to every message. */
const TENANT_INPUT_HINT =
	"Type your organisation's email domain (such as contoso.com.au) or its tenant id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47).";

function fail(problem: TenantInputProblem, what: string): TenantInputResult {
	return { ok: false, problem, message: `${what} ${TENANT_INPUT_HINT}` };
}

/** Takes the domain out of an email address or a web address; anything else is returned as typed. */
function unwrap(text: string): { value: string; from: 'domain' | 'email' | 'url' } {
	if (/^https?:\/\//i.test(text)) {
		try {
			const url = new URL(text);
			const host = url.hostname.toLowerCase();
			const first = url.pathname.split('/').find(Boolean);
			if (AUTHORITY_HOSTS.includes(host) && first)
				return { value: decodeURIComponent(first), from: 'url' };
			return { value: host.replace(/^www\./, ''), from: 'url' };
		} catch {
			return { value: text, from: 'domain' };
		}
	}
	const at = text.lastIndexOf('@');
	if (at > 0 && !/\s/.test(text)) return { value: text.slice(at + 1), from: 'email' };
	return { value: text, from: 'domain' };
}

/**
 * Parses an admin's input into a tenant id or a domain. Accepts, after trimming: a tenant id (any
 * case, optionally in braces), a domain name (any case, trailing dot allowed), an email address
 * (its domain is used), or an `http(s)://` address (its host without `www.`; for a Microsoft sign-in
 * link, the tenant in its path).
 */
export function parseTenantInput(raw: string): TenantInputResult {
	const text = raw.trim();
	if (!text) return fail('empty', 'Nothing was typed.');
	if (text.length > 253)
		return fail('too-long', 'That is too long for a domain name (at most 253 characters).');
	const { value, from } = unwrap(text);
	const candidate = value
		.toLowerCase()
		.replace(/^\{(.*)\}$/, '$1')
		.replace(/\.$/, '');

	if (isTenantId(candidate)) {
		if (candidate === CONSUMER_TENANT_ID) {
			return fail(
				'personal',
				'That is the tenant of personal Microsoft accounts, where no one can consent for an organisation.',
			);
		}
		if (/^[0-]+$/.test(candidate)) return fail('almost-guid', 'That tenant id is all zeros.');
		return { ok: true, tenant: { kind: 'id', tenantId: candidate } };
	}
	if (/^[0-9a-f-]{20,}$/.test(candidate) && candidate.includes('-')) {
		return fail(
			'almost-guid',
			`"${value}" looks like a tenant id but is not one: a tenant id has 32 hexadecimal digits in groups of 8-4-4-4-12.`,
		);
	}
	if (MULTI_TENANT_SEGMENTS.includes(candidate)) {
		return fail(
			'not-specific',
			`"${value}" stands for every organisation, not yours; consent has to name one organisation.`,
		);
	}
	if (/\s/.test(candidate))
		return fail('spaces', `"${text}" has a space in it; a domain name has none.`);
	const bad = candidate.match(/[^a-z0-9.-]/);
	if (bad)
		return fail(
			'characters',
			`"${value}" has a character a domain name cannot have ("${bad[0]}").`,
		);

	const labels = candidate.split('.');
	if (labels.length < 2) {
		return fail(
			'single-label',
			`"${value}" is not a full domain name: it needs a dot, as in ${candidate || 'contoso'}.com.au.`,
		);
	}
	const badLabel = labels.find((label) => !DOMAIN_LABEL.test(label));
	if (badLabel !== undefined) {
		const why =
			badLabel === ''
				? 'has two dots in a row, or starts with a dot'
				: `has a part ("${badLabel}") that starts or ends with a hyphen or is longer than 63 characters`;
		return fail('label', `"${value}" ${why}.`);
	}
	if (!TOP_LEVEL_DOMAIN.test(labels.at(-1) ?? '')) {
		return fail(
			'top-level',
			`"${value}" does not end in a real top-level domain such as .com, .au or .nz.`,
		);
	}
	// Every part passed; the whole name is held to the same rule the links and commands use.
	if (!isDomainName(candidate))
		return fail('too-long', 'That is too long for a domain name (at most 253 characters).');
	return { ok: true, tenant: { kind: 'domain', domain: candidate, from } };
}

/** The tenant as it goes into a link or a command: the id, or the domain. */
export function tenantKey(tenant: TenantRef): string {
	return tenant.kind === 'id' ? tenant.tenantId : tenant.domain;
}
