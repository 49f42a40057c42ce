// The browser's registry (src/integrations/prepared-registry.ts): plain data that behaves exactly
// like the validated modules the server uses, with no zod in it.
import { describe, expect, it } from 'vitest';
import * as codesModule from '../../src/registry/codes.ts';
import * as findingsModule from '../../src/registry/findings.ts';
import * as registryModule from '../../src/registry/index.ts';
import { PREPARED, preparedModule } from '../../src/integrations/prepared-registry.ts';

const real: Record<string, Record<string, unknown>> = {
	'src/registry/index.ts': registryModule,
	'src/registry/findings.ts': findingsModule,
	'src/registry/codes.ts': codesModule,
};
const evaluate = (code: string) =>
	import(`data:text/javascript,${encodeURIComponent(code)}`) as Promise<Record<string, unknown>>;
const isSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

describe.each(Object.keys(PREPARED))('the prepared %s', (file) => {
	it('exports every value of the real module but its zod schemas and those it omits, equal to it', async () => {
		const exports = real[file]!;
		const prepared = await evaluate(preparedModule(file, exports));
		const omit = PREPARED[file]!.omit ?? {};
		const expected = Object.keys(exports).filter(
			(name) => !isSchema(exports[name]) && !Object.hasOwn(omit, name),
		);
		for (const name of Object.keys(omit)) expect(Object.keys(exports)).toContain(name);
		expect(Object.keys(prepared).sort()).toEqual(expected.sort());
		for (const name of expected)
			if (typeof exports[name] !== 'function')
				expect(prepared[name]).toEqual(JSON.parse(JSON.stringify(exports[name])));
	});

	it('carries no zod', () => {
		expect(preparedModule(file, real[file]!)).not.toMatch(/from ['"]zod|_zod/);
	});
});

it('keeps the one object the real registry shares, and the functions working', async () => {
	const registry = await evaluate(preparedModule('src/registry/index.ts', registryModule));
	expect(registry['permissions']).toBe(
		(registry['registry'] as { permissions: unknown }).permissions,
	);
	const findings = await evaluate(preparedModule('src/registry/findings.ts', findingsModule));
	const rank = findings['findingRank'] as (id: string) => number;
	expect(findingsModule.findingIds.map(rank)).toEqual(
		findingsModule.findingIds.map(findingsModule.findingRank),
	);
});

it('refuses an export that is not plain data, naming it', () => {
	expect(() => preparedModule('src/registry/index.ts', { when: new Date(0) })).toThrow(
		'the export "when" is not plain JSON data',
	);
});

it('gives the browser the code maps without a word of what the codes mean', async () => {
	const code = preparedModule('src/registry/codes.ts', codesModule);
	const prepared = await evaluate(code);
	expect(prepared['signInCodeMeanings']).toBeUndefined();
	expect(prepared['signInCodeFindings']).toEqual(codesModule.signInCodeFindings);
	const meanings = Object.values(codesModule.signInCodeMeanings);
	expect(meanings.length).toBeGreaterThan(30);
	for (const meaning of meanings) expect(code).not.toContain(JSON.stringify(meaning).slice(1, 40));
});
