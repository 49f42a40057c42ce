// The README's "Deploy" table: what any static host must send, rendered from the header rules for
// an entra build with the default authority. A unit test (tests/unit/host-headers.test.ts) fails
// when the README's copy differs.
import { cspHosts, getCheckerConfig } from '../checker/config.ts';
import { hostHeaderRules } from './headers.ts';

/** Stands in for the hashes, which change with every build: the build's `_headers` has them. */
export const SCRIPT_HASHES_PLACEHOLDER = "'sha256-…'";

export function deployTable(): string {
	const site = 'https://help.claras.ai';
	const config = getCheckerConfig({ PUBLIC_CHECKER_MODE: 'entra' }, site);
	const rules = hostHeaderRules({
		hosts: cspHosts(config, site),
		scriptSources: ["'self'", SCRIPT_HASHES_PLACEHOLDER],
	});
	const rows = rules.flatMap((rule) =>
		Object.entries(rule.headers).map(
			([name, value]) => `| \`${rule.path}\` | \`${name}\` | \`${value}\` |`,
		),
	);
	return ['| Path | Header | Value |', '|---|---|---|', ...rows].join('\n');
}
